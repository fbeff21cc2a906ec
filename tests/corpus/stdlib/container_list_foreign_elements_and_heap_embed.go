// Pins container/list operations with foreign elements (Remove/Move/Insert on elements of another list are no-ops), self-moves, PushBackList of itself, detached element links, and container/heap over an embedded sort.IntSlice.
package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"sort"
)

type mh struct{ sort.IntSlice }

func (h *mh) Push(x any) { h.IntSlice = append(h.IntSlice, x.(int)) }
func (h *mh) Pop() any {
	n := len(h.IntSlice)
	v := h.IntSlice[n-1]
	h.IntSlice = h.IntSlice[:n-1]
	return v
}

func main() {
	a, b := list.New(), list.New()
	ea := a.PushBack("a1")
	a.PushBack("a2")
	eb := b.PushBack("b1")
	fmt.Println(a.Remove(eb), b.Len(), a.Len())
	a.MoveToFront(eb)
	fmt.Println(a.InsertBefore("x", eb) == nil, a.InsertAfter("y", eb) == nil, a.Len())
	a.MoveAfter(ea, ea)
	a.MoveBefore(ea, ea)
	for e := a.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	a.PushBackList(a)
	for e := a.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(a.Len())
	removed := a.Front()
	a.Remove(removed)
	fmt.Println(removed.Next() == nil, removed.Prev() == nil, removed.Value)
	var e list.Element
	fmt.Println(e.Next() == nil, e.Value)
	h := &mh{sort.IntSlice{9, 4, 7, 1}}
	heap.Init(h)
	heap.Push(h, 3)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
	h2 := &mh{}
	for _, v := range []int{5, 5, 5, 1, 1} {
		heap.Push(h2, v)
	}
	fmt.Println(h2.IntSlice)
	r := heap.Remove(h2, h2.Len()-1)
	fmt.Println(r, h2.IntSlice)
}

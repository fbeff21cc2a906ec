package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"sort"
	"strings"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Task struct {
	pri  int
	name string
}

type PQ []*Task

func (q PQ) Len() int            { return len(q) }
func (q PQ) Less(i, j int) bool  { return q[i].pri < q[j].pri }
func (q PQ) Swap(i, j int)       { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x any)         { *q = append(*q, x.(*Task)) }
func (q *PQ) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	*q = old[:n-1]
	return t
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	words := byLen{"banana", "kiwi", "apple", "fig", "cherry", "date", "elderberry", "plum"}
	sort.Stable(words)
	fmt.Println(words, sort.IsSorted(words))
	sort.Sort(sort.Reverse(words))
	fmt.Println([]string(words))

	nums := []int{5, 2, 9, 1, 5, 6, 3, 8, 7, 4, 0, 11, 15, 13, 12, 14, 10, 19, 17, 18, 16, 22, 21, 20, 25, 24, 23}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums)
	sort.IntSlice(nums).Sort()
	fmt.Println(nums, sort.IntsAreSorted(nums))
	fs := sort.Float64Slice{2.5, -1, 3}
	fs.Sort()
	ss := sort.StringSlice{"b", "c", "a"}
	sort.Sort(ss)
	fmt.Println(fs, ss)

	// A larger stable sort, checked against the obvious order.
	big := make(byLen, 0, 500)
	for i := 0; i < 500; i++ {
		big = append(big, strings.Repeat("x", (i*37)%23)+fmt.Sprint(i))
	}
	sort.Stable(big)
	ok := true
	for i := 1; i < len(big); i++ {
		if len(big[i]) < len(big[i-1]) {
			ok = false
		}
	}
	fmt.Println("stable sorted:", ok, big[0], big[499])

	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)

	pq := PQ{}
	for i, n := range []string{"write", "test", "ship", "plan"} {
		heap.Push(&pq, &Task{pri: (i * 7) % 5, name: n})
	}
	pq[2].pri = -1
	heap.Fix(&pq, 2)
	removed := heap.Remove(&pq, 1).(*Task)
	fmt.Println("removed", removed.name)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Print(t.name, ":", t.pri, " ")
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.MoveToBack(e1)
	l.Remove(e4)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	var zero list.List
	zero.PushBack("lazy")
	other := list.New()
	other.PushBackList(&zero)
	fmt.Println(zero.Len(), other.Front().Value, other.Front().Next() == nil)
	fmt.Printf("%T %T\n", l, e1)
}

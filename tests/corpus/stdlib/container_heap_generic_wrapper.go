// Pins container/heap driven through a generic wrapper type (heap of any ordered T with a less func), used for k-way merge and top-k selection.
package main

import (
	"container/heap"
	"fmt"
)

type Heap[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (h *Heap[T]) Len() int           { return len(h.items) }
func (h *Heap[T]) Less(i, j int) bool { return h.less(h.items[i], h.items[j]) }
func (h *Heap[T]) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *Heap[T]) Push(x any)         { h.items = append(h.items, x.(T)) }
func (h *Heap[T]) Pop() any {
	n := len(h.items)
	x := h.items[n-1]
	h.items = h.items[:n-1]
	return x
}

type cursor struct {
	list, idx int
	val       int
}

func main() {
	lists := [][]int{{1, 4, 9, 12}, {2, 3, 10}, {}, {0, 5, 6, 7, 20}}
	h := &Heap[cursor]{less: func(a, b cursor) bool { return a.val < b.val }}
	for i, l := range lists {
		if len(l) > 0 {
			heap.Push(h, cursor{i, 0, l[0]})
		}
	}
	var merged []int
	for h.Len() > 0 {
		c := heap.Pop(h).(cursor)
		merged = append(merged, c.val)
		if c.idx+1 < len(lists[c.list]) {
			heap.Push(h, cursor{c.list, c.idx + 1, lists[c.list][c.idx+1]})
		}
	}
	fmt.Println(merged)
	words := []string{"kiwi", "fig", "banana", "apple", "cherry", "date", "elderberry", "grape"}
	top := &Heap[string]{less: func(a, b string) bool {
		if len(a) != len(b) {
			return len(a) < len(b)
		}
		return a > b
	}}
	for _, w := range words {
		heap.Push(top, w)
		if top.Len() > 3 {
			heap.Pop(top)
		}
	}
	var res []string
	for top.Len() > 0 {
		res = append(res, heap.Pop(top).(string))
	}
	fmt.Println(res)
	fh := &Heap[float64]{items: []float64{3.5, -1, 2.25, 8, 0}, less: func(a, b float64) bool { return a > b }}
	heap.Init(fh)
	fmt.Print(heap.Pop(fh), " ", heap.Pop(fh), " ")
	fh.items[0] = -10
	heap.Fix(fh, 0)
	for fh.Len() > 0 {
		fmt.Print(heap.Pop(fh), " ")
	}
	fmt.Println()
}

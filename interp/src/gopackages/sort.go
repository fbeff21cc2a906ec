// Package sort's interface-based part, as gojit provides it: written in Go
// and compiled with the program that uses it (the slice sorts are natives,
// reached by importing this package). Sort is the native sort.pdqsort,
// Go's pattern-defeating quicksort step for step, so elements that compare
// equal end where Go leaves them.
package sort

import "sort"

// Interface is a collection sortable by index.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data in increasing order.
func Sort(data Interface) {
	if n := data.Len(); n > 1 {
		sort.pdqsort(n, data.Less, data.Swap)
	}
}

// Stable sorts data in increasing order, keeping equal elements in order:
// insertion sort on blocks, then in-place merges.
func Stable(data Interface) {
	n := data.Len()
	const block = 20
	for a := 0; a < n; a += block {
		insertionSort(data, a, min(a+block, n))
	}
	for size := block; size < n; size *= 2 {
		for a := 0; a+size < n; a += 2 * size {
			merge(data, a, a+size, min(a+2*size, n))
		}
	}
}

// IsSorted reports whether data is in increasing order.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// Find gives the smallest index i in [0, n) at which cmp(i) <= 0 (n if
// none), and whether cmp(i) == 0 there; cmp must be decreasing.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// Reverse gives data ordered the other way.
func Reverse(data Interface) Interface { return &reverse{data} }

type reverse struct {
	Interface
}

// Less is the embedded Less with the operands swapped.
func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// merge merges the sorted runs [a, m) and [m, b) in place, stably: it
// splits the longer run at its middle element, moves the other run's
// elements that go before it there with one rotation, and recurses.
func merge(data Interface, a, m, b int) {
	if a >= m || m >= b {
		return
	}
	if b-a == 2 {
		if data.Less(m, a) {
			data.Swap(a, m)
		}
		return
	}
	if m-a >= b-m {
		p := a + (m-a)/2
		// The right run's elements less than data[p] go before it.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, p) {
				i = h + 1
			} else {
				j = h
			}
		}
		rotate(data, p, m, i)
		mid := p + (i - m)
		merge(data, a, p, mid)
		merge(data, mid+1, i, b)
		return
	}
	q := m + (b-m)/2
	// The left run's elements not greater than data[q] stay before it.
	i, j := a, m
	for i < j {
		h := int(uint(i+j) >> 1)
		if !data.Less(q, h) {
			i = h + 1
		} else {
			j = h
		}
	}
	rotate(data, i, m, q+1)
	mid := i + (q + 1 - m)
	merge(data, a, i, mid-1)
	merge(data, mid, q+1, b)
}

// rotate swaps the blocks [a, m) and [m, b).
func rotate(data Interface, a, m, b int) {
	reverseRange(data, a, m)
	reverseRange(data, m, b)
	reverseRange(data, a, b)
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// IntSlice sorts a []int in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x.
func (x IntSlice) Sort() { Sort(x) }

// Search gives the index of x in the sorted slice (where it would go).
func (p IntSlice) Search(x int) int {
	i, _ := Find(len(p), func(i int) int {
		if x <= p[i] {
			return -1
		}
		return 1
	})
	return i
}

// Float64Slice sorts a []float64 in increasing order, NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort sorts x.
func (x Float64Slice) Sort() { Sort(x) }

// Search gives the index of x in the sorted slice (where it would go).
func (p Float64Slice) Search(x float64) int {
	i, _ := Find(len(p), func(i int) int {
		if x <= p[i] {
			return -1
		}
		return 1
	})
	return i
}

// StringSlice sorts a []string in increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x.
func (x StringSlice) Sort() { Sort(x) }

// Search gives the index of x in the sorted slice (where it would go).
func (p StringSlice) Search(x string) int {
	i, _ := Find(len(p), func(i int) int {
		if x <= p[i] {
			return -1
		}
		return 1
	})
	return i
}

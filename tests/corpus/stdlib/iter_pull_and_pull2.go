// iter.Pull and Pull2: values pulled one at a time, stopping early (the
// iterator's deferred calls run), stopping twice, stopping before the
// first value, zipping two sequences, and a panic in the iterator raised
// again by the next that was waiting.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("count cleanup", n)
		for i := range n {
			if !yield(i) {
				fmt.Println("count stopped at", i)
				return
			}
		}
	}
}

func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(count(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("got", v)
	}
	fmt.Println(next())
	stop()

	next, stop = iter.Pull(count(10))
	fmt.Println(next())
	fmt.Println(next())
	stop()
	stop()
	fmt.Println(next())

	_, stop = iter.Pull(count(5))
	stop()

	for a, b := range zip(slices.Values([]string{"a", "b", "c"}), count(2)) {
		fmt.Println("zip", a, b)
	}

	n2, s2 := iter.Pull2(maps.All(map[string]int{"only": 1}))
	fmt.Println(n2())
	fmt.Println(n2())
	s2()

	boom := func(yield func(int) bool) {
		yield(1)
		panic("iterator exploded")
	}
	nb, _ := iter.Pull(iter.Seq[int](boom))
	fmt.Println(nb())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nb()
	}()
	fmt.Println(nb())
}

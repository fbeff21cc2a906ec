// goto out of range-over-func loop bodies: forward, backward (the loop runs
// again), through nested bodies, with the iterators' deferred calls and
// the enclosing function's defers running as Go runs them.
package main

import (
	"fmt"
	"iter"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator done", n)
		for i := range n {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func forward() {
	for i := range count(5) {
		fmt.Println("forward", i)
		if i == 2 {
			goto out
		}
	}
	fmt.Println("not reached")
out:
	fmt.Println("after loop")
}

func backward() int {
	tries := 0
again:
	tries++
	for i := range count(3) {
		if i == 1 && tries < 3 {
			goto again
		}
	}
	return tries
}

func nested() (s string) {
	for i := range count(3) {
		for j := range slices.Values([]string{"a", "b", "c"}) {
			s += fmt.Sprint(i, j, " ")
			if i == 1 && j == "b" {
				goto done
			}
		}
	}
done:
	return s + "!"
}

func nestedFuncs() {
	for i := range count(2) {
		for j := range count(2) {
			if i == 1 && j == 1 {
				goto end
			}
			fmt.Println("pair", i, j)
		}
	}
end:
	fmt.Println("end")
}

func withDefer() {
	defer fmt.Println("deferred in withDefer")
	n := 0
loop:
	for i := range count(2) {
		n++
		if n < 4 {
			_ = i
			goto loop
		}
	}
	fmt.Println("n =", n)
}

func main() {
	forward()
	fmt.Println("tries", backward())
	fmt.Println(nested())
	nestedFuncs()
	withDefer()
}

package main

import "fmt"

type Seq[V any] func(yield func(V) bool)
type Seq2[K, V any] func(yield func(K, V) bool)

func Count(n int) Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[V any](xs []V) Seq2[int, V] {
	return func(yield func(int, V) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Times(n int) func(func() bool) {
	return func(yield func() bool) {
		for range n {
			if !yield() {
				return
			}
		}
	}
}

func Filter[V any](s Seq[V], keep func(V) bool) Seq[V] {
	return func(yield func(V) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func find(xs []string, want string) (int, bool) {
	for i, x := range Enumerate(xs) {
		if x == want {
			return i, true
		}
	}
	return -1, false
}

func firstPair(limit int) (a, b int) {
	for i := range Count(limit) {
		for j := range Count(limit) {
			if i*j == 6 {
				a, b = i, j
				return
			}
		}
	}
	return -1, -1
}

func sumWithDefer() (total int) {
	defer func() { total *= 10 }()
	for v := range Count(5) {
		if v == 4 {
			return total + 100
		}
		total += v
	}
	return 0
}

func main() {
	for i := range Count(3) {
		fmt.Print(i, " ")
	}
	fmt.Println()

	for i, s := range Enumerate([]string{"a", "b", "c", "d"}) {
		if i == 1 {
			continue
		}
		if s == "d" {
			break
		}
		fmt.Print(i, s, " ")
	}
	fmt.Println()

	n := 0
	for range Times(4) {
		n++
	}
	fmt.Println("times", n)

	evens := Filter(Count(10), func(i int) bool { return i%2 == 0 })
	for v := range evens {
		fmt.Print(v, ",")
	}
	fmt.Println()

	fmt.Println(find([]string{"x", "y", "z"}, "z"))
	fmt.Println(find([]string{"x"}, "q"))
	fmt.Println(firstPair(5))
	fmt.Println(sumWithDefer())

	// Each iteration has its own variables.
	var fs []func() int
	for i := range Count(3) {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Assigning to existing variables.
	var k int
	var v string
	for k, v = range Enumerate([]string{"p", "q"}) {
	}
	fmt.Println(k, v)

	// Labels and nesting.
outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()

	// A plain function literal works as an iterator too.
	for x, y := range func(yield func(string, float64) bool) {
		_ = yield("pi", 3.14) && yield("e", 2.72)
	} {
		fmt.Println(x, y)
	}

	// An iterator that ignores the false from yield.
	defer func() { fmt.Println("recovered:", recover()) }()
	bad := func(yield func(int) bool) {
		yield(1)
		yield(2)
	}
	for x := range bad {
		fmt.Println("got", x)
		break
	}
}

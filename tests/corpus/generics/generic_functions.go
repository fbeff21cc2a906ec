package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Zero[T any]() T {
	var z T
	return z
}

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func Count[T comparable](xs []T, v T) int {
	n := 0
	for _, x := range xs {
		if x == v {
			n++
		}
	}
	return n
}

func Variadic[T any](first T, rest ...T) []T {
	return append([]T{first}, rest...)
}

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

// Recursion between generic functions, each instance its own function.
func Even[T ~int | ~uint](n T) bool {
	if n == 0 {
		return true
	}
	return Odd(n - 1)
}

func Odd[T ~int | ~uint](n T) bool {
	if n == 0 {
		return false
	}
	return Even(n - 1)
}

func main() {
	words := []string{"go", "gopher", "generic", "x"}
	fmt.Println(Map(words, strings.ToUpper))
	fmt.Println(Map(words, func(s string) int { return len(s) }))
	fmt.Println(Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 }))
	fmt.Println(Reduce(words, 0, func(n int, s string) int { return n + len(s) }))
	fmt.Println(Reduce([]float64{1.5, 2.25}, "", func(a string, f float64) string { return a + fmt.Sprint(f) + ";" }))

	// Explicit instantiation, whole or partial.
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil)
	toLen := Map[string, int]
	fmt.Println(toLen([]string{"abc"}, func(s string) int { return len(s) }))
	fmt.Println(Map[int](nil, func(i int) string { return "" }) == nil)

	// Inference from untyped constants: the default type.
	b, a := Swap(1, "one")
	fmt.Printf("%T %v %T %v\n", b, b, a, a)
	x, y := Swap(2.5, 'r')
	fmt.Printf("%T %T\n", x, y)
	fmt.Println(Count([]string{"a", "b", "a"}, "a"), Count([]float64{1, 2, 1}, 1))

	fmt.Println(Variadic(1, 2, 3), Variadic("solo"), len(Variadic(1.5, []float64{2, 3}...)))
	fmt.Println(Apply(3, func(i int) int { return i * 2 }, func(i int) int { return i + 1 }))
	fmt.Println(Even(10), Odd(7), Even(uint(3)))

	// A generic function's instance is a function value like any other.
	var f func([]int, int) int = Count[int]
	fmt.Println(f([]int{7, 7, 8}, 7))
}

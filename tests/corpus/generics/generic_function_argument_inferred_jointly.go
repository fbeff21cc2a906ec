// A generic function passed to a generic function is instantiated
// jointly with the call: the parameter types the other arguments fix
// instantiate it, and its results then fix the rest (Go 1.21).
package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Identity[X any](x X) X { return x }

func Double[N ~int | ~float64](n N) N { return n * 2 }

func Label[N ~int](n N) string { return "#" + strconv.Itoa(int(n)) }

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[T ~int | ~float64](a, b T) T { return a + b }

type Celsius float64

func main() {
	fmt.Println(Map([]int{1, 2}, Identity))
	fmt.Println(Map([]float64{1.5}, Double))
	fmt.Println(Map([]int{7, 8}, Label))
	fmt.Println(Map([]Celsius{20, 30}, Double))
	fmt.Println(Reduce([]int{1, 2, 3}, 0, Sum))
	fmt.Printf("%T\n", Map([]Celsius{1}, Identity))
}

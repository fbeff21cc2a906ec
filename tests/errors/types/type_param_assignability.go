package main

import "unsafe"

type MySlice []int

func h[S ~string](s S) string { var x string = s; return x }

func d[T ~[]int](m MySlice) T { return m }

func e[T any](t T) int { var x int = t; return x }

func f[T ~int | ~int8](t T) int { var x int = t; return x }

func g[S ~string](s S) *byte { return unsafe.StringData(s) }

func k[T ~[]int, U ~[]int](t T) U { return t }

func ok1[T ~[]int](t T) []int { var x []int = t; return x }

func ok2[T ~[]int]() T { return []int{1} }

func main() {
	_, _, _, _, _, _, _, _ = h[string], d[[]int], e[int], f[int], g[string], k[[]int, []int], ok1[[]int], ok2[[]int]
}

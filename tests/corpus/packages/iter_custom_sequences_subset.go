package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], f func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if f(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i*10, v) {
				return
			}
		}
	}
}

func main() {
	for i := range Count(4) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	evens := Filter(Count(10), func(x int) bool { return x%2 == 0 })
	sq := Map(evens, func(x int) string { return fmt.Sprint(x * x) })
	fmt.Println(slices.Collect(sq))
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		if i > 10 {
			break
		}
		fmt.Println(i, s)
	}
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, v, " ")
	}
	for i, v := range slices.Backward([]int{1, 2, 3}) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(slices.Values([]int{7, 8})))
	fmt.Println(slices.AppendSeq([]int{0}, Count(3)))
	fmt.Println(slices.SortedFunc(slices.Values([]string{"bb", "a", "ccc"}), func(a, b string) int { return len(b) - len(a) }))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c, " ")
	}
	fmt.Println()
	total := 0
	for x := range Count(100) {
		if x == 5 {
			break
		}
		total += x
	}
	fmt.Println(total)
	up := Map(slices.Values(strings.Fields("go is fun")), strings.ToUpper)
	fmt.Println(slices.Collect(up))
	for range 3 {
		fmt.Print("r")
	}
	fmt.Println()
}

package main

import (
	"fmt"
	"slices"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	try("insert", func() { slices.Insert(s, 5, 9) })
	try("delete", func() { slices.Delete(s, 2, 1) })
	try("grow", func() { slices.Grow(s, -1) })
	try("chunk", func() { slices.Chunk(s, 0) })
	try("min", func() { slices.Min([]float64{}) })
	fmt.Println(slices.Max([]int{}))
}

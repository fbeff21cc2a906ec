package main

import (
	"maps"
	"slices"
)

type Point struct{ X, Y int }

func main() {
	slices.Sort([]Point{{1, 2}})
	_ = slices.Index([][]int{}, nil)
	_ = slices.Max([]bool{true})
	_ = maps.Keys([]int{})
	f := slices.Sort
	_ = f
}

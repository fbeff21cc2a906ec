package main

import (
	"fmt"
	"math"
)

type Score int

func main() {
	x, y, z := 3, -7, 5
	fmt.Println(min(x, y, z), max(x, y, z), min(x), max(2, x), min(1, 2.5), max('a', 1))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	f := 2.5
	fmt.Println(min(f, 1), max(f, 10), min(f, math.NaN()), max(math.Inf(-1), f))
	var nz = math.Copysign(0, -1)
	fmt.Println(1/min(0.0, nz), 1/max(nz, 0.0), 1/min(nz, nz))
	var u uint8 = 200
	fmt.Println(min(u, 255), max(u, 3))
	fmt.Println(min(Score(4), 2))
	const c = min(5, 3.5, 10)
	fmt.Println(c)
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3
	fmt.Println(m)
	s := []int{1, 2, 3}
	t := s[:2]
	clear(t)
	fmt.Println(s, len(t))
	var nm map[int]bool
	clear(nm)
	ss := []string{"x", "y"}
	clear(ss)
	fmt.Printf("%q\n", ss)
}

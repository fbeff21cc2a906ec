// Pins slices.Insert/Replace with overlapping (aliased) source and destination, Delete/Compact/DeleteFunc zeroing of the tail (Go 1.22+), Insert on nil, Clip forcing reallocation, and append aliasing through shared backing arrays.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := make([]int, 5, 20)
	for i := range s {
		s[i] = i
	}
	a := slices.Insert(s, 1, s[2:4]...)
	fmt.Println(a, s)
	s2 := []int{0, 1, 2, 3, 4}
	b := slices.Insert(s2, 2, s2...)
	fmt.Println(b, s2)
	s3 := make([]int, 6, 10)
	for i := range s3 {
		s3[i] = i * 10
	}
	c := slices.Replace(s3, 1, 3, s3[3:6]...)
	fmt.Println(c, s3[:6])
	s4 := []int{1, 2, 3, 4, 5}
	d := slices.Delete(s4, 1, 3)
	fmt.Println(d, s4, len(d), cap(d))
	s5 := []int{1, 1, 2, 3, 3}
	e := slices.Compact(s5)
	fmt.Println(e, s5)
	s6 := []int{1, 2, 3, 4}
	f := slices.DeleteFunc(s6, func(x int) bool { return x%2 == 0 })
	fmt.Println(f, s6)
	g := slices.Insert([]int(nil), 0)
	fmt.Println(g, g == nil, slices.Insert([]int{}, 0, 7))
	h := append(s[:2], 99)
	fmt.Println(h, s[:5])
	x := []string{"a", "b", "c"}
	y := x[:1]
	y = append(y, "Z")
	fmt.Println(x, y)
	z := slices.Clip(x[:1])
	z = append(z, "W")
	fmt.Println(x, z)
	grow := slices.Grow(x[:1], 1)
	fmt.Println(len(grow), cap(grow) >= 2, x)
}

package main

import "fmt"

var s = []int{1, 2, 3}
var c complex128 = 1 + 2i

func grow() int {
	s = append(s, 4, 5)
	return 10
}

func bump() float64 {
	c += 10
	return 1
}

func main() {
	// gc evaluates len, cap, real, imag and min as it does calls: in
	// order, before the calls to their right change their operands.
	fmt.Println(len(s)+grow(), cap(s) > 0)
	fmt.Println(real(c)+bump(), imag(c))
	x := min(len(s), 100) + grow()
	fmt.Println(x, len(s))
	m := map[string]int{"a": 1}
	add := func() int { m["b"] = 2; return 0 }
	fmt.Println(len(m)+add(), len(m))
}

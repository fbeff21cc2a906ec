package main

import (
	"fmt"
	"math"
)

type small int8

func classify(x int) string {
	switch x {
	case -1:
		return "minus one"
	case 0, 1:
		return "bit"
	case math.MaxInt64:
		return "max"
	case math.MinInt64:
		return "min"
	}
	return "other"
}

func classifyU(x uint8) string {
	switch x {
	case 255:
		return "top"
	case 0:
		return "zero"
	}
	return "mid"
}

func main() {
	// Signed and unsigned comparisons in if and for conditions, at the
	// edges where a signed and an unsigned compare disagree.
	vals := []int64{math.MinInt64, -1, 0, 1, math.MaxInt64}
	for _, a := range vals {
		for _, b := range vals {
			r := ""
			if a < b {
				r += "<"
			}
			if a <= b {
				r += "<="
			}
			if a > b {
				r += ">"
			}
			if a >= b {
				r += ">="
			}
			if a == b {
				r += "=="
			}
			if a != b {
				r += "!="
			}
			ua, ub := uint64(a), uint64(b)
			if ua < ub {
				r += " u<"
			}
			if ua <= ub {
				r += " u<="
			}
			if ua > ub {
				r += " u>"
			}
			if ua >= ub {
				r += " u>="
			}
			fmt.Println(a, b, r)
		}
	}
	// Loops counting down through zero and up to the top of a type.
	n := 0
	for i := 3; i >= -3; i-- {
		n += i * i
	}
	var u uint8
	steps := 0
	for u = 250; u > 5; u++ {
		steps++
	}
	var s small = 120
	for s < 127 && s > 0 {
		s++
	}
	fmt.Println(n, steps, u, s)
	for _, x := range []int{-1, 0, 1, 2, math.MaxInt64, math.MinInt64} {
		fmt.Print(classify(x), "; ")
	}
	fmt.Println()
	for _, x := range []uint8{0, 1, 255} {
		fmt.Print(classifyU(x), "; ")
	}
	fmt.Println()
	// Parenthesized conditions and conditions with calls.
	calls := 0
	next := func() int { calls++; return calls }
	for (next() < 5) {
	}
	if x := next(); (x) != 6 {
		fmt.Println("wrong", x)
	}
	fmt.Println(calls)
}

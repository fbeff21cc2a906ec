package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1", "1i", "1+2i", "(1+2i)", "-1.5-2.5i", "+3i", "i", "1+i", "1e3+1e-3i", "0x1p3+0x1p-2i", "inf+nani", "-Inf-Infi", "NaN", "+NaNi", "1++2i", "1+2", "1+2j", "(1+2i", "", "1e400+1i", "1+1e400i", "1_000+2i", "abc", "1.5e", "(3)", "-i", "1-1e-400i", "Infinityi", "2+Infinityi"} {
		for _, bits := range []int{64, 128} {
			c, err := strconv.ParseComplex(s, bits)
			fmt.Printf("%q %d: %v %v\n", s, bits, c, err)
		}
	}
}

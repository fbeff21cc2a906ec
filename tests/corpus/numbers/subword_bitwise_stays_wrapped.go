package main

import "fmt"

func main() {
	// Bitwise operations and right shifts on sized integers, then uses
	// that see every bit: comparisons, conversions, division, printing.
	i8s := []int8{-128, -127, -1, 0, 1, 85, 127}
	for _, a := range i8s {
		for _, b := range i8s {
			and, or, xor, andNot := a&b, a|b, a^b, a&^b
			shr := a >> uint(b&7)
			fmt.Println(a, b, and, or, xor, andNot, shr,
				and < 0, or/3, int64(xor), uint8(andNot), int16(shr)*1000)
		}
	}
	u16s := []uint16{0, 1, 0x7fff, 0x8000, 0xaaaa, 0xffff}
	for _, a := range u16s {
		for _, b := range u16s {
			x := a ^ b
			y := a &^ b
			z := (a | b) >> (b & 15)
			fmt.Println(a, b, x, y, z, x > 0x8000, uint64(y)*3, z/7)
		}
	}
	var s, x uint32 = 0, 1
	for i := 0; i < 1000; i++ {
		x = x*1664525 + 1013904223
		if x&1 == 0 {
			s += x >> 16
		} else {
			s ^= x
		}
	}
	var n int32 = -5
	n >>= 1
	n ^= -1
	fmt.Println(s, x, n, n == 2)
}

package main

import "fmt"

// Arithmetic, bitwise operations, shifts and comparisons with a constant
// operand, at the edges of each integer type: sums and shifts wrap to the
// type's width, comparisons against constants near the limits of 32 bits
// and of the type decide as Go does.

func int8s(x int8) {
	a, b, c, d := x+5, x-7, x&0x7f, x|-8
	e, f, g, h := x^0x55, x<<3, x>>2, x>>7
	x += 100
	x <<= 1
	fmt.Println(a, b, c, d, e, f, g, h, x)
}

func uint8s(x uint8) {
	a, b, c := x+200, x-1, x&^0x0f
	d, e, f := x<<7, x>>1, x^0xff
	fmt.Println(a, b, c, d, e, f, x < 200, x <= 0, x > 127, 128 <= x, x == 255, x != 0)
}

func int32s(x int32) {
	a, b, c := x-(-2147483648), x+2147483647, x<<31
	fmt.Println(a, b, c, x>>31, x < -2147483647, x <= 2147483646, x > -1, x >= 0)
}

func uint32s(x uint32) {
	fmt.Println(x+4294967295, x|0x80000000, x>>31, x < 2147483648, x > 2147483647, x <= 4294967294, x >= 1)
}

func int64s(x int64) {
	fmt.Println(x+2147483647, x-2147483648, x-(-9223372036854775807), x>>63, x<<63, x&-2147483648)
	fmt.Println(x < 2147483647, x <= 2147483647, x > -2147483648, x >= -2147483648, -5 < x, 7 >= x, x != -2147483648)
}

func uint64s(x uint64) {
	fmt.Println(x>>63, x<<1, x-1, x&0xffffffff, x < 1, x <= 0, x > 2147483646, x >= 1<<63, 0 < x)
}

func loops() {
	n := 0
	for i := 100; i > 0; i -= 7 {
		n++
	}
	for i := -3; i <= 3; i++ {
		if i < 0 {
			continue
		}
		if i >= 2 {
			break
		}
		n += 10
	}
	var u uint16 = 65530
	for u != 4 {
		u += 3
		n++
	}
	fmt.Println(n, u)
}

func classify(x int16, u uint32) string {
	s := ""
	switch x {
	case -32768:
		s = "min"
	case -1, 0:
		s = "small"
	case 32767:
		s = "max"
	default:
		s = "other"
	}
	switch u {
	case 4294967295:
		return s + " umax"
	case 2147483647, 0:
		return s + " edge"
	}
	return s + " -"
}

func main() {
	for _, x := range []int16{-32768, -1, 0, 1, 32767} {
		fmt.Println(classify(x, uint32(x)), classify(x, uint32(x)>>1))
	}
	for _, x := range []int8{-128, -127, -1, 0, 1, 5, 126, 127} {
		int8s(x)
	}
	for _, x := range []uint8{0, 1, 127, 128, 199, 200, 254, 255} {
		uint8s(x)
	}
	for _, x := range []int32{-2147483648, -2147483647, -1, 0, 1, 2147483646, 2147483647} {
		int32s(x)
	}
	for _, x := range []uint32{0, 1, 2147483647, 2147483648, 4294967294, 4294967295} {
		uint32s(x)
	}
	for _, x := range []int64{-9223372036854775808, -2147483649, -2147483648, -5, 0, 7, 2147483646, 2147483647, 2147483648, 9223372036854775807} {
		int64s(x)
	}
	for _, x := range []uint64{0, 1, 2147483646, 2147483647, 1 << 63, 18446744073709551615} {
		uint64s(x)
	}
	loops()
}

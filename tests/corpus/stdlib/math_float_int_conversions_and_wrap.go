// Pins numeric conversions between sized ints, uints and floats: truncation toward zero, wraparound of narrowing conversions, unsigned negation, shifts by large counts, and float32 rounding of large integers.
package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e10, -1e10, 255.99, 127.5}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(f), uint8(int(f)), int8(int(f)), uint(math.Abs(f)))
	}
	var big int64 = 0x1234_5678_9ABC_DEF0
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	var neg int32 = -1
	fmt.Println(uint32(neg), uint64(neg), uint8(neg), int64(uint32(neg)))
	var u uint8 = 200
	u += 100
	var i8 int8 = 127
	i8++
	var u16 uint16 = 0
	u16--
	one := 1
	fmt.Println(u, i8, u16, -uint32(one), ^uint8(0), ^0)
	var sh uint = 70
	fmt.Println(one<<sh, uint64(1)<<63, int64(-1)>>sh, int8(-128)>>1, uint8(255)>>7, one<<63)
	var mi int64 = math.MinInt64
	fmt.Println(mi/-1, mi%-1, -mi, mi-1)
	fmt.Println(float32(16777217), float64(float32(0.1)), float32(math.MaxInt64), float64(math.MaxInt64), int64(float64(1<<53+1)))
	fmt.Println(7/2, -7/2, 7%-2, -7%2, 7.0/2, 1/3.0)
	var f32 float32 = 1.1
	fmt.Println(f32*f32, float64(f32)*float64(f32), f32 == 1.1, float64(f32) == 1.1)
	c := complex(float32(1.5), float32(-2))
	fmt.Println(c, complex128(c), real(c)*2, c*c)
	var r rune = 'A'
	var by byte = 'z'
	fmt.Println(r+1, by-1, string(r+1), string(rune(by-1)), int(by)+int(r))
	fmt.Printf("%T %T %T %T\n", r, by, 'x', 1.0*2)
}

// Pins math/bits: LeadingZeros/TrailingZeros/OnesCount/Len/Reverse/ReverseBytes/RotateLeft for every width, plus Add/Sub/Mul/Div with carries and UintSize.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 2, 0x80, 0xF0F0, 0xDEADBEEF, 1 << 63, ^uint64(0)} {
		fmt.Println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x), bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 8), bits.RotateLeft64(x, -4))
	}
	for _, x := range []uint32{0, 1, 0x80000000, 0x12345678} {
		fmt.Println(bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.OnesCount32(x), bits.Len32(x), bits.Reverse32(x), bits.ReverseBytes32(x), bits.RotateLeft32(x, 4))
	}
	for _, x := range []uint16{0, 1, 0x8000, 0x1234} {
		fmt.Println(bits.LeadingZeros16(x), bits.TrailingZeros16(x), bits.OnesCount16(x), bits.Len16(x), bits.Reverse16(x), bits.ReverseBytes16(x), bits.RotateLeft16(x, 4))
	}
	for _, x := range []uint8{0, 1, 0x80, 0xA5} {
		fmt.Println(bits.LeadingZeros8(x), bits.TrailingZeros8(x), bits.OnesCount8(x), bits.Len8(x), bits.Reverse8(x), bits.RotateLeft8(x, 3))
	}
	fmt.Println(bits.LeadingZeros(1), bits.TrailingZeros(0), bits.OnesCount(255), bits.Len(1023), bits.UintSize)
	s, c := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(s, c)
	s, c = bits.Add64(5, 6, 1)
	fmt.Println(s, c)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	hi, lo := bits.Mul64(^uint64(0), ^uint64(0))
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	s32, c32 := bits.Add32(0xFFFFFFFF, 2, 0)
	h32, l32 := bits.Mul32(0x10000, 0x10000)
	q32, r32 := bits.Div32(0, 100, 7)
	fmt.Println(s32, c32, h32, l32, q32, r32, bits.Rem64(1, 5, 7), bits.Rem32(2, 3, 5))
	sb, bb := bits.Sub(3, 5, 0)
	fmt.Println(sb == ^uint(0)-1, bb)
}

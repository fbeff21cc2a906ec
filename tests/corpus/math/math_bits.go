package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.UintSize, bits.LeadingZeros(1), bits.LeadingZeros8(1), bits.LeadingZeros16(0), bits.LeadingZeros32(255), bits.LeadingZeros64(1<<40))
	fmt.Println(bits.TrailingZeros(8), bits.TrailingZeros8(0), bits.TrailingZeros16(1024), bits.TrailingZeros32(0), bits.TrailingZeros64(0))
	fmt.Println(bits.OnesCount(255), bits.OnesCount8(0xf0), bits.OnesCount16(0xffff), bits.OnesCount32(7), bits.OnesCount64(^uint64(0)))
	fmt.Println(bits.RotateLeft8(0x81, 1), bits.RotateLeft16(1, -1), bits.RotateLeft32(0x80000000, 1), bits.RotateLeft64(3, 63), bits.RotateLeft(1, 3))
	fmt.Printf("%08b %016b %x %x\n", bits.Reverse8(0b00010011), bits.Reverse16(1), bits.Reverse32(1), bits.Reverse64(0xf))
	fmt.Printf("%x %x %x\n", bits.ReverseBytes16(0x1234), bits.ReverseBytes32(0x12345678), bits.ReverseBytes64(0x0102030405060708))
	fmt.Println(bits.Len(0), bits.Len8(255), bits.Len16(256), bits.Len32(1), bits.Len64(1<<63))
	s, c := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(s, c)
	s32, c32 := bits.Add32(1<<31, 1<<31, 1)
	fmt.Println(s32, c32)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	h32, l32 := bits.Mul32(1<<31, 5)
	fmt.Println(h32, l32)
	q, r := bits.Div64(1, 5, 7)
	fmt.Println(q, r)
	q32, r32 := bits.Div32(1, 0, 3)
	fmt.Println(q32, r32, bits.Rem64(9, 9, 4), bits.Rem32(1, 1, 5))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bits.Div64(5, 0, 3)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var zero uint64
		bits.Div64(0, 1, zero)
	}()
}

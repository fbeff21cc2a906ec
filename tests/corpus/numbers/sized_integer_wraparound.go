package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int16 = -32768
	c = -c
	var d uint16 = 65535
	d += 2
	var e int32 = 1 << 30
	e *= 4
	var f uint32 = 1
	f <<= 31
	f <<= 1
	var g uint64 = 1<<64 - 1
	var h int64 = -1 << 63
	fmt.Println(a, b, c, d, e, f, g, h)
	var u uint = 7
	fmt.Println(u/2, u%4, u>>1, ^u, -u, u > 3)
	big := uint64(18446744073709551615)
	fmt.Println(big/3, big%7, big > 1<<63, big>>60)
	var x int8 = -128
	fmt.Println(x/-1, x%-1, -x, ^x)
	i := 300
	fmt.Println(uint8(i), int8(i), uint16(i*300), int32(i)*int32(i)*int32(i)*int32(i), uint(i-301))
	var r rune = 'é'
	var by byte = 'A'
	fmt.Println(r, by, by+25, string(r), string(rune(by+1)), r > 'z')
	println(a, b, g, h, uint(5))
	const k uint8 = 255
	fmt.Println(^k, k>>4, k&^0x0f, uint16(k)<<8)
	var n uint32 = 0xdeadbeef
	fmt.Println(n>>16, n&0xffff, n^0xffffffff, int64(int32(n)))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var zero uint
	fmt.Println(u / zero)
}

package main

import "fmt"

type Celsius int16
type Flags uint8

func main() {
	var a int8 = -128
	var b int16 = -32768
	var c int32 = -2147483648
	var d int64 = -1
	var e uint8 = 255
	var f uint16 = 65535
	var g uint32 = 4294967295
	var h uintptr = 4096
	fmt.Printf("%d %d %d %d %d %d %d %d\n", a, b, c, d, e, f, g, h)
	fmt.Printf("%x %x %x %x %x %x %x %x\n", a, b, c, d, e, f, g, h)
	fmt.Printf("%b %o %X\n", a, b, c)
	fmt.Printf("%v|%#v|%#v|%#v|%#v\n", a, a, e, f, h)
	fmt.Printf("%T %T %T %T %T %T %T %T\n", a, b, c, d, e, f, g, h)
	var t Celsius = -40
	var fl Flags = 0x81
	fmt.Printf("%v %d %x %T %#v\n", t, t, t, t, t)
	fmt.Printf("%v %08b %#x %T %#v\n", fl, fl, fl, fl, fl)
	var r rune = 'λ'
	var by byte = 'z'
	fmt.Printf("%v %d %c %q %U %T | %v %c %q %T\n", r, r, r, r, r, r, by, by, by, by)
	fmt.Println(a, b, c, d, e, f, g, h, t, fl)
}

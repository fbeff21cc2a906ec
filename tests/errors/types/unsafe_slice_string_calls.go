package main

import "unsafe"

type BP *byte

func k[P *int | *float64](p P) { _ = unsafe.Slice(p, 1) }

func main() {
	var s string
	var p *int
	var bp BP
	var u8 uint8
	_ = unsafe.Slice(p)
	_ = unsafe.String(p, 1, 2)
	unsafe.StringData(s)
	_ = unsafe.Slice(undefined1, p)
	_ = unsafe.Slice(p, true)
	_ = unsafe.Slice(&u8, s)
	_ = unsafe.Slice(&s, -1.0)
	_ = unsafe.Slice(&s, uint64(1)<<63)
	_ = unsafe.String(bp, 2)
	_ = unsafe.Slice(p, 1.0)
	_ = unsafe.String(&u8, uint64(1))
	_ = unsafe.String(&u8, u8)
	_ = k[*int]
}

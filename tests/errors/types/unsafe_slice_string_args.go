package main

import "unsafe"

type MyStr string

func main() {
	var i int
	var p *int
	var s string
	_ = unsafe.Slice(i, 1)
	_ = unsafe.Slice(nil, 0)
	_ = unsafe.Slice(p, 1<<63)
	_ = unsafe.Slice(p, "a")
	_ = unsafe.Slice(p, 1.5)
	_ = unsafe.String(p, 1)
	_ = unsafe.String(nil, 0)
	_ = unsafe.String(&s, 1.5)
	_ = unsafe.StringData(nil)
	_ = unsafe.StringData(MyStr("x"))
	_ = unsafe.StringData("a" + "b")
}

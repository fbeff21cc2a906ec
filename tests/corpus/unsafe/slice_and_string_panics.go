// The runtime errors of unsafe.Slice and unsafe.String, recovered: a
// negative length, one that does not fit an int, a size that overflows the
// address space, and a nil pointer with a length that is not zero.
package main

import (
	"fmt"
	"math"
	"runtime"
	"unsafe"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error %v)\n", name, r, ok)
		if ok {
			fmt.Println("  ", err.Error())
		}
	}()
	f()
	fmt.Println(name, "did not panic")
}

type big [1 << 20]int

func main() {
	neg := -1
	var neg8 int8 = -3
	var huge uint64 = math.MaxUint64
	var top uint = 1 << 63
	var nilInt *int
	var nilByte *byte
	var nilBig *big
	one := 1
	b := new(byte)

	try("slice negative", func() { _ = unsafe.Slice(new(int), neg) })
	try("slice negative int8", func() { _ = unsafe.Slice(new(int), neg8) })
	try("slice uint64 max", func() { _ = unsafe.Slice(b, huge) })
	try("slice uint 1<<63", func() { _ = unsafe.Slice(b, top) })
	try("slice size overflow", func() { _ = unsafe.Slice(new(uint64), uint64(1)<<61) })
	try("slice big overflow", func() { _ = unsafe.Slice((*big)(unsafe.Pointer(&one)), 1<<44) })
	try("slice nil ptr", func() { _ = unsafe.Slice(nilInt, one) })
	try("slice nil ptr big len", func() { _ = unsafe.Slice(nilInt, 1<<62) })
	try("slice nil big", func() { _ = unsafe.Slice(nilBig, 1) })
	try("slice nil zero-size", func() { _ = unsafe.Slice((*struct{})(nil), one) })
	try("slice nil negative", func() { _ = unsafe.Slice(nilInt, neg) })
	try("slice nil ok", func() { fmt.Println(unsafe.Slice(nilInt, 0) == nil) })

	try("string negative", func() { _ = unsafe.String(b, neg) })
	try("string uint64 max", func() { _ = unsafe.String(b, huge) })
	try("string nil ptr", func() { _ = unsafe.String(nilByte, one) })
	try("string nil untyped", func() { _ = unsafe.String(nil, 2) })
	try("string nil huge", func() { _ = unsafe.String(nil, top>>1) })
	try("string nil ok", func() { fmt.Printf("%q\n", unsafe.String(nilByte, 0)) })

	// A panic in the length's own evaluation comes first.
	var m map[string]int
	try("slice len evaluation", func() {
		var arr []int
		_ = unsafe.Slice(nilInt, arr[m["x"]])
	})
}

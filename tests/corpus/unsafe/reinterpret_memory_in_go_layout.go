// Memory holds values in Go's layout: reading it through a pointer of
// another type sees the bytes Go would.
package main

import (
	"fmt"
	"unsafe"
)

type header struct {
	tag   byte
	flags uint16
	size  uint32
	id    int64
}

func main() {
	// Integers are little endian, each in its own bytes.
	u := uint32(0x0A0B0C0D)
	b := (*[4]byte)(unsafe.Pointer(&u))
	fmt.Println(b[0], b[1], b[2], b[3])
	b[3] = 0xFF
	fmt.Printf("%#x\n", u)

	// A byte array read as one word.
	arr := [8]byte{1, 2, 3, 4, 5, 6, 7, 8}
	fmt.Printf("%#x\n", *(*uint64)(unsafe.Pointer(&arr)))

	// float32 and complex64 are their IEEE bits.
	f := float32(1.5)
	fmt.Printf("%#x\n", *(*uint32)(unsafe.Pointer(&f)))
	*(*uint32)(unsafe.Pointer(&f)) = 0xC0490FDB
	fmt.Println(f)
	c := complex64(complex(0.25, -4))
	fmt.Println(*(*[2]float32)(unsafe.Pointer(&c)))

	// Narrow signed integers read back sign-extended.
	x := int64(-2)
	fmt.Println(*(*int8)(unsafe.Pointer(&x)), *(*int16)(unsafe.Pointer(&x)), *(*uint8)(unsafe.Pointer(&x)))

	// Struct fields at Go's offsets, reached by pointer arithmetic.
	h := header{tag: 7, flags: 0x1234, size: 99, id: -5}
	p := unsafe.Pointer(&h)
	fmt.Println(unsafe.Sizeof(h), unsafe.Offsetof(h.flags), unsafe.Offsetof(h.size), unsafe.Offsetof(h.id))
	fmt.Println(*(*byte)(p), *(*uint16)(unsafe.Add(p, 2)), *(*uint32)(unsafe.Add(p, 4)), *(*int64)(unsafe.Add(p, 8)))
	fmt.Printf("%#x\n", *(*uint64)(p))
	*(*uint16)(unsafe.Pointer(uintptr(p) + unsafe.Offsetof(h.flags))) = 0xBEEF
	fmt.Printf("%+v\n", h)

	// A []uint16 seen as bytes, and bytes seen as a []uint32.
	words := []uint16{0x0102, 0x0304, 0x0506}
	fmt.Println(unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), 6))
	raw := []byte{1, 0, 0, 0, 2, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF}
	fmt.Println(unsafe.Slice((*int32)(unsafe.Pointer(&raw[0])), 3))

	// Stepping through an array by element size.
	pairs := [3][2]int16{{1, -1}, {2, -2}, {3, -3}}
	q := unsafe.Pointer(&pairs)
	for i := range 3 {
		e := (*[2]int16)(unsafe.Add(q, uintptr(i)*unsafe.Sizeof(pairs[0])))
		fmt.Print(e[0], e[1], " ")
	}
	fmt.Println()
}

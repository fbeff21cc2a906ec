package main

import (
	"fmt"
	"unsafe"
)

// unsafe.Pointer converts to and from every pointer type and uintptr,
// compares with nil and with itself, and keeps what it points to alive.

type node struct {
	v    int
	next *node
}

func main() {
	x := 42
	p := unsafe.Pointer(&x)
	q := (*int)(p)
	*q = 7
	fmt.Println(x, p == unsafe.Pointer(&x), p != nil, uintptr(p) != 0)

	var np unsafe.Pointer
	fmt.Println(np == nil, np)
	println(np)

	// A pointer kept only as an unsafe.Pointer stays valid.
	keep := make([]unsafe.Pointer, 0, 100)
	for i := 0; i < 100; i++ {
		keep = append(keep, unsafe.Pointer(&node{v: i}))
		_ = make([]byte, 1<<16)
	}
	sum := 0
	for _, k := range keep {
		sum += (*node)(k).v
	}
	fmt.Println(sum)

	ys := []int{1, 2, 3}
	d := unsafe.SliceData(ys)
	*d = 10
	fmt.Println(ys, unsafe.SliceData([]int(nil)) == nil)

	type Ptr unsafe.Pointer
	var pp Ptr = Ptr(&x)
	fmt.Println(*(*int)(pp), fmt.Sprintf("%T", pp))
	var i any = p
	_, ok := i.(unsafe.Pointer)
	fmt.Println(ok)
}

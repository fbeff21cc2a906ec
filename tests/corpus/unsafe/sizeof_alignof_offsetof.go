package main

import (
	"fmt"
	"unsafe"
)

// unsafe.Sizeof, Alignof and Offsetof are constants of gc's layout on
// 64-bit machines: fields aligned to their size, structs padded to their
// largest alignment, a trailing empty field given a byte.

type S struct {
	a byte
	b int32
	c string
	d [3]uint16
	e struct{}
}

type E struct {
	x int8
	S
	p *S
}

type Small struct{ a, b byte }

type Mixed struct {
	a bool
	b int64
	c bool
}

func main() {
	var s S
	var e E
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c), unsafe.Offsetof(s.d), unsafe.Offsetof(s.e))
	fmt.Println(unsafe.Sizeof(e), unsafe.Offsetof(e.S), unsafe.Offsetof(e.c), unsafe.Offsetof(e.p), unsafe.Offsetof(e.S.d))
	fmt.Println(unsafe.Sizeof(1), unsafe.Sizeof(1.5), unsafe.Sizeof('x'), unsafe.Sizeof("x"), unsafe.Sizeof(true))
	fmt.Println(unsafe.Sizeof([]int{}), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(any(1)), unsafe.Sizeof(func() {}), unsafe.Sizeof(make(chan int)))
	fmt.Println(unsafe.Sizeof(complex64(1)), unsafe.Alignof(complex64(1)), unsafe.Sizeof(complex(1, 2)), unsafe.Alignof(float32(0)))
	fmt.Println(unsafe.Sizeof(Mixed{}), unsafe.Sizeof([4]Mixed{}), unsafe.Sizeof(Small{}), unsafe.Alignof(Small{}), unsafe.Sizeof(struct{}{}), unsafe.Sizeof([0]int{}))
	fmt.Printf("%T %v\n", unsafe.Sizeof(s), unsafe.Sizeof(s) == 32)

	// Constants: usable as array lengths and in constant expressions.
	const n = unsafe.Sizeof(s) / unsafe.Alignof(s)
	var arr [n]byte
	fmt.Println(len(arr), 1<<unsafe.Sizeof(int16(0)))

	// The operand is not evaluated.
	calls := 0
	f := func() int { calls++; return 1 }
	fmt.Println(unsafe.Sizeof(f()), calls)

	// Capacities grow by Go's element sizes.
	var small []Small
	var mixed []Mixed
	var caps, mcaps []int
	for i := 0; i < 40; i++ {
		small = append(small, Small{})
		mixed = append(mixed, Mixed{})
		if len(caps) == 0 || caps[len(caps)-1] != cap(small) {
			caps = append(caps, cap(small))
		}
		if len(mcaps) == 0 || mcaps[len(mcaps)-1] != cap(mixed) {
			mcaps = append(mcaps, cap(mixed))
		}
	}
	fmt.Println(caps, mcaps)
}

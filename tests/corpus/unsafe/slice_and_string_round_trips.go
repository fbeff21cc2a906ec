// unsafe.Slice, unsafe.String and unsafe.StringData: round trips through
// SliceData and StringData, slices that alias arrays of ints and structs,
// length operands of every integer type, generic element types, nil
// pointers with length 0, and slices that keep their backing objects alive
// through a collection.
package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type point struct {
	x, y int
	tag  string
}

type celsius float64

type rgb struct{ r, g, b byte }

var greeting = [5]byte{'h', 'e', 'l', 'l', 'o'}

// view is unsafe.Slice over a type parameter's pointer.
func view[T any](p *T, n int) []T { return unsafe.Slice(p, n) }

// bytesOf is unsafe.Slice(unsafe.StringData(s), len(s)) for string-like
// types.
func bytesOf(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// tail returns an unsafe.Slice into the middle of a fresh array; only the
// slice keeps the array alive.
func tail(n int) []int {
	a := make([]int, n)
	for i := range a {
		a[i] = i * i
	}
	return unsafe.Slice(&a[n/2], n-n/2)
}

// localView is unsafe.Slice over a local array, which outlives the call.
func localView() []int {
	var a [4]int
	for i := range a {
		a[i] = i + 1
	}
	return unsafe.Slice(&a[1], 3)
}

// churn overwrites the goroutine's stack with other frames.
func churn(n int) int {
	var x [64]int
	for i := range x {
		x[i] = n
	}
	return x[n%64]
}

func main() {
	// []byte -> string -> []byte.
	b := []byte("hello, world")
	s := unsafe.String(unsafe.SliceData(b), len(b))
	fmt.Println(s, len(s))
	back := unsafe.Slice(unsafe.StringData(s), len(s))
	fmt.Println(string(back), len(back), cap(back))
	fmt.Println(string(bytesOf("gopher")), bytesOf("") == nil)
	p := unsafe.StringData("héllo")
	fmt.Println(*p, string(unsafe.Slice(p, 3)))

	// A prefix and a middle part of a byte array.
	arr := [8]byte{'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'}
	fmt.Println(unsafe.String(&arr[0], 3), unsafe.String(&arr[2], uint8(4)))
	fmt.Printf("%q\n", unsafe.String(&arr[7], int64(1)))

	// A package variable, and a struct's consecutive byte fields.
	fmt.Println(unsafe.String(&greeting[1], 3))
	gs := unsafe.Slice(&greeting[0], 2)
	gs[1] = 'a'
	fmt.Println(string(greeting[:]))
	c := &rgb{'x', 'y', 'z'}
	fmt.Println(unsafe.String(&c.r, 3))

	// Slices alias the array they were made over, in both directions.
	var ints [6]int
	for i := range ints {
		ints[i] = 10 * i
	}
	mid := unsafe.Slice(&ints[2], 3)
	fmt.Println(mid, len(mid), cap(mid))
	mid[0] = -1
	ints[4] = -3
	fmt.Println(ints, mid)
	// Reslicing stays within the capacity; append beyond it copies.
	grown := append(mid, 99)
	grown[1] = 1234
	fmt.Println(ints, mid, grown)
	full := unsafe.Slice(&ints[0], uintptr(len(ints)))
	copy(full[1:], []int{7, 8})
	fmt.Println(ints)

	pts := []point{{1, 2, "a"}, {3, 4, "b"}, {5, 6, "c"}}
	ps := unsafe.Slice(&pts[1], 2)
	ps[0].y = 40
	ps[1].tag = "changed"
	pts[2].x = 50
	fmt.Println(pts, ps)
	for i, q := range ps {
		fmt.Println(i, q.x, q.y, q.tag)
	}
	ptrs := unsafe.Slice(&ps[0], 1)
	ptrs[0] = point{7, 8, "whole"}
	fmt.Println(pts[1])

	// A single variable is a slice of one.
	one := 42
	os := unsafe.Slice(&one, 1)
	os[0]++
	fmt.Println(one, len(os))

	// Generic element types, a named float, nested slices.
	temps := [3]celsius{1.5, 2.5, 3.5}
	tv := view(&temps[0], 3)
	tv[2] = 100
	fmt.Println(temps, tv)
	rows := [][]string{{"a"}, {"b", "c"}}
	rv := view(&rows[1], 1)
	rv[0] = append(rv[0], "d")
	fmt.Println(rows)

	// Zero-size elements take any length.
	var e struct{}
	es := unsafe.Slice(&e, 5)
	fmt.Println(len(es), cap(es))

	// Nil pointers with length 0: a nil slice and the empty string.
	var nilInt *int
	var nilByte *byte
	zs := unsafe.Slice(nilInt, 0)
	fmt.Println(zs == nil, len(zs), unsafe.String(nilByte, 0) == "", unsafe.String(nil, uint(0)) == "")
	fmt.Println(unsafe.StringData("") == nil, unsafe.SliceData(zs) == nil)
	fmt.Println(unsafe.Slice((*struct{})(nil), 0) == nil)

	// Length operands of several integer types.
	var i8 int8 = 2
	var u16 uint16 = 3
	var i32 int32 = 4
	var u64 uint64 = 5
	var up uintptr = 6
	fmt.Println(len(unsafe.Slice(&ints[0], i8)), len(unsafe.Slice(&ints[0], u16)),
		len(unsafe.Slice(&ints[0], i32)), len(unsafe.Slice(&ints[0], u64)),
		len(unsafe.Slice(&ints[0], up)))

	lv := localView()
	churn(7)
	fmt.Println(lv)

	// The slice keeps its backing array alive across collections.
	t := tail(40)
	for i := 0; i < 3; i++ {
		_ = make([]int, 1000)
		runtime.GC()
	}
	sum := 0
	for _, v := range t {
		sum += v
	}
	fmt.Println(len(t), t[0], t[len(t)-1], sum)
	sd := unsafe.StringData("collected" + fmt.Sprint(len(t)))
	runtime.GC()
	fmt.Println(unsafe.String(sd, 11))
}

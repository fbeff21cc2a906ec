package main

import (
	"fmt"
	"strings"
)

// byte, rune and declared aliases are the types they stand for: the same
// instances, interface dynamic types, map keys and method sets, and %T and
// run-time panics name them as Go's runtime does.

type Octet = byte
type Bytes = []Octet
type Point = struct{ X, Y int }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type Putter interface{ Put(r rune) int }

type counter struct{ n int }

func (c *counter) Put(r int32) int {
	c.n += int(r)
	return c.n
}

func kind(x any) string {
	switch x.(type) {
	case []uint8:
		return "bytes"
	case int32:
		return "int32"
	case uint8:
		return "uint8"
	case Box[uint8]:
		return "box of uint8"
	case struct{ X, Y int }:
		return "point"
	}
	return "other"
}

func main() {
	var raw []byte = []byte("hi")
	var bs Bytes = raw
	var u8s []uint8 = bs
	fmt.Printf("%T %T %T %v\n", raw, bs, u8s, u8s)
	r := 'é'
	s := "héllo"
	fmt.Printf("%T %T %T\n", r, s[1], Octet(7))
	fmt.Println(kind(raw), kind(r), kind(s[0]), kind(Box[byte]{3}), kind(Point{1, 2}))

	var b1 any = Box[byte]{5}
	b2, ok := b1.(Box[uint8])
	fmt.Printf("%T %v %v %d\n", b1, ok, b2.Get(), b2.v)

	m := map[rune]byte{'a': 1}
	m[int32('a')]++
	var k int32 = 'b'
	m[k] = 'z'
	fmt.Println(len(m), m['a'], m[98], m)

	var p Putter = &counter{}
	p.Put('a')
	fmt.Println(p.Put(1), strings.IndexByte(s, Octet('l')), strings.ContainsRune(s, k))

	var x any = bs
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = x.(string)
}

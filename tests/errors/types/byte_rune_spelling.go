package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	cells []byte
	mark  rune
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

type Letter interface {
	Put(r rune) bool
}

type shout struct{}

func (shout) Put(c int32) bool { return c > 'a' }

type whisper struct{}

func (whisper) Put(c byte) bool { return c > 'a' }

func first(s string) byte { return s[0] }

func main() {
	var raw []byte
	var n int = raw
	var m map[rune]byte
	var k string = m
	s := "héllo"
	var b string = s[1]
	for _, r := range s {
		var f float64 = r
		_ = f
	}
	c := 'x'
	var d string = c
	var g Grid
	var h bool = g.cells
	var i bool = g.mark
	var p Pair[byte, []rune]
	var q int = p
	var _ Letter = shout{}
	var _ Letter = whisper{}
	var u8 uint8 = first(s)
	var i32 int32 = c
	raw = append(raw, u8)
	fmt.Println(n, k, b, d, h, i, q, i32, strings.Count(s, "l"))
}

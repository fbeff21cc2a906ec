package main

// Names a dot import declares conflict with the package's declarations,
// with another dot import's names and with an import's name; the
// dot-imported one is what a name then denotes. Go's "other declaration"
// line names the member's place in its sources (unsafe's members have
// none, so Go prints no such line for them).

import (
	Println "strings"
	. "fmt"
	. "math"
	. "sort"
	. "unicode"
	. "unicode/utf8"
	. "unsafe"
)

type Pointer int

func Sizeof() int { return 1 }

var String = "s"

func Sqrt() {}

type Float64Slice int

func main() {
	Printf("%v %v %v\n", Sizeof(), Pointer(1), String)
	s := []int{2, 1}
	Ints(s)
	x := Slice
	_ = x
	Println.ToUpper("x")
	_, _ = IsUpper('x'), RuneLen('x')
	_ = Pi
}

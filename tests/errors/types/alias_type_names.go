package main

import "fmt"

type Ints = []int
type Octet = byte
type Bytes = []Octet
type Point = struct{ X, Y int }
type Handler = func(string) error
type Table = map[string]Ints
type Text = string

func sum(xs Ints) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var xs Ints = []int{1, 2}
	var o Octet = 'a'
	var bs Bytes
	var p Point
	var h Handler
	var t Table
	var s Text = "go"
	var a string = xs
	var b string = o
	var c string = bs
	var d string = p
	var e string = h
	var f string = t
	var g int = s
	var u8 uint8 = o
	var raw []byte = bs
	total := sum([]int{3})
	fmt.Println(a, b, c, d, e, f, g, u8, raw, total, p.X, s+"!")
}

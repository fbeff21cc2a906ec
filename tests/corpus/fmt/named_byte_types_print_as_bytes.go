package main

import "fmt"

type Bytes []byte
type B byte
type Arr [3]byte
type Runes []rune
type MyStr string
type Strs []MyStr

func main() {
	b := Bytes("hi!")
	fmt.Printf("%v %s %x %X %q %d %#v\n", b, b, b, b, b, b, b)
	bs := []B{'a', 'b'}
	fmt.Printf("%v %s %x %q %#v\n", bs, bs, bs, bs, bs)
	a := Arr{1, 2, 255}
	fmt.Printf("%v %x %s %q %#v\n", a, a, a, a, a)
	ab := [4]byte{'g', 'o', 0, 0xff}
	fmt.Printf("%v %x % x %s %q %#v\n", ab, ab, ab, ab, ab, ab)
	r := Runes("héllo")
	fmt.Printf("%v %c %q %U %#v\n", r, r, r, r, r)
	s := Strs{"x", "y z"}
	fmt.Printf("%v %s %q %x %#v\n", s, s, s, s, s)
	fmt.Printf("%v %s %x\n", &b, &ab, &a)
	fmt.Println(b, bs, a, r, s, MyStr("m"))
	var nb Bytes
	fmt.Printf("%v %s %q %x %#v %#v\n", nb, nb, nb, nb, nb, []byte{})
	fmt.Printf("%5s|%-5x|%05q|%.1x|%.2s\n", b, b, b, b, b)
}

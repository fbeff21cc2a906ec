package main

import "fmt"

type Path string
type Buf []byte

func main() {
	b := []byte("key=")
	b = append(b, "value"...)
	fmt.Println(string(b), len(b))

	var p Path = "/usr/bin"
	var out Buf
	out = append(out, p...)
	out = append(out, ':')
	out = append(out, "héllo"...)
	fmt.Println(string(out), len(out))

	// The appended bytes are a copy: the result does not alias the string.
	s := "abc"
	c := append([]byte(nil), s...)
	c[0] = 'X'
	fmt.Println(s, string(c), cap(c) >= 3)
}

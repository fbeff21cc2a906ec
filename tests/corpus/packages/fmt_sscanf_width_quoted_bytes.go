package main

import "fmt"

func main() {
	var s, t string
	var n, m int
	var u8 uint8
	var i8 int8
	var bs []byte
	fmt.Println(fmt.Sscanf("Alice:30", "%5s:%d", &s, &n))
	fmt.Println(s, n)
	fmt.Println(fmt.Sscanf("12345678", "%3d%2d%s", &n, &m, &s))
	fmt.Println(n, m, s)
	fmt.Println(fmt.Sscanf("héllo wörld", "%2s%3s", &s, &t))
	fmt.Printf("%q %q\n", s, t)
	fmt.Println(fmt.Sscan("300", &u8))
	fmt.Println(fmt.Sscan("-200", &i8))
	fmt.Println(fmt.Sscan("255 127", &u8, &i8))
	fmt.Println(u8, i8)
	fmt.Println(fmt.Sscanf(`"a b\tc" rest`, "%q %s", &s, &t))
	fmt.Printf("%q %q\n", s, t)
	fmt.Println(fmt.Sscanf("`raw \\n` x", "%q", &s))
	fmt.Printf("%q\n", s)
	fmt.Println(fmt.Sscanf("plain", "%q", &s))
	fmt.Println(fmt.Sscan("xy zz", &bs, &s))
	fmt.Printf("%q %d %q\n", bs, len(bs), s)
	fmt.Println(fmt.Sscanf("abcdef", "%4s", &bs))
	fmt.Printf("%q\n", bs)
}

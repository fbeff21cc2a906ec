package main

import (
	"fmt"
)

func main() {
	var a, b int
	var s string
	n, err := fmt.Sscan("10 20 hello", &a, &b, &s)
	fmt.Println(n, err, a, b, s)
	var f float64
	var ok bool
	n, err = fmt.Sscan("3.5\ntrue", &f, &ok)
	fmt.Println(n, err, f, ok)
	n, err = fmt.Sscanf("x=5 y=7", "x=%d y=%d", &a, &b)
	fmt.Println(n, err, a, b)
	var name string
	var age int
	n, err = fmt.Sscanf("Alice 30", "%s %d", &name, &age)
	fmt.Println(n, err, name, age)
	var h int
	n, err = fmt.Sscanf("ff", "%x", &h)
	fmt.Println(n, err, h)
	var r rune
	n, err = fmt.Sscanf("Z", "%c", &r)
	fmt.Println(n, err, string(r))
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("4 5\n6", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("4\n5", &a, &b)
	fmt.Println(n, err)
	var x, y, z int
	n, err = fmt.Sscanf("1,2,3", "%d,%d,%d", &x, &y, &z)
	fmt.Println(n, err, x+y+z)
	var word1, word2 string
	fmt.Sscan("  spaced    words  ", &word1, &word2)
	fmt.Printf("%q %q\n", word1, word2)
	var i8 int8
	n, err = fmt.Sscan("-128", &i8)
	fmt.Println(n, err, i8)
	var v1, v2 int
	n, err = fmt.Sscanf("10 abc", "%d %d", &v1, &v2)
	fmt.Println(n, err, v1)
}

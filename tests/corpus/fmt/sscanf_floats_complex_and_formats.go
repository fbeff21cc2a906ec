package main

import "fmt"

func main() {
	var a, b int
	var s string
	var f float64
	try := func(in, format string, args ...any) {
		n, err := fmt.Sscanf(in, format, args...)
		fmt.Printf("%q %q -> %d %v\n", in, format, n, err)
	}
	try("50%", "%d%%", &a)
	try("(3,4)", "(%d,%d)", &a, &b)
	try("( 3 , 4 )", "(%d,%d)", &a, &b)
	try("3 4", "%d%d", &a, &b)
	try("3\n4", "%d %d", &a, &b)
	try("3\n4", "%d\n%d", &a, &b)
	try("name: bob", "name: %s", &s)
	try("name:bob", "name: %s", &s)
	try("1.5e2x", "%fx", &f)
	try("0x1A", "%v", &a)
	try("0x1A", "%d", &a)
	try("1A", "%x", &a)
	try("-12", "%o", &a)
	try("true", "%t", new(bool))
	try("yes", "%t", new(bool))
	try("abc", "%d", &a)
	try("5", "%s", &a)
	try("", "%d", &a)
	try("  7", "%d", &a)
	try("7  ", "%d ", &a)
	try("a b", "%s%s", &s, new(string))
	try("9", "%d %d", &a, &b)
	try("1 2", "%d", &a)
	fmt.Println(a, b, s, f)
	var r rune
	var u uint
	n, err := fmt.Sscan("x 42", &r, &u)
	fmt.Println(n, err, r, u)
	n, err = fmt.Sscan("-1", &u)
	fmt.Println(n, err, u)
	var c complex128
	n, err = fmt.Sscan("(1+2i)", &c)
	fmt.Println(n, err, c)
	var i8 int8
	n, err = fmt.Sscan("-129", &i8)
	fmt.Println(n, err, i8)
}

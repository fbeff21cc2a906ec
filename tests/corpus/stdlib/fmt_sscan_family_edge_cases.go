// Pins fmt.Sscan/Sscanf/Sscanln results and error messages: counts, newlines, type mismatches, verbs %d %x %s %q %c %v %f, and EOF.
package main

import "fmt"

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("10 20 word 3.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscan("1\n\n2", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("5 6\n7", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("5\n6", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("5 6 7", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("12", &a, &b)
	fmt.Println(n, err, a)
	var x, y int
	n, err = fmt.Sscanf("x=ff y=-17", "x=%x y=%d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("7-8", "%d-%d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("7:8", "%d-%d", &x, &y)
	fmt.Println(n, err, x)
	var q string
	n, err = fmt.Sscanf(`"hello world" rest`, "%q %s", &q, &s)
	fmt.Println(n, err, q, s)
	var c1, c2 rune
	n, err = fmt.Sscanf("ab", "%c%c", &c1, &c2)
	fmt.Println(n, err, string(c1), string(c2))
	var bo bool
	var u uint8
	n, err = fmt.Sscan("true 255", &bo, &u)
	fmt.Println(n, err, bo, u)
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("0x1F 0b101 0o17 1_000", &a, &b, &x, &y)
	fmt.Println(n, err, a, b, x, y)
	var f32 float32
	n, err = fmt.Sscanf("1e3 -2.5", "%g %f", &f, &f32)
	fmt.Println(n, err, f, f32)
	var bs []byte
	n, err = fmt.Sscan("bytes!", &bs)
	fmt.Println(n, err, string(bs))
	n, err = fmt.Sscanf("42", "%5d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("123456", "%3d%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("abc", "%s %d", &s, &a)
	fmt.Println(n, err, s)
	var ip *int
	_ = ip
	var iface int
	n, err = fmt.Sscan("  \t 99  ", &iface)
	fmt.Println(n, err, iface)
}

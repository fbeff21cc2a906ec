package main

import "fmt"

func main() {
	var a, b int
	var name string
	var f float64
	n, err := fmt.Sscan("12 -7\n  gopher 2.5", &a, &b, &name, &f)
	fmt.Println(n, err, a, b, name, f)
	n, err = fmt.Sscan("1 2", &a, &b, &name)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("5 6\n7", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("5\n6", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("5 6 7", &a, &b)
	fmt.Println(n, err)
	var x, y int
	var op string
	n, err = fmt.Sscanf("3 + 4", "%d %s %d", &x, &op, &y)
	fmt.Println(n, err, x, op, y)
	n, err = fmt.Sscanf("point(10,20)", "point(%d,%d)", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("ff 0x1f 017", "%x %v %v", &x, &y, &a)
	fmt.Println(n, err, x, y, a)
	var i8 int8
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err, i8)
	var ok bool
	var u uint
	n, err = fmt.Sscan("true 42", &ok, &u)
	fmt.Println(n, err, ok, u)
	n, err = fmt.Sscan("5", a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7", "%d %d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "x%d", &x)
	fmt.Println(n, err)
}

package main

func main() {
	var a = 1, 2
	b := 1, 2, 3
	var c int
	c = 1, 2
	_ = 1, 2
	var d, e = 1
	_, _, _, _, _ = a, b, c, d, e
}

var f, g, h = 1, 2

func k() {
	var l, m, n int = 1, 2
	_, _, _ = l, m, n
}

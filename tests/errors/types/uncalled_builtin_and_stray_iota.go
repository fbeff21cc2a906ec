package main

// A builtin's name alone as a statement must be called; iota outside a
// constant declaration is no constant.

var x = iota

func main() {
	cap
	(len)
	println
	y := iota + 1
	_ = y
	const c = iota
	_ = c
}

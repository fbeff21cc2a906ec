package main

type A struct {
	n int
	a A
}

type B [2]B

type C struct{ d D }

type D struct{ e [3]E }

type E struct{ c C }

type F struct{ next *F }

func main() {
	type G = G
	var f F
	_ = f
}

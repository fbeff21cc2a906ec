package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB int = (iota + 1) * 1000
	MB
	GB
)

const (
	x, y = iota * 10, iota + 100
	z, w
)

const greeting = "hi"
const big = 4611686018427387904
const truth = 3 > 2

const (
	p = 7
	q
	r = iota
)

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(KB, MB, GB)
	fmt.Println(x, y, z, w)
	fmt.Println(greeting+"!", big, truth)
	fmt.Println(p, q, r)
	const local = big / 1152921504606846976
	var n int = local
	fmt.Println(n, len(greeting))
}

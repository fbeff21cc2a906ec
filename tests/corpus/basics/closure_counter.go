package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	inc := func() int {
		n++
		return n
	}
	reset := func() { n = 0 }
	return inc, reset
}

func main() {
	a, resetA := counter()
	b, _ := counter()
	fmt.Println(a(), a(), a())
	fmt.Println(b(), b())
	resetA()
	fmt.Println(a(), b())

	total := 0
	add := func(k int) { total += k }
	for i := 1; i <= 10; i++ {
		add(i)
	}
	fmt.Println("total:", total)

	x := 1
	double := func() { x *= 2 }
	double()
	double()
	x += 1
	double()
	fmt.Println("x:", x)
}

package main

import "fmt"

const maxInt = 9223372036854775807

func main() {
	x := maxInt
	x++
	fmt.Println("max+1 =", x)
	y := -maxInt - 1
	fmt.Println("min =", y)
	y--
	fmt.Println("min-1 =", y)
	m := -maxInt - 1
	d := -1
	fmt.Println("min / -1 =", m/d)
	fmt.Println("min % -1 =", m%d)
	fmt.Println("-min =", -m)
	big := 3037000500
	fmt.Println("3037000500^2 =", big*big)
	p := 1
	for i := 0; i < 64; i++ {
		p *= 2
		if i == 61 || i == 62 || i == 63 {
			fmt.Println("2^", i+1, "=", p)
		}
	}
	h := 0
	for i := 0; i < 100; i++ {
		h = h*1000003 + i
	}
	fmt.Println("hash =", h)
}

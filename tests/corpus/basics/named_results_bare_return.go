package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func describe(n int) (kind string, neg bool) {
	if n < 0 {
		neg = true
		n = -n
	}
	kind = "odd"
	if n%2 == 0 {
		kind = "even"
		return
	}
	return kind + "!", neg
}

func zero() (a int, b string, c bool) {
	return
}

func main() {
	fmt.Println(split(17))
	fmt.Println(describe(4))
	fmt.Println(describe(-7))
	a, b, c := zero()
	fmt.Println(a, "["+b+"]", c)
}

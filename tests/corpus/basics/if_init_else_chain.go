package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else if r := n % 2; r == 0 {
		return "big even"
	} else {
		return "big odd"
	}
}

func grade(score int) string {
	g := "F"
	if score >= 90 {
		g = "A"
	} else if score >= 80 {
		g = "B"
	} else if score >= 70 {
		g = "C"
	}
	return g
}

func main() {
	fmt.Println(classify(-5), classify(0), classify(7), classify(12), classify(13))
	fmt.Println(grade(95), grade(85), grade(75), grade(10))
	if a, b := 3, 4; a*a+b*b == 25 {
		fmt.Println("pythagoras", a, b)
	}
	if x := classify(2); x != "small" {
		fmt.Println("unexpected")
	} else {
		fmt.Println("init var visible in else:", x)
	}
}

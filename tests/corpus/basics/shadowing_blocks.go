package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := 1
	fmt.Println(x)
	{
		x := x + 10
		fmt.Println("inner", x)
		{
			x := "string now"
			fmt.Println("inner2", x)
		}
		x++
		fmt.Println("inner after", x)
	}
	fmt.Println("outer", x)
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 100
		fmt.Println("for", x)
	}
	fmt.Println("end", x)
	show()
}

func show() {
	fmt.Println("show", x)
}

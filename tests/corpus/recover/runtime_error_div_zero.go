package main

import "fmt"

func divide(a, b int) int {
	defer func() {
		r := recover()
		if r != nil {
			fmt.Println("recovered:", r)
			fmt.Println(r)
		}
	}()
	return a / b
}

func main() {
	fmt.Println("result", divide(9, 3))
	fmt.Println("result", divide(9, 0))
	z := 0
	func() {
		defer func() { fmt.Println("literal recovered:", recover()) }()
		fmt.Println(100 % z)
	}()
	fmt.Println("done")
}

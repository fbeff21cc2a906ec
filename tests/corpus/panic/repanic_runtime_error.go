package main

import "fmt"

func divide(a, b int) int {
	defer func() {
		r := recover()
		fmt.Println("divide saw:", r)
		panic(r)
	}()
	return a / b
}

func main() {
	defer fmt.Println("main defer runs")
	zero := 0
	fmt.Println(divide(1, zero))
}

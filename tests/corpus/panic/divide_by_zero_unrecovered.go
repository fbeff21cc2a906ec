package main

import "fmt"

func average(sum, count int) int {
	return sum / count
}

func main() {
	fmt.Println(average(10, 2))
	fmt.Println(average(-9, 3))
	defer fmt.Println("main's defer runs before the crash report")
	zero := 0
	fmt.Println(average(5, zero))
	fmt.Println("unreachable")
}

package main

import "fmt"

func main() {
	grid := [3]int{1, 2, 3]
	fmt.Println(grid)
}

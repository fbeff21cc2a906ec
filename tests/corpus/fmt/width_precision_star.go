package main

import "fmt"

func main() {
	fmt.Printf("[%*d] [%-*d] [%*d]\n", 5, 1, 5, 2, -5, 3)
	fmt.Printf("[%.*d] [%.*s] [%*.*s]\n", 3, 7, 2, "abcdef", 6, 2, "xyz")
	fmt.Printf("[%0*d] [%0*d]\n", 6, -42, -6, 42)
	fmt.Printf("[%*d]\n", "x", 5)
	fmt.Printf("[%.*d]\n", "y", 5)
	fmt.Printf("[%.*d]\n", -1, 5)
	fmt.Printf("[%*d]\n", 10000000, 5)
	fmt.Printf("[%*d]\n", 5)
	fmt.Printf("[%*d]\n")
	var w8 int8 = 4
	var wu uint = 6
	var wu8 uint8 = 3
	fmt.Printf("[%*d] [%*d] [%.*s]\n", w8, 1, wu, 2, wu8, "abcdef")
	fmt.Printf("[%*s] [%-*s|]\n", 6, "ab", 6, "ab")
	fmt.Printf("[%*v] [%-*v]\n", 4, []int{1, 2}, 3, true)
	fmt.Printf("[%1000001d]\n", 1)
	fmt.Printf("[%.1000001d]\n", 1)
	fmt.Printf("[%99999999999999999999d]\n", 1)
	fmt.Printf("[%5.3d] [%-5.3d] [%5.0d] [%05.3d]\n", 9, 9, 0, -9)
	fmt.Printf("[%5v] [%-5v] [%05v] [%.1v]\n", 12, 12, 12, "xyz")
	fmt.Printf("[%*%] [%5%] [%-5%] [%.2%]\n", 3)
}

package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]s %[1]s %s\n", "a", "b", "c")
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %[1]q %[1]U\n", 65)
	fmt.Printf("[%[2]*[1]d] [%-[2]*[1]d]\n", 12, 6)
	fmt.Printf("[%[3]*.[2]*[1]s]\n", "abcdef", 2, 8)
	fmt.Printf("[%.[2]d]\n", 7, 3)
	fmt.Printf("%[5]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%[2d\n", 1, 2)
	fmt.Printf("%[]d\n", 1)
	fmt.Printf("%[1]2d\n", 1)
	fmt.Printf("%[1].2d\n", 1)
	fmt.Printf("%[1]\n", 1)
	fmt.Printf("%[2]d\n", 1, 2, 3)
	fmt.Printf("%d %d %[1]d %d %d\n", 1, 2)
	fmt.Printf("%[3]d %d\n", 1, 2, 3)
	fmt.Printf("%[2]v %[1]T\n", "s", []int{1})
	fmt.Printf("[%[1]*d]\n", 3, 4)
	fmt.Printf("[%[2]*d]\n", 1, 3, 4)
}

package main

import "fmt"

func classify(n int) {
	switch n {
	case 1
		fmt.Println("one")
	case 2: fmt.Println("two") case 3:
		fmt.Println("three")
	case 4: fmt.Println("four") default:
		fmt.Println("many")
	}
}

func main() {
	classify(2)
}

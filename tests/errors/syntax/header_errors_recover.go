package main

import "fmt"

func main() {
	n := 3
	if n > 0) {
		fmt.Println("positive")
	}
	for n < 5] {
		n++
	}
	switch n) {
	case 5:
		fmt.Println("five")
	}
	if n
	{
		fmt.Println(n)
	}
}

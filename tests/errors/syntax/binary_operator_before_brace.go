package main

import "fmt"

func describe(v any) {
	for i := 0; i < 1; i++ {
		fmt.Println(i)
	}
	x := 1 +
}

func main() {
	describe(1)
}

package main

import "fmt"

func risky(n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  recovered:", r)
		}
	}()
	fmt.Println("  risky", n, "start")
	if n%2 == 1 {
		panic("odd input")
	}
	fmt.Println("  risky", n, "end")
}

func main() {
	for i := 0; i < 4; i++ {
		fmt.Println("call", i)
		risky(i)
		fmt.Println("back in main after", i)
	}
	fmt.Println("main finished normally")
}

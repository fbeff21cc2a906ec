package main

import "fmt"

func check(n int) {
	if n > 3 {
		panic(n * 100)
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 0; i < 10; i++ {
		check(i)
	}
}

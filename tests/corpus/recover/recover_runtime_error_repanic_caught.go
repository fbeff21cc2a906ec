package main

import "fmt"

func level(n, z int) int {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level", n, "saw:", r)
			panic(r)
		}
	}()
	if n == 0 {
		return 1 / z
	}
	return level(n-1, z)
}

func main() {
	defer func() {
		fmt.Println("main:", recover())
	}()
	fmt.Println(level(3, 1))
	fmt.Println(level(3, 0))
}

package main

import (
	"fmt"
	"strings"
)

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		n := -1
		defer fmt.Println("deferred before the fatal panic")
		fmt.Println(strings.Repeat("ab", n))
	}()
	fmt.Println(strings.Repeat("-", -2))
}

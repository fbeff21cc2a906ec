package main

import (
	"fmt"
	"os"
)

func check(n int) {
	defer fmt.Println("check's defer does not run")
	if n > 2 {
		fmt.Println("exiting with", n)
		os.Exit(n)
	}
}

func main() {
	defer fmt.Println("main's defer does not run")
	for i := range 5 {
		fmt.Println("step", i)
		check(i)
	}
}

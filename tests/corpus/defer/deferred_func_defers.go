package main

import "fmt"

func inner(tag string) {
	defer fmt.Println("  inner defer", tag)
	fmt.Println("  inner body", tag)
}

func main() {
	defer func() {
		defer fmt.Println("outer deferred's own defer")
		fmt.Println("outer deferred body")
		inner("x")
	}()
	defer func() {
		defer func() {
			defer fmt.Println("three levels deep")
			fmt.Println("two levels deep")
		}()
		fmt.Println("one level deep")
	}()
	fmt.Println("main body")
}

package main

import "fmt"

func f() (n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered deferred panic:", r, "n =", n)
			n = -n
		}
	}()
	defer panic("late")
	return 21
}

func main() {
	fmt.Println("f() =", f())
}

package main

import "fmt"

// helper's deferred function is run by helper's own return, not by the
// panic, so its recover returns nil even though a panic is in progress.
func helper() {
	defer func() {
		fmt.Println("helper's deferred recover:", recover())
	}()
	fmt.Println("helper runs during the panic")
}

func work() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = "work recovered " + "it"
			fmt.Println("work's recover:", r)
		}
	}()
	defer func() {
		helper()
	}()
	out = "not yet"
	panic(7)
}

func main() {
	fmt.Println(work())
}

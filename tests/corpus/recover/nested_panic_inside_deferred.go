package main

import "fmt"

func selfContained() {
	defer func() {
		fmt.Println("  inner recover:", recover())
	}()
	panic("inner")
}

func main() {
	defer func() {
		fmt.Println("outer recover:", recover())
	}()
	defer func() {
		fmt.Println("deferred call runs a helper that panics and recovers")
		selfContained()
		fmt.Println("helper done; outer panic still active")
	}()
	panic("outer")
}

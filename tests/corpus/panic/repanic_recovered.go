package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "- panicking again with the same value")
		panic(r)
	}()
	panic("original")
}

package main

import "fmt"

func tryRecover() any {
	return recover()
}

func main() {
	defer func() {
		r := tryRecover()
		fmt.Println("helper got", r)
	}()
	defer func() {
		fmt.Println("nested literal got", func() any { return recover() }())
	}()
	panic("still panicking")
}

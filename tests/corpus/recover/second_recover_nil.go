package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("later-run defer recover:", recover())
	}()
	defer func() {
		first := recover()
		second := recover()
		fmt.Println("first:", first)
		fmt.Println("second:", second)
	}()
	panic("once")
}

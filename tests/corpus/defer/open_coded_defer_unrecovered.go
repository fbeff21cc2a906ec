package main

import "fmt"

// An unrecovered panic still runs every open-coded deferred call of every
// frame, newest frame first, and a panic in one of them chains.

func inner() {
	defer fmt.Println("inner 1")
	defer func() {
		fmt.Println("inner 2")
	}()
	var m map[string]int
	m["x"] = 1
}

func middle() {
	defer fmt.Println("middle")
	defer func() {
		panic(fmt.Sprintf("again after %v", recover() != nil))
	}()
	inner()
}

func main() {
	defer fmt.Println("main")
	middle()
}

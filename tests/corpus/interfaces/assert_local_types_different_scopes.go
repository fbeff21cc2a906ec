package main

import "fmt"

var X any

type T struct{}

func set() {
	type T struct{}
	X = T{}
}

func check() {
	defer func() { fmt.Println(recover()) }()
	_ = X.(T)
}

func main() {
	set()
	check()
	X = T{}
	_, ok := X.(T)
	fmt.Println(ok)
}

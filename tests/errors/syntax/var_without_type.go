package main

import "fmt"

var count // how many

func main() {
	var (
		name string
		age)
	var ok; fmt.Println(name, age, ok, count)
}

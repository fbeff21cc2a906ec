package main

import "fmt"

type Base struct{ ID int }

type Wrapper struct {
	(Base)
	*(fmt.Stringer)
	(*int)
	name string
}

func main() {
	var w Wrapper
	fmt.Println(w.name)
}

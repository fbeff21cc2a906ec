package main

import "fmt"

type Level float64

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(Level(2.5))
	}()
	panic(1.5)
}

package main

import "fmt"

type empty struct{}

var sink []*empty

var p, q = new([0]int), new([0]int)

func keep(e *empty) *empty {
	sink = append(sink, e)
	return e
}

func main() {
	fmt.Println(p == q)
	a, b := keep(new(empty)), keep(&empty{})
	fmt.Println(a == b, *a == *b)
	c := new(int)
	fmt.Println(c == new(int))
}

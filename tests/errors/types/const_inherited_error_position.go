package main

import "fmt"

type Level uint8

const (
	Low Level = iota + 254
	High
	Overflow
)

const (
	a = len([2 - iota]int{})
	b
	c
	d
)

const (
	x = 10 / (2 - iota)
	y
	z
)

const (
	small = int8(iota * 100)
	medium
	large
)

func main() {
	fmt.Println(Low, High, Overflow, a, b, c, d, x, y, z, small, medium, large)
}

package main

import "fmt"

type H struct {
	pad [1 << 28]int
	x   int
	s   string
}

func main() {
	h := new(H)
	h.x = 42
	h.s = "far"
	h.pad[1<<28-1] = 7
	fmt.Println(h.x, h.s, h.pad[1<<28-1], len(h.pad))
}

package main

import "fmt"

var trace string

func note(s string, v int) int {
	trace += s
	return v
}

// Go initializes the earliest variable that is ready: c depends on b
// through a function, a on c directly.
var (
	a = note("a", c+1)
	b = note("b", 1)
	c = note("c", readB())
	d = note("d", 4)
)

func readB() int { return b * 10 }

func main() {
	fmt.Println(trace, a, b, c, d)
}

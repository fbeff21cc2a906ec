package main

import "fmt"

func f() (trace string) {
	defer func() { trace += " d1" }()
	defer func() {
		r := recover()
		trace += " d2"
		if r != nil {
			trace += "(recovered)"
		}
	}()
	defer func() { trace += " d3" }()
	defer fmt.Println("d4 prints, trace so far:", trace)
	trace = "body"
	panic("p")
}

func main() {
	fmt.Println("trace:", f())
}

package main

import "fmt"

func main() {
	f := func() { fmt.Println("original f") }
	defer f()
	f = func() { fmt.Println("replaced f") }
	defer f()
	count := 0
	g := func(tag string) {
		count++
		fmt.Println("g", tag, "count", count)
	}
	defer g("a")
	defer g("b")
	pick := func(first bool) func() {
		if first {
			return func() { fmt.Println("picked first") }
		}
		return func() { fmt.Println("picked second") }
	}
	defer pick(true)()
	defer pick(false)()
	fmt.Println("main done")
}

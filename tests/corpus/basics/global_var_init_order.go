package main

import "fmt"

// package-level variables are initialised in dependency order,
// not in declaration order
var a = b + c
var b = f("b", 1)
var c = f("c", 2)
var d, e = g()
var trace string
var count int

func f(name string, v int) int {
	trace += name
	count++
	return v * 10
}

func g() (int, string) {
	trace += "g"
	return a + 1, "e"
}

func main() {
	fmt.Println(a, b, c, d, e)
	fmt.Println("trace:", trace, "count:", count)
	count += 100
	fmt.Println(count)
}

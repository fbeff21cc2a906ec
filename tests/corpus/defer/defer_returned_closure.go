package main

import "fmt"

func logger(prefix string) func(string) {
	fmt.Println("making logger", prefix)
	return func(msg string) {
		fmt.Println(prefix + ": " + msg)
	}
}

func step(n int) int {
	fmt.Println("step", n)
	return n
}

func main() {
	// logger(...) and step(...) run now; the returned closure runs at exit
	defer logger("A")("first deferred")
	defer logger("B")("second deferred")
	defer func(a, b int) { fmt.Println("args", a, b) }(step(1), step(2))
	fmt.Println("body")
}

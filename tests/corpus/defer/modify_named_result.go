package main

import "fmt"

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func chain() (s string) {
	defer func() { s += "|d1" }()
	defer func() { s += "|d2" }()
	return "ret"
}

func unnamed() int {
	n := 5
	defer func() { n *= 100 }()
	return n
}

func overwrite() (a, b int) {
	defer func() {
		a, b = b, a
	}()
	return 1, 2
}

func bare() (x int) {
	defer func() { x++ }()
	x = 10
	return
}

func main() {
	fmt.Println("double:", double())
	fmt.Println("chain:", chain())
	fmt.Println("unnamed:", unnamed())
	fmt.Println(overwrite())
	fmt.Println("bare:", bare())
}

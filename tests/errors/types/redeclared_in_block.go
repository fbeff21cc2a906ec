package main

func main() {
	x := 1
	var x int
	a, b := 1, 2
	a, b := 3, 4
	_, _, _ = x, a, b
}

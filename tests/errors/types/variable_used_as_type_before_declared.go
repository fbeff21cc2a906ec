package main

// A variable named as a parameter's type while its own initializer calls
// that function: the checker meets the name before the variable has a type.

var total = add("x", 1)

func add(label total, n int) int {
	return n
}

func main() {
	println(total)
}

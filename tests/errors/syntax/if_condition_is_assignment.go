package main

func main() {
	var a, b, sum int
	if sum = a * b {
	}
	_ = sum
}

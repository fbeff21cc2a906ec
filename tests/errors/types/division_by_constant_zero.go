package main

func main() {
	x := 10
	_ = x / 0
	_ = x % 0
	const c = 1 / 0
}

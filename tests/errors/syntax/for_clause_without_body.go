package main

func main() {
	sum := 0
	for i := 0; i < 10; i++ }
	_ = sum
}

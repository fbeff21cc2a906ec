package main

func main() {
	x := 1
	y, z := 2, 3
	_ = y
}

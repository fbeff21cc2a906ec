package main

func main() {
	x := 1
	if x {
	}
	for x {
	}
	y := !x
	_ = y
}

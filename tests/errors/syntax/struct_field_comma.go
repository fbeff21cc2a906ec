package main

type point struct {
	x int,
	y int
}

func main() {
	_ = point{}
}

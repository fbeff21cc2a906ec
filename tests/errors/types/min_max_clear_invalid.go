package main

func main() {
	var f float64
	var s []int
	println(min(1, f, "a"), max(s), min(2, int8(1), int16(3)))
	clear(5)
}

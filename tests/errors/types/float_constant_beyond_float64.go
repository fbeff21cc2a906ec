package main

const huge = 1e400

func main() {
	_ = -1e400
	var h float64 = huge
	println(h, huge/1e300)
}

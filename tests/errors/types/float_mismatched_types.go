package main

func main() {
	var f float64 = 1
	var g float32 = 2
	var s string = 2.5
	println(f+g, f+"a", s)
}

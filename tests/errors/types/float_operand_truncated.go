package main

func main() {
	var n int
	println(n + 1.5)
}

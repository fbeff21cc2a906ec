package main

func main() {
	var i int = 1.5
	var u uint8 = 2.0 * 200
	println(i, u)
}

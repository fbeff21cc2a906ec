package main

func main() {
	x := 1.0
	println(x/0, 1.0/0.0)
}

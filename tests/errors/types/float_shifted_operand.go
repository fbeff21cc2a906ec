package main

func main() {
	s := 2
	println(1.5 << 2, 2.0 << 1, 1 << s)
}

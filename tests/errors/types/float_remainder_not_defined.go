package main

func main() {
	f := 2.5
	println(f % 2)
}

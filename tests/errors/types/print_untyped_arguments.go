package main

func main() {
	println(nil)
	print(1 << 70)
}

package main

func main() {
	println(int(3.99), int64(1e18), uint8(255.0))
}

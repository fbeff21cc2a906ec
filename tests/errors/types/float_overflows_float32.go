package main

func main() {
	var f float32 = 1e300
	g := float32(1e300)
	println(f, g)
}

package main

func main() {
	println(1.5, -2.25, 0.0, 100.0)
	println(1e100, 1e-100, 3.141592653589793)
	var z float64
	println(1/z, -1/z, z/z, -z)
	var f float32 = 0.1
	println(f, float64(f))
	print(12345678.9, "\n")
	println(0.999999999, 9.9999999e10)
}

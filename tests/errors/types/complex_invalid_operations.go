package main

func main() {
	a := 1 + 2i
	var f float64 = 2i
	var g float64 = 3 + 0i
	var x float32
	var y float64
	println(a < a, a%2, complex(x, y), real(y), float64(a), g, f)
	var i int = 1i
	println(i, complex("a", 1))
}

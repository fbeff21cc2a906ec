package main

import "fmt"

func main() {
	var f float32 = 16777216
	fmt.Println(f+1, f+2, f+1 == f)
	var s float32
	for i := 0; i < 1000; i++ {
		s += 0.001
	}
	var d float64
	for i := 0; i < 1000; i++ {
		d += 0.001
	}
	fmt.Println(s, d)
	x := float32(1) / 3
	fmt.Println(x, float64(x), x*3, x*3 == 1)
	a := []float32{1.1, 2.2, 3.3}
	sum := float32(0)
	for _, v := range a {
		sum += v
	}
	fmt.Println(sum, sum == 6.6, a)
	fmt.Printf("%v %.10f %g %e\n", x, x, x, x)
	var big float32 = 3.4e38
	fmt.Println(big*10, -big*10, big)
}

package main

import "fmt"

func main() {
	i := 7
	fmt.Println(float64(i)/2, float32(i)/3)
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*1e10), int8(f), uint(f), uint8(f*50))
	// Conversions truncate toward zero.
	for _, v := range []float64{2.5, -2.5, 0.9999, -0.9999, 1e15 + 0.5} {
		fmt.Println(int(v), int32(v), int64(v))
	}
	// Large integers round to the nearest float.
	u := uint64(1<<63 + 1)
	n := int64(1<<53 + 1)
	fmt.Println(float64(u), float64(n), float32(n), float32(16777217))
	fmt.Println(uint64(float64(u)), int64(float64(n)))
	// float64 to float32 rounds to nearest; back is exact.
	d := 0.1
	s := float32(d)
	fmt.Println(s, float64(s), float64(s) == d, float32(float64(s)) == s)
	// Named float types.
	type Meters float64
	type Feet float64
	m := Meters(100)
	ft := Feet(m * 3.28084)
	fmt.Println(m, ft, float64(ft)/float64(m))
	fmt.Printf("%T %T %v\n", m, ft, ft > 328)
	// Integer conversion of a float expression at run time.
	total := 0
	for _, x := range []float64{1.2, 2.7, 3.5} {
		total += int(x * 10)
	}
	fmt.Println(total)
}

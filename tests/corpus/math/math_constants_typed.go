package main

import (
	"fmt"
	"math"
)

func main() {
	// Constants are exact and untyped: they take their type from use.
	var f32 float32 = math.Pi
	var i8 int8 = math.MaxInt8
	u := uint64(math.MaxUint64)
	fmt.Println(f32, i8, u, math.MaxInt)
	fmt.Println(math.Pi*1e10, math.Phi*math.Phi-math.Phi, math.Log2E*math.Ln2)
	fmt.Printf("%.20f %T\n", math.Pi, math.Pi)
	fmt.Println(float32(math.MaxFloat32), math.SmallestNonzeroFloat32, -math.MaxFloat64)
	// Areas, distances and angles.
	r := 2.5
	area := math.Pi * r * r
	fmt.Printf("area=%.3f circumference=%.3f\n", area, 2*math.Pi*r)
	fmt.Println(math.Hypot(3, 4), math.Hypot(5, 12), math.Hypot(1e200, 1e200))
	deg := 180 / math.Pi
	fmt.Printf("%.2f %.2f\n", math.Atan2(1, 1)*deg, math.Atan2(-1, -1)*deg)
	// Rounding to a number of decimals.
	v := 2.34567
	fmt.Println(math.Round(v*100)/100, math.Floor(v*10)/10, math.Ceil(v))
	// Integer square root by float.
	for _, n := range []int{15, 16, 17, 1 << 40} {
		fmt.Print(int(math.Sqrt(float64(n))), " ")
	}
	fmt.Println()
	fmt.Println(math.Abs(math.Inf(-1)), math.Sqrt(math.Inf(1)), math.Floor(math.NaN()))
}

package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Log2E, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8, math.MaxFloat32)
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-3), math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(math.Inf(-1), 0), math.Max(-0.0, 0))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(10, -2), math.Exp(1), math.Log(math.E), math.Log2(8), math.Log10(1000))
	fmt.Println(math.Sin(math.Pi/2), math.Cos(0), math.Atan2(1, 1), math.Hypot(3, 4), math.Mod(7, 3), math.Mod(-7, 3))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 0), math.IsInf(1, 1), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0), math.Float32frombits(0x40400000))
	i, f := math.Modf(3.75)
	fr, ex := math.Frexp(8)
	fmt.Println(i, f, fr, ex, math.Ldexp(0.5, 4), math.Ldexp(1, -1074), math.Ldexp(1, 1024))
	fmt.Println(math.Cbrt(27), math.Dim(5, 3), math.Dim(3, 5), math.Sinh(1), math.Tanh(0.5), math.Expm1(1e-10), math.Log1p(1e-10))
	var x float64 = math.MaxInt32
	fmt.Printf("%.4f %.10f %v\n", math.Pi, math.Sqrt(3), x)
	fmt.Println(math.Sqrt(1e-300), math.Exp(-745), math.Exp(710), math.Pow(-8, 1.0/3))
}

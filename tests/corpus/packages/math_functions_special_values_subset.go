package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Cbrt(27), math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(0, -1))
	fmt.Println(math.Abs(-3.5), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7), math.Round(-2.5), math.Round(2.5), math.RoundToEven(2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -math.Inf(1))
	fmt.Println(math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(-1), 1), math.IsInf(math.Inf(-1), 0), math.IsNaN(math.NaN()))
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32, math.MaxInt8)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2)
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Asin(1), math.Acos(0), math.Atan(1), math.Atan2(1, -1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sinh(1), math.Cosh(1), math.Tanh(1))
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Log1p(0), math.Log(0), math.Log(-1))
	fmt.Println(math.Exp(0), math.Exp2(10), math.Expm1(0), math.Exp(1000))
	fmt.Println(math.Hypot(3, 4), math.Signbit(-0.0), math.Signbit(0), math.Copysign(3, -1))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(-3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0))
	fmt.Println(math.IsInf(1/math.Inf(1), 0), 1/math.Inf(-1))
	fmt.Println(math.Trunc(math.Inf(1)), math.Floor(math.NaN()))
	fmt.Println(int64(math.Floor(1e10)), int(math.Round(0.49999999999999994)))
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Printf("%v %.2f %e %g\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1))
	fmt.Printf("[%6.2f] [%-6v] [%+v]\n", math.NaN(), math.Inf(1), math.Inf(1))
	fmt.Println(math.Sqrt(1e-300), math.Pow(10, 308)*10, math.Abs(math.Inf(-1)))
}

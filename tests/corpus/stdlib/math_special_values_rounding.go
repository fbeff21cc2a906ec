// Pins math special values (Inf/NaN/-0) and their formatting, Floor/Ceil/Trunc/Round/RoundToEven/Mod/Pow/Sqrt/Hypot/Cbrt/Abs/Copysign/Signbit/Max/Min edge cases, and integer limits.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, ninf, nan, nz := math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)
	fmt.Println(inf, ninf, nan, nz, -nz, 1/inf, 1/nz)
	fmt.Println(nan == nan, nan != nan, inf > math.MaxFloat64, math.IsNaN(nan), math.IsInf(ninf, -1), math.IsInf(inf, 0), math.IsInf(inf, -1), math.Signbit(nz), math.Signbit(0))
	fmt.Printf("%v %f %.2e %g %5.1f %x %d\n", inf, ninf, nan, nz, inf, nan, int64(math.Float64bits(nz)>>63))
	for _, x := range []float64{2.5, -2.5, 3.5, -0.5, 0.49999999999999994, 1e300, -1.1, nan, inf} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
	}
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Mod(1, 0), math.Mod(inf, 1), math.Mod(1, inf))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -1), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(-2, 3), math.Pow(1, nan), math.Pow(nan, 0), math.Pow(-1, inf), math.Pow(2, 0.5))
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Sqrt(inf), math.Sqrt(nz), math.Cbrt(27), math.Cbrt(-8))
	fmt.Println(math.Hypot(3, 4), math.Hypot(inf, nan), math.Hypot(1e200, 1e200))
	fmt.Println(math.Abs(-3.2), math.Abs(nz), math.Copysign(3, -1), math.Max(1, nan), math.Max(nz, 0), math.Min(nz, 0), math.Max(inf, 1), math.Min(ninf, nan), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Exp(1), math.Log(math.E), math.Log(0), math.Log(-1), math.Log2(1024), math.Log10(0.001), math.Log1p(0), math.Expm1(0), math.Exp2(10))
	fmt.Println(math.Sin(0), math.Cos(0), math.Tan(0), math.Atan2(1, 1), math.Atan2(0, -1), math.Asin(2), math.Sinh(0), math.Atan(inf))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(-3.75)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4), ip, fp, math.Float64bits(1.0), math.Float32bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32frombits(0x3f800000))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64, math.MaxInt, math.MinInt)
	fmt.Println(math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64), uint(math.MaxUint))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi, math.Ln2)
	fmt.Printf("%.20f %.3v %08.3f\n", math.Pi, math.Pi, -math.Pi)
	fmt.Println(math.Trunc(-0.5), math.Ceil(-0.5), math.IsNaN(math.Inf(1)-math.Inf(1)), inf*0)
	var f32 float32 = float32(math.Inf(1))
	big, tiny := 1e39, 1e-46
	fmt.Println(f32, float32(nan), -f32, float32(big), float32(tiny), float32(-tiny))
}

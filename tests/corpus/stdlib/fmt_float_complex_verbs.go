// Pins float32/float64/complex formatting with %v %e %E %f %F %g %G %b %x %X including special values, large/small exponents and precision.
package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{0, -0.0 * -1, math.Copysign(0, -1), 1, -1.5, 3.141592653589793, 1e20, 1e21, 1e-4, 1e-5, 123456789.0, 0.1 + 0.2,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 2.5e-300, 100}
	for _, f := range fs {
		fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.3e|%.3g|%8.2f|%+g|%x\n", f, f, f, f, f, f, f, f, f, f, f, f)
	}
	f32s := []float32{0.1, 1.0 / 3, 16777216, 1e10, float32(math.MaxFloat32), float32(math.SmallestNonzeroFloat32), -2.5}
	for _, f := range f32s {
		fmt.Printf("%v|%g|%e|%.10f|%b\n", f, f, f, f, f)
	}
	fmt.Println(float32(0.1), 0.1, float32(1)/3, 1.0/3, 1e6, 1e-7, 12345678.0, 123456789012345678.0)
	cs := []complex128{complex(1, 2), complex(-1.5, -0.5), complex(0, 0), complex(math.Inf(1), math.NaN()), complex(1e21, 1e-7)}
	for _, c := range cs {
		fmt.Printf("%v|%.2f|%e|%g|%+.1f|%10.2f|\n", c, c, c, c, c, c)
	}
	var c64 complex64 = complex(float32(0.1), float32(-0.2))
	fmt.Println(c64, real(c64), imag(c64))
	fmt.Printf("%T %T %v\n", c64, complex(1, 1), fmt.Sprint(complex(2, 0)))
	fmt.Printf("%5.1f|%-8.3e|%08.2f|%+08.2f|% .2f\n", math.Inf(1), math.NaN(), -3.5, 3.5, 3.5)
	fmt.Printf("%08.2f|%-08v|%8v\n", math.Inf(-1), math.NaN(), math.NaN())
}

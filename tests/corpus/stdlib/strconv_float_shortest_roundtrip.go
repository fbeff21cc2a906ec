// Pins shortest round-trip float formatting (FormatFloat prec -1 for 'g'/'e'/'f' at 32 and 64 bits), ParseFloat of those strings back, and Println of float32/float64 values near exponent thresholds.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e-6, 1e-5, 123456, 1234567, 12345678, 1e20, 1e21, 1e22, 5e-324, 1.7976931348623157e308, 9007199254740993, 0.000001234, 100, 1e100, 4.35, 2.675}
	for _, v := range vals {
		s := strconv.FormatFloat(v, 'g', -1, 64)
		back, err := strconv.ParseFloat(s, 64)
		f32 := float32(v)
		s32 := strconv.FormatFloat(float64(f32), 'g', -1, 32)
		fmt.Println(s, back == v, err, strconv.FormatFloat(v, 'e', -1, 64), s32, f32, v, strconv.FormatFloat(v, 'f', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(-0.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64), strconv.FormatFloat(1.125, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(123.456, 'e', 0, 64), strconv.FormatFloat(123.456, 'g', 2, 64), strconv.FormatFloat(0.0001, 'g', 1, 64), strconv.FormatFloat(1e6, 'g', 7, 64), strconv.FormatFloat(1e6, 'G', 6, 64))
	fmt.Println(strconv.FormatFloat(math.Copysign(0, -1), 'g', -1, 64), strconv.FormatFloat(math.Inf(-1), 'f', 3, 64), strconv.FormatFloat(math.NaN(), 'e', 2, 64))
	var x float32 = 16777217
	var y float32 = 0.1
	fmt.Println(x, y*3, float64(y), y+0.2, float32(1)/10*10)
	f, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f, err, float32(f))
	f, err = strconv.ParseFloat("1e-50", 32)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("0x1.8p1", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("infinity", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("-nan", 64)
	fmt.Println(f, err)
}

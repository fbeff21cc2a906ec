package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []float64{0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100, 1e100, 1.7976931348623157e308, 5e-324, 123456789.123456789, -0.000001234}
	for _, v := range vals {
		s := strconv.FormatFloat(v, 'g', -1, 64)
		back, _ := strconv.ParseFloat(s, 64)
		fmt.Println(s, back == v, fmt.Sprint(v), fmt.Sprintf("%v|%.3e|%.10f", v, v, v))
	}
	f32 := []float32{0.1, 1.0 / 3, 16777216, 3.4028235e38}
	for _, v := range f32 {
		s := strconv.FormatFloat(float64(v), 'g', -1, 32)
		fmt.Println(s, fmt.Sprint(v), float64(v))
	}
	for _, prec := range []int{0, 1, 2, 5} {
		fmt.Println(strconv.FormatFloat(2.675, 'f', prec, 64), strconv.FormatFloat(-1.005, 'f', prec, 64))
	}
	fmt.Println(strconv.FormatFloat(1234.5678, 'b', -1, 64))
	fmt.Println(strconv.FormatFloat(1e6, 'g', -1, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(1e20, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(123456, 'g', 3, 64), strconv.FormatFloat(0.0001234, 'g', 2, 64))
	fmt.Println(strconv.FormatFloat(0.5, 'x', -1, 64), strconv.FormatFloat(1, 'x', 3, 64))
	fmt.Println(float32(0.1) == 0.1, float64(float32(0.1)))
	var sum float64
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0, strconv.FormatFloat(sum, 'f', 2, 64))
	fmt.Println(fmt.Sprintf("%g %G %e", 1e-5, 1e-5, 0.0), fmt.Sprintf("%.0e", 15.0))
	fmt.Println(fmt.Sprintf("%6.3g|%-8.2e|%08.2f", 3.14159, 314.159, -3.14159))
	for _, s := range []string{"1e-400", "0x1.8p1", "+.5e1", "1_0.5", "Infinity", "-nan"} {
		v, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, v, err)
	}
}

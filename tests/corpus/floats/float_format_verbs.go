package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.5, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456.789, -0.000123, 3.141592653589793}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%E|%f|%.2f|%.0f|%.3g|%G|%8.2f|%-9.1e|%+g|% g\n", v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%x %X %.3x %b\n", 1.0, -3.5, 10.0, 2.0)
	fmt.Printf("%#g %#.3g %#v %#f %#.0f %#e\n", 1.0, 2.0, 2.0, 3.0, 4.0, 5.0)
	fmt.Printf("%07.2f|%-07.2f|%+07.2f|%07.2f\n", 3.14159, 3.14159, 3.14159, -3.14159)
	fmt.Printf("%10v|%-10v|%010v\n", 1.5, 1.5, -1.5)
	var zero float64
	inf, nan := 1/zero, zero/zero
	fmt.Printf("%v %f %08.2f %+v %v % v %010v %-6v|\n", inf, -inf, inf, inf, nan, nan, nan, nan)
	fmt.Printf("%6.2v|%.3v|%10.4g|%-10.3e|\n", 3.14159, 1234.5678, 0.000012345, 99999.0)
	fmt.Printf("%*.*f|%-*.*f|\n", 8, 3, 3.14159, 8, 1, 2.25)
	fmt.Printf("%d %s %t\n", 1.5, 2.5, 3.5)
	fmt.Printf("%v %.2f\n", float32(0.1), float32(2.675))
	fmt.Println(fmt.Sprint(1.0, 2.5, "x", 3.0), fmt.Sprintln(0.25, 1e100))
}

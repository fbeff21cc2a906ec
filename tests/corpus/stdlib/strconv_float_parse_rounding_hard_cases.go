// Pins correctly-rounded ParseFloat on halfway/denormal/overflow boundary inputs at 32 and 64 bits, and FormatFloat/%f/%e/%g with very large precisions.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0.1000000000000000055511151231257827", "2.2250738585072011e-308", "2.2250738585072012e-308", "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623158e308", "1.7976931348623159e308", "9007199254740993", "9007199254740992.5", "123456789012345678901234567890", "0.000000000000000000000000000001", "1e-320", "0x1.fffffffffffffp1023", "0x1p-1074", "0x1p-1075", "3.4028235e38", "3.4028236e38", "1.401298464324817e-45", "7.0e-46", "100000000000000016777215", "1.00000005960464477539062499", "1.000000059604644775390625"} {
		f64, e64 := strconv.ParseFloat(s, 64)
		f32, e32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f64, e64, float32(f32), e32)
	}
	for _, p := range []int{0, 1, 5, 17, 20, 30} {
		fmt.Println(strconv.FormatFloat(0.1, 'g', p, 64), strconv.FormatFloat(2.0/3, 'e', p, 64), strconv.FormatFloat(1e23, 'f', p, 64), strconv.FormatFloat(5e-324, 'g', p, 64))
	}
	fmt.Printf("%.30f\n%.25e\n%.40g\n", 0.1, 1.0/3, 2.0/3)
	fmt.Println(1e23, 8.41e21, 5e-324, 1.5e-323)
}

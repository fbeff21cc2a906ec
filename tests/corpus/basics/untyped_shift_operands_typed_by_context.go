package main

import "fmt"

func main() {
	var s uint = 7
	// The constants take the type the context gives the whole expression.
	var a int8 = (1 << s) >> 2
	var b uint8 = (1<<s + 255) / 2
	var c int64 = 1.0 << (s + 33)
	var d int16 = -(1 << s) * 300
	var f float64 = float64(int32(1)<<(s+24)) / 3
	fmt.Println(a, b, c, d, f)
	var t uint = 3
	xs := make([]int, 1.<<t)
	fmt.Println(len(xs), xs[1.<<(t-1)], 1<<(1.<<t), 1<<t == 2<<(t-1), uint16(1<<(t+13)))
	var m map[int8]string = map[int8]string{-128: "min"}
	fmt.Println(m[1<<s])
}

package main

import "fmt"

func h(x float64) int { return 0 }

func main() {
	var s uint = 3
	var f float32 = 1 << s
	x := 1.0 << s
	fmt.Println(2.0<<s, h(2<<s))
	_ = 1<<s+1 == 1.5
	var c complex128 = (1 << s) << (1. << s)
	_ = float32(1. << s)
	_ = (1. << s) << s
	var i8 int8 = 1000 << s
	_, _, _, _ = f, x, c, i8
}

package main

import "fmt"

// ++ and -- on complex numbers change the real part only; float32 and
// complex64 round to float32 after the step. Also through a type
// parameter.

type Number interface {
	~int8 | ~float32 | ~complex64 | ~complex128
}

func bump[T Number](x T) T {
	x++
	x++
	x--
	return x
}

type volts complex64

func main() {
	var c complex64 = 5 + 0.1i
	c++
	var d complex128 = 1 + 2i
	d--
	d--
	var f float32 = 16777216
	f++
	arr := []complex128{1i, 2i}
	arr[1]++
	fmt.Println(c, d, f, arr)
	fmt.Println(bump(int8(127)), bump(float32(0.1)), bump(complex64(2.5+1i)), bump(volts(1i)), bump(1+1i))
}

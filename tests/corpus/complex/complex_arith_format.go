package main

import "fmt"

type Z complex128

func main() {
	a := 1 + 2i
	b := complex(3, -4)
	fmt.Println(a, b, a+b, a-b, a*b, a/b, -a, real(b), imag(b))
	println(a, real(a))
	var c64 complex64 = complex64(a) / 3
	fmt.Println(c64, complex128(c64), real(c64))
	fmt.Printf("%v %.2f %g %e %+.1f %8.2f|\n", a, b, a/b, a, b, a)
	fmt.Printf("%T %T %T %v\n", a, c64, Z(a), Z(2i))
	var zero complex128
	fmt.Println(a/zero, zero/zero, a == 1+2i, a != b)
	const k = (1 + 2i) * (3 - 1i)
	fmt.Println(k, real(k), imag(k), 2i*2i)
	m := map[complex128]string{1i: "i", 1: "one", -1i: "-i"}
	fmt.Println(m, m[1i])
	var f float32 = 1.5
	fmt.Println(complex(f, 2), complex(1.5, 2.5))
	x := 0.5
	fmt.Println(complex(x, x*2), 1/(3+4i), (1+1i)*(1-1i))
	fmt.Printf("%d\n", a)
	var ia interface{} = a
	fmt.Println(ia == interface{}(1+2i), ia)
}

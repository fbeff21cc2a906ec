package main

import "fmt"

func main() {
	nums := []int{0, 7, -7, 255, -255, 1000000, -9223372036854775808, 9223372036854775807}
	for _, n := range nums {
		fmt.Printf("v=%v d=%d b=%b o=%o O=%O x=%x X=%X\n", n, n, n, n, n, n, n)
	}
	fmt.Printf("%#b %#o %#x %#X %#O\n", 10, 10, 10, 10, 10)
	fmt.Printf("%#b %#o %#x %#X\n", -10, -10, -10, -10)
	fmt.Printf("%#o %#x %#b\n", 0, 0, 0)
	fmt.Printf("%+d %+d %+d | % d % d % d\n", 5, -5, 0, 5, -5, 0)
	fmt.Printf("%+x % x %+o % b\n", 255, 255, 8, 3)
	fmt.Printf("%#v %#v %#v\n", 42, -42, 0)
	var u uint = 42
	var u64 uint64 = 18446744073709551615
	fmt.Printf("%v %d %#v %x %b\n", u, u, u, u64, u64)
	fmt.Printf("%#v %#v\n", u64, uint8(0))
	fmt.Printf("%T %T %T\n", 1, u, u64)
}

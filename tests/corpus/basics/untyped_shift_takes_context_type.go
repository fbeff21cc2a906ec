package main

import "fmt"

func main() {
	n := 3
	var small int8 = 100
	var u uint8 = 200
	fmt.Println(1<<n, -(1<<n) <= int32(5), small+1<<n, u+1<<n)
	var x int16 = 1 << n
	x <<= 14
	fmt.Println(x, 1<<n == 8)
	s := "a"
	s += "b"
	k := 0
	k++
	fmt.Println(s)
}

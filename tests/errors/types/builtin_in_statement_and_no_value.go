// A builtin that only computes a value is not a statement, and a call
// with no value assigned to one variable is "used as value".
package main

func f0() {}

func main() {
	m := map[int]int{}
	_ = f0()
	_ = delete(m, 1)
	_ = panic(1)
	x := println(1)
	make(chan int)
	new(int)
}

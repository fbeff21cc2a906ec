// len of an array is constant unless its operand calls a function or
// receives (Go's hasCallOrRecv): conversions, type assertions and function
// literals are no calls, composite literal elements are looked into.
package main

import "fmt"

var z complex128 = 3i
var c = make(chan int, 4)
var s = []int{1, 2, 3}
var a = [3]int{}
var calls int

func f() [2]int { calls++; return [2]int{} }

const (
	n3 = len([1]int{len(a)})
	n4 = len([1]func(){func() { f() }})
	n5 = len([2]int(s[:2]))
	n6 = len([1]any{any(1).(int)})
)

func main() {
	c <- 5
	x := len([3]int{<-c})
	y := len(map[int][2]int{f()[0]: {}}[0])
	w := len([4]float64{real(z)})
	short := []int{1}
	v := len([2]int(short[:1:1])) // constant: the conversion is not evaluated
	fmt.Println(n3, n4, n5, n6, x, y, w, v, calls, len(c))
}

// The address of an element of a local array (or of an array field of a
// local struct, or of a generic array) outlives the function that takes
// it: the array lives in the heap, not in the frame.
package main

import "fmt"

type grid struct {
	cells [4]int
	name  string
}

func elem() *byte {
	arr := [8]byte{'a', 'b', 'c'}
	return &arr[1]
}

func field() *int {
	var g grid
	g.cells[2] = 33
	return &g.cells[2]
}

func nested() *string {
	var m [2][2]string
	m[1][0] = "deep"
	return &m[1][0]
}

func generic[A ~[3]int](a A) *int {
	a[0] = 44
	return &a[0]
}

func paren() *int {
	var a [2]int
	a[1] = 55
	return &(a)[1]
}

// churn overwrites the goroutine's stack with other frames.
func churn(n int) int {
	var x [64]int
	for i := range x {
		x[i] = n
	}
	return x[n%64]
}

func main() {
	b, f, s, g, p := elem(), field(), nested(), generic([3]int{}), paren()
	churn(7)
	fmt.Println(*b, *f, *s, *g, *p)
	*f++
	fmt.Println(*f)
}

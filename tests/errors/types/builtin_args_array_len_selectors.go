package main

type A struct{ x int }

func (A) F() {}

type B struct{ y int }

func (B) F() {}

type C struct {
	A
	B
}

const n = 2

func main() {
	var si []int
	var sf []float64
	copy(si, "hi")
	copy(si, sf)
	copy(1, si)
	_ = copy()
	_ = len(si, si)
	var a [1.5]int
	var b ["abc"]int
	var c [nil]int
	var d [m]int
	_, _, _, _ = a, b, c, d
	_ = C.F
}

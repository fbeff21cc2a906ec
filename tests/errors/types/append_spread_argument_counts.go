// append with ... takes exactly a slice and one spread argument: Go reports
// the others as a call of append(s S, x ...E) S with the wrong count.
package main

func main() {
	s := make([]int, 8)
	_ = append(s...)
	_ = append(s, 2, s...)
	_ = append(s, s, s...)
}

package main

// A third iteration variable is a type error (the checker goes on): it is
// reported only where the range expression permits two, and is never
// declared.

func seq2(yield func(int, string) bool) {}
func seq1(yield func(int) bool)         {}

func main() {
	var s []int
	var i, j, k, l int
	for a, b, c := range s {
		_, _, _ = a, b, c
	}
	for i, j, k, l = range s {
	}
	for i, j, k = range map[int]int{} {
	}
	for i, j, k := range "abc" {
		_, _ = i, j
	}
	for i, j, k := range seq2 {
		_, _ = i, j
	}
	for i, j, k := range seq1 {
		_, _ = i, j
	}
	for i, j, k = range make(chan int) {
	}
	for i, j, k = range 1.5 {
	}
	_, _, _, _ = i, j, k, l
}

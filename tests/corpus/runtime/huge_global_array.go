// A package variable large enough that the variables after it lie past what
// a machine displacement reaches: both engines still read and write them.
package main

var pad [140 << 20]byte

var after = [3]int{1, 2, 3}

func main() {
	pad[len(pad)-1] = 7
	after[2] = 30
	p := &after
	p[1] = 20
	println(pad[len(pad)-1], after[0], after[1], after[2], len(pad))
}

package main

type S struct {
	f func()
	n int
}

func main() {
	var m, m1 map[int]int
	switch m {
	case nil:
	case m1:
	}
	var f func()
	switch f {
	case nil, f:
	}
	var ar [4]func()
	switch ar {
	case ar:
	}
	var st S
	switch st {
	}
	var x any
	switch x {
	case st:
	case []int{}:
	}
	_ = st == st
	var ar2 [2][]int
	_ = ar2 == ar2
}

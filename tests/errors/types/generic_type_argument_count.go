package main

type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	var p Pair[int]
	var q Pair[int, string, bool]
	_, _ = p, q
}

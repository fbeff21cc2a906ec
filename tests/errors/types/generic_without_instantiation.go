package main

type Box[T any] struct{ v T }

func Id[T any](x T) T { return x }

func main() {
	f := Id
	var b Box
	_, _ = f, b
}

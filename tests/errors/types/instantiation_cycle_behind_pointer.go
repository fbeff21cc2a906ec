package main

// Behind a pointer, a generic type making ever larger instances of
// itself is an instantiation cycle, which Go reports only when nothing
// else is in error.

type Ptr[P any] struct{ next *Ptr[Ptr[P]] }

func main() {
	var p Ptr[int]
	_ = p
}

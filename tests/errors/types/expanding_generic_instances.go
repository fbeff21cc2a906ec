package main

// A generic type whose declaration makes ever larger instances of itself
// never ends: by value it is an invalid recursive type, behind a pointer
// an instantiation cycle.

type V[P any] struct{ v V[V[P]] }

type W[P any] interface{ W[W[P]] }

type Ptr[P any] struct{ next *Ptr[Ptr[P]] }

// Finite: the instances repeat.
type N[T any] struct{ x *N[N[int]] }

var n N[string]

func main() {}

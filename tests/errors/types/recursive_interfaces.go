package main

// Interfaces that contain themselves through embedded interfaces (also
// through an alias or a generic type's instance) are invalid recursive
// types; a cycle through a method's signature is not.

type A interface{ B }
type B interface{ C }
type C interface{ A }

type D interface {
	m() D2
	D2
}
type D2 interface{ D }

type E interface{ E }

type G[P any] interface{ G[P] }

type H[P any] interface{ J }
type J interface{ H[int] }

type K = interface{ K2 }
type K2 interface{ K }

// Valid: the cycles go through signatures, pointers and slices.
type V interface{ M() V }
type W[T any] struct{ next *W[T] }
type X interface {
	F() []interface{ Y }
}
type Y interface{ G() X }

var (
	v V
	w W[int]
	x X
)

func main() {}

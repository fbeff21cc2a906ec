package main

// A union term, a struct field holding an interface that embeds the
// struct, a type parameter list referring back to its type, and aliases
// standing for each other make invalid recursive types.

type M interface{ int | M }

type N struct{ n [2]N2 }
type N2 interface{ N }

type P[T interface{ P[T] }] int

type Q interface{ m() R[int] }
type R[T Q] int

type S = S2
type S2 = struct{ s S }

func main() {
	type L interface{ L }
	var l L
	_ = l
}

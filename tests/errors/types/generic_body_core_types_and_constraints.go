// Type parameters in a generic body: a type parameter passed on must
// satisfy the callee's constraint, make and range need a core type, a
// pointer to a type parameter has no methods, and generic types' methods
// are checked with their receivers' type parameters.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func G[T Number](x T) T { return x }

func F[T any](x T) T { return G(x) }

func H[T comparable](x T) {}

func K[T any](x T) { H(x) }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K, V]) Key() K { return p.v }

func Show[T fmt.Stringer](x T) {
	var i int = x
	fmt.Println(i)
}

func MakeIt[T any]() {
	_ = make(T)
	var m map[T]int
	_ = m
}

func Ptr[T any](p *T) { p.M() }

func Range[T any](x T) {
	for range x {
	}
}

func main() {}

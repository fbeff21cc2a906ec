package main

// A method's receiver may rename its type's parameters: its signature and
// body are checked with the receiver's names, and messages use them.

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[U]) M() {
	var x U = 1
	var y T
	_, _ = x, y
}

func (l *List[V]) N() V {
	var s string = l.val
	return s
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[A, B]) Swap() Pair[B, A] {
	return Pair[B, A]{p.v, p.k}
}

type Num interface{ ~int | ~float64 }

type Vec[N Num] []N

func (v Vec[E]) Sum() string {
	var s E
	for _, x := range v {
		s += x
	}
	return s
}

func main() {}

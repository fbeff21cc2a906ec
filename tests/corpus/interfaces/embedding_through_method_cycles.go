package main

import "fmt"

// Interfaces that embed one another through method signatures are valid
// recursive types: each gets every method, whichever of them is declared
// first refers to the others.

type I interface{ M() J }
type J interface{ I }

type K interface {
	M() Q
	G() Z
}
type Q interface{ L }
type L interface {
	K
	N() int
}
type Z interface{ F() interface{ L } }

type S struct{ f interface{ L } }

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[U]) Push(v U) *List[U] { return &List[U]{next: l, val: v} }

func (l *List[E]) Sum(f func(E) int) (n int) {
	for ; l != nil; l = l.next {
		n += f(l.val)
	}
	return n
}

type impl struct{ n int }

func (x impl) M() Q             { return impl{x.n + 1} }
func (impl) G() Z               { return zimpl{} }
func (x impl) N() int           { return x.n }
func (zimpl) F() interface{ L } { return impl{40} }

type zimpl struct{}

type one struct{}

func (one) M() J { return one{} }

func main() {
	var j J = one{}
	fmt.Println(j.M().M() != nil)
	var k K = impl{1}
	q := k.M()
	fmt.Println(q.N(), q.M().N())
	fmt.Println(k.G().F().N())
	s := S{impl{5}}
	fmt.Println(s.f.M().N())
	var l L = q
	fmt.Printf("%T %v\n", l, l)
	var list *List[string]
	list = list.Push("a").Push("bc")
	fmt.Println(list.Sum(func(s string) int { return len(s) }))
}

// Type inference as Go 1.23 does it: through a constraint's core type
// (also of a generic constraint such as Setter[T]) and its methods, with
// partial instantiation, and from a function literal argument whose type
// is the underlying type of a generic parameter type.
package main

import (
	"fmt"
	"strconv"
)

type Setter[B any] interface {
	Set(string)
	*B
}

type Celsius struct{ deg int }

func (c *Celsius) Set(s string) { c.deg, _ = strconv.Atoi(s) }

func ParseAll[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

type Number interface {
	~int | ~int64 | ~float64
}

type Valued[T Number] interface {
	~struct{ V T }
	Get() T
}

type Box[T Number] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func Sum[T Number, B Valued[T]](bs ...B) T {
	var s T
	for _, b := range bs {
		s += b.Get()
	}
	return s
}

type Getter[T any] interface{ Get() T }

type Meters float64

func (m Meters) Get() float64 { return float64(m) }

func Twice[T Number, G Getter[T]](g G) T { return g.Get() * 2 }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Keys[K comparable, V any, P interface {
	~struct {
		Key K
		Val V
	}
}](ps []P) []K {
	var ks []K
	for _, p := range ps {
		ks = append(ks, Pair[K, V](p).Key)
	}
	return ks
}

type Func2[A, B, R any] func(A, B) R

func Apply[A, B, R any](f Func2[A, B, R], a A, b B) R { return f(a, b) }

type Mapper[T, U any] func(T) U

func Map[T, U any](xs []T, f Mapper[T, U]) []U {
	var us []U
	for _, x := range xs {
		us = append(us, f(x))
	}
	return us
}

func main() {
	fmt.Println(ParseAll[Celsius]([]string{"12", "-4"}))
	fmt.Println(Sum(Box[int]{1}, Box[int]{2}), Sum(Box[float64]{1.5}))
	fmt.Println(Twice(Meters(2.25)))
	fmt.Println(Keys([]Pair[string, int]{{"a", 1}, {"b", 2}}))
	fmt.Println(Apply(func(a int, b string) string { return strconv.Itoa(a) + b }, 4, "x"))
	fmt.Printf("%q\n", Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 10) }))
}

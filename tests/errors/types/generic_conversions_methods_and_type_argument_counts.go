// Generic code: a conversion holds for each type of a type set (else Go
// names the first that fails), methods come from the constraint, and
// too many type arguments are reported at the first extra one.
package main

import "fmt"

type Number interface{ ~int | ~float64 }

type List[T any] struct{ items []T }

func (l *List[T]) Push(x T) { l.items = append(l.items, x) }

func (l *List[U]) Len() int { return len(l.items) + undefinedName }

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Print[T fmt.Stringer](xs []T) {
	for _, x := range xs {
		fmt.Println(x.String(), x.Missing())
	}
}

func Convert[T Number, U Number](x T) U {
	return U(x)
}

func Bad[T Number](x T) string {
	return string(x)
}

func Shift[T Number](x T) T {
	return x << 1
}

func Neg[T ~uint | ~int](x T) T { return -x }

func Mod[T Number](a, b T) T { return a % b }

func main() {
	var l List
	_ = l
	_ = Max(1, 2.5)
	_ = Max[int, int](1, 2)
	_ = Max("a", "b")
}

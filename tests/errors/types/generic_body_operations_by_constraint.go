// In a generic body an operation is allowed when every type of the type
// parameter's type set allows it, whatever the instances.
package main

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Concat[T any](a, b T) T { return a + b }

func Less[T any](a, b T) bool { return a < b }

func Eq[T any](a, b T) bool { return a == b }

func Len[T any](x T) int { return len(x) }

func Half[T Number]() T { return 1.5 }

func Field[T any](x T) int { return x.f }

func Assert[T any](x T) int { return x.(int) }

func Nil[T any]() T { return nil }

func Switch[T any](x T) {
	switch x.(type) {
	case int:
	}
}

func main() {
	_ = Sum([]int{1, 2})
}

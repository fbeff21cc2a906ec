// What depends on a type parameter is judged in the generic body, as Go
// does: a conversion to a type parameter is not a constant (so cases and
// map keys may repeat), and a type assertion or type switch case naming a
// type parameter is never impossible, whatever the type argument.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }
func (s Square) Name() string  { return "square" }

func Kinds[T, U ~int | ~float64](x any) string {
	switch x {
	case int(1), T(1), U(1):
		return "one"
	case T(2), U(2):
		return "two"
	}
	m := map[any]string{int(0): "int", T(0): "T", U(0): "U"}
	return fmt.Sprint(len(m), m[int(0)])
}

func Half[T ~int | ~float64]() T {
	return T(7) / T(2)
}

func Rune[S ~string]() S {
	return S(65)
}

func As[T any](s Shape) (T, bool) {
	t, ok := s.(T)
	return t, ok
}

func Classify[T any](s Shape) string {
	switch s.(type) {
	case T:
		return "T"
	case Square:
		return "square"
	}
	return "other"
}

type Label string

func main() {
	fmt.Println(Kinds[int, int](1), Kinds[int, float64](2.0), Kinds[float64, int](3))
	fmt.Println(Half[int](), Half[float64]())
	fmt.Println(Rune[string](), Rune[Label]())
	var s Shape = Square{3}
	n, ok := As[int](s)
	fmt.Println(n, ok)
	sq, ok := As[Square](s)
	fmt.Println(sq.Area(), ok)
	fmt.Println(Classify[string](s), Classify[Square](s))
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	_ = s.(interface{ Name() string }).Name()
	var x Shape
	_ = any(x).(Square)
}

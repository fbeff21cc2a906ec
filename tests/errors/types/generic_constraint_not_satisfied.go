package main

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stringer interface{ String() string }

func Show[T Stringer](x T) string { return x.String() }

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	_ = Sum([]string{"a"})
	_ = Show(3)
	_ = Eq([]int{}, nil)
}

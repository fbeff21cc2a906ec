// Package cmp, as gojit provides it: written in Go and compiled with the
// program that imports it.
package cmp

// Ordered is satisfied by the types whose values `<` orders.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports x < y, a NaN ordering before every other value.
func Less[T Ordered](x, y T) bool {
	return Compare(x, y) < 0
}

// Compare gives -1, 0 or +1 as x is less than, equal to or greater than y;
// NaNs are equal to each other and less than everything else.
func Compare[T Ordered](x, y T) int {
	switch xnan, ynan := x != x, y != y; {
	case xnan && ynan:
		return 0
	case xnan:
		return -1
	case ynan:
		return 1
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// Or gives the first of vals that is not the zero value.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}

package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Ordered interface {
	~int | ~int64 | ~uint | ~float64 | ~string
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxOf[T Ordered](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

// Core type inference: M is inferred from the argument, K and V from M.
func Keys[M ~map[K]V, K Ordered, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

// S keeps the argument's named slice type.
func Reversed[S ~[]E, E any](s S) S {
	out := make(S, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}

type Celsius float64
type Names []string

type Shower interface {
	Show() string
}

type ID int

func (i ID) Show() string { return "#" + strconv.Itoa(int(i)) }

// A constraint with a method and a type set.
type ShowInt interface {
	~int
	Show() string
}

func ShowAll[T ShowInt](xs []T) (out []string, total int) {
	for _, x := range xs {
		out = append(out, x.Show())
		total += int(x)
	}
	return
}

func Join[T fmt.Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

type Temp struct{ C Celsius }

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t.C)) }

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

// Conversions between type parameters and the types in their type sets.
func Convert[To, From Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + x
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2), Sum[int8](100, 27), Sum(Celsius(1.5), 2))
	fmt.Printf("%T\n", Sum(Celsius(1)))
	fmt.Println(MaxOf([]string{"pear", "apple", "zoo"}), MaxOf([]float64{-1, -0.5}))
	fmt.Println(Keys(map[string]bool{"b": true, "a": false, "c": true}))
	fmt.Println(Keys(map[int][]int{3: nil, 1: nil}))
	r := Reversed(Names{"x", "y", "z"})
	fmt.Printf("%T %v\n", r, r)
	fmt.Println(ShowAll([]ID{1, 22}))
	fmt.Println(Join([]Temp{{21.5}, {-3}}, ", "))
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]Temp{{1}, {2}}, Temp{3}), Index([]any{1, "x"}, any("x")))
	fmt.Println(Convert[int]([]float64{1.9, -2.5}), Convert[float32]([]int8{-128, 127}))
	fmt.Println(Describe(42), Describe("go"), Describe(ID(3)), Describe([]int{}))
}

// Go 1.21's reverse type inference: a generic function used as a value
// where a function type is expected (assignment, variable declaration,
// argument, return, partial instantiation) is instantiated to that type.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func Identity[T any](x T) T { return x }

func Convert[From, To any](x From) To {
	var t To
	if v, ok := any(x).(To); ok {
		t = v
	}
	return t
}

func Join[S ~[]E, E any](s S, f func(E) string) string {
	parts := make([]string, len(s))
	for i, e := range s {
		parts[i] = f(e)
	}
	return strings.Join(parts, ",")
}

func Show[T any](x T) string { return fmt.Sprintf("<%v>", x) }

type IntOp func(int) int

func apply(f func(int) int, x int) int { return f(x) }

func applyAll(x int, fs ...IntOp) int {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Double[T ~int | ~float64](x T) T { return 2 * x }

func pick() func(string) string { return Identity }

func main() {
	var f func(int) int
	f = Identity
	fmt.Println(f(3))
	var g func(string) string = Identity
	fmt.Println(g("go"))
	var h func(int) any = Convert[int]
	fmt.Println(h(7))
	fmt.Println(apply(Double, 21), applyAll(1, Double, Identity, Double))
	fmt.Println(pick()("back"))
	fmt.Println(Join([]float64{1.5, 2}, Show))
	var op IntOp = Double
	fmt.Println(op(5))
	// Generic functions of packages: cmp.Compare takes the type
	// slices.SortFunc's other argument fixes.
	words := []string{"b", "c", "a"}
	slices.SortFunc(words, cmp.Compare)
	var less func(x, y float64) bool = cmp.Less[float64]
	var compare func(a, b int) int = cmp.Compare
	fmt.Println(words, less(1, 2), compare(2, 1))
}

// Pins %T and %#v type-name rendering for generic instantiations, anonymous structs, func/chan/map/array/pointer types, named basic types, interfaces holding values, and nil.
package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] []T

type MyInt int
type MyStr string
type Fn func(int) string

func main() {
	vals := []any{
		Pair[string, int]{"a", 1}, Pair[MyInt, []byte]{}, List[float64]{1.5}, &Pair[int, *int]{},
		struct {
			A int
			b string
		}{1, "x"},
		func(int, ...string) (bool, error) { return false, nil }, Fn(nil), make(chan int), make(<-chan string), make(chan<- []int),
		map[string][]*int{}, [3]*MyInt{}, MyInt(3), MyStr("s"), []MyStr{"q"}, nil, errors.New("e"), fmt.Errorf("w %w", errors.New("x")),
		&strings.Builder{}, time.Second, []any{1, "a", nil}, struct{}{}, [0]int{}, uintptr(1), 'r', byte(1), [2][]map[int]bool{},
		complex64(1), (*int)(nil), new(error),
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%#v\n", Pair[string, int]{"a", 1})
	fmt.Printf("%#v\n", List[MyStr]{"x"})
	fmt.Printf("%#v %#v %#v\n", MyInt(3), MyStr("s"), []MyInt{1, 2})
	fmt.Printf("%#v\n", struct {
		A int
		B []string
	}{1, nil})
	fmt.Printf("%#v %#v %#v\n", []any{1, "a", nil}, map[string]any{"k": 1.5}, [2]bool{})
	fmt.Printf("%v %+v\n", Pair[string, Pair[int, bool]]{"o", Pair[int, bool]{1, true}}, Pair[string, Pair[int, bool]]{"o", Pair[int, bool]{1, true}})
}

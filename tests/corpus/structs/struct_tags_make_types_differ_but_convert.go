package main

// Struct types that differ only in tags are different types (as map keys,
// in type assertions, in %T), yet convert to each other.

import "fmt"

type T[_ any] struct{}

type A struct {
	X int `json:"x"`
	Y string
}

type B struct {
	X int
	Y string `yaml:"y"`
}

func main() {
	m := map[any]int{
		T[struct{ int }]{}:       1,
		T[struct{ int "x" }]{}:   2,
		T[struct{ int `x` }]{}:   3,
		T[struct{ int "y" }]{}:   4,
	}
	fmt.Println(len(m))
	a := A{1, "a"}
	b := B(a)
	pa := &a
	pb := (*B)(pa)
	pb.X = 7
	fmt.Println(b, a, *pb)
	var x any = struct{ int "x" }{5}
	_, ok := x.(struct{ int })
	_, ok2 := x.(struct{ int `x` })
	fmt.Println(ok, ok2)
	fmt.Printf("%T %v %+v\n", x, x, a)
}

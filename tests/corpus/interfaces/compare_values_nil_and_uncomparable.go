package main

import (
	"errors"
	"fmt"
)

type E struct{ s string }

func (e E) Error() string { return e.s }

func main() {
	var a, b any = []int{1}, []int{1}
	var x, y any = 3, 3
	var e1 error = E{"a"}
	var e2 error = E{"a"}
	var n error
	fmt.Println(x == y, x != y, e1 == e2, n == nil, e1 == nil, errors.Is(e1, e2))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(a == b)
}

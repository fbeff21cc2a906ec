// A union with a term that admits every type is an ordinary interface
// (usable as a variable's type), and a partial instantiation infers the
// remaining type arguments from the constraints' core types.
package main

import "fmt"

type Any any
type IntOrBool interface{ int | bool }

type I interface{ Any | IntOrBool }

var (
	X I = 42
	Y I = "xxx"
)

func Pair[A any, B interface{ []A }](a A, b B) string {
	return fmt.Sprint(a, len(b))
}

func Ptrs[A any, B interface{ []C }, C interface{ *A }](a A, b B, c C) string {
	return fmt.Sprint(a, len(b), *c)
}

func main() {
	fmt.Println(X, Y)
	f := Pair[byte]
	fmt.Printf("%T %s\n", f, f(7, []byte{1, 2}))
	g := Ptrs[int]
	x := 5
	fmt.Printf("%T %s\n", g, g(x, []*int{&x}, &x))
}

// What cannot be embedded (a pointer type, unsafe.Pointer, a type
// parameter or a pointer to one, a pointer to an interface; a pointer to
// anything else can), judged once every type is complete (R is a pointer
// it embeds while being declared), and methods with no receiver or with
// several.
package main

import (
	"io"
	"unsafe"
)

type T *int
type P = *int

type s1 struct{ unsafe.Pointer }
type s2 struct{ T }
type s4 struct{ P }
type s5 struct{ *io.Reader }

type R *struct{ R }

type G[E any] struct{ E }
type H[E io.Reader] struct{ *E }

func () x()

func (a, b int) y()

func main() {}

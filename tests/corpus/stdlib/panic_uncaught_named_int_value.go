// Pins how an uncaught panic with a named integer type is printed on stderr (panic: main.Code(7)).
package main

import (
	"errors"
	"fmt"
)

type St int

func (s St) String() string { return fmt.Sprintf("St<%d>", int(s)) }

var _ = errors.New

func main() {
	fmt.Println("start")
	type Code int; panic(Code(7))
}

// Pins how an uncaught panic with a multi-line string is printed on stderr (continuation lines indented with a tab).
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
	panic("bad thing\nsecond line")
}

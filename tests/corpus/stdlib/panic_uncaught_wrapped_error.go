// Pins how an uncaught panic with a wrapped fmt.Errorf error is printed (its Error() text) and the exit status.
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
	panic(fmt.Errorf("wrapped: %w", errors.New("inner")))
}

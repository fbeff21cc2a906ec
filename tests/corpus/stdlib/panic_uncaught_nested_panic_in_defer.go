// Pins the stderr report and exit status for a panic raised inside a deferred call while already panicking (panic: first / 	panic: second), with outer defers still running.
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
	defer fmt.Println("deferred 1"); func() { defer func() { panic("second") }(); panic("first") }()
}

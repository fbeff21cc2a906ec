// Pins the Go 1.21+ report for panic(nil-interface error): "panic called with nil argument" and exit status 2.
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
	var e error; panic(e)
}

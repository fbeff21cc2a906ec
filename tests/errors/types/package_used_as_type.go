// A package name where a type belongs is not a type, and does not count
// as a use of the package.
package main

import (
	"fmt"
	"os"
	"strings"
)

type T = fmt

var y []os

func h(strings) {}

func main() {
	var i any
	_ = i.(fmt)
	switch i.(type) {
	case fmt:
	}
	_ = map[fmt]int{}
	fmt.Println(y, h)
}

// A package name anywhere but before a selector is Go's "use of package
// P not in selector", in declarations as in statements; a package used
// only so is not used at all.
package main

import (
	"fmt"
	"os"
	"strings"
)

const n = fmt

var a, b = os, len(fmt)

func g() int { return strings }

func main() {
	const m = fmt
	fmt()
	_ = S{f: fmt}
	fmt.Println(n)
}

type S struct{ f int }

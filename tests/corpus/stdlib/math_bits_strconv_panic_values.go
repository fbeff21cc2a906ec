// Pins panic values from math/bits Div/Rem (overflow, divide by zero) and strconv illegal-base Format/Append calls, recovered and printed.
package main

import (
	"fmt"
	"math/bits"
	"strconv"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	try("div64-overflow", func() { bits.Div64(5, 0, 3) })
	try("div64-zero", func() { bits.Div64(0, 1, 0) })
	try("div32-zero", func() { bits.Div32(0, 1, 0) })
	try("rem64-zero", func() { bits.Rem64(0, 1, 0) })
	try("rem64-big-hi", func() { fmt.Println(bits.Rem64(10, 3, 7)) })
	try("formatint-base", func() { strconv.FormatInt(1, 1) })
	try("appendint-base", func() { strconv.AppendInt(nil, 5, 40) })
	try("len-neg", func() { fmt.Println(bits.Len64(0), bits.Len(0)) })
}

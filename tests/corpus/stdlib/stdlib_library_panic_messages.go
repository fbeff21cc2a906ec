// Pins the panic values raised by standard library misuse (strings.Repeat negative, Builder copy, bytes.Buffer Truncate/UnreadRune, rand Intn(0), slices.Insert out of range, list/heap edge cases, utf8 on short buffers) as seen through recover.
package main

import (
	"bytes"
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
	"slices"
	"strings"
	"unicode/utf8"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error %v\n", name, err)
		} else {
			fmt.Printf("%s: %T %v\n", name, r, r)
		}
	}()
	f()
}

func main() {
	try("repeat", func() { _ = strings.Repeat("x", -1) })
	try("builder-copy", func() {
		var a strings.Builder
		a.WriteString("x")
		b := a
		b.WriteString("y")
	})
	try("truncate", func() {
		var b bytes.Buffer
		b.WriteString("abc")
		b.Truncate(10)
	})
	try("unreadrune", func() {
		var b bytes.Buffer
		fmt.Println(b.UnreadRune())
	})
	try("intn0", func() { rand.New(rand.NewSource(1)).Intn(0) })
	try("int63n-neg", func() { rand.New(rand.NewSource(1)).Int63n(-5) })
	try("v2-intn0", func() { randv2.New(randv2.NewPCG(1, 1)).IntN(0) })
	try("slices-insert", func() { _ = slices.Insert([]int{1, 2}, 5, 9) })
	try("slices-delete", func() { _ = slices.Delete([]int{1, 2}, 1, 0) })
	try("slices-grow", func() { _ = slices.Grow([]int{}, -1) })
	try("utf8-encode-short", func() {
		buf := make([]byte, 1)
		utf8.EncodeRune(buf, '世')
	})
	try("strings-newreplacer-odd", func() { strings.NewReplacer("a") })
	try("bytes-repeat", func() { bytes.Repeat([]byte("ab"), -2) })
	try("none", func() {})
}

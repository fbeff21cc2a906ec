// A generic function is checked once on its own, as Go checks it, even
// when nothing instantiates it: undefined names, unused variables and an
// import used nowhere are reported in its body.
package main

import (
	"fmt"
	"strings"
)

func Never[T any](x T) T {
	y := 1
	return undefinedThing
}

func Pair[K comparable, V any](k K, v V) map[K]V {
	m := map[K]V{}
	m[k] = v
	for key, val := range m {
		fmt.Println(key)
	}
	return m
}

func main() {}

// A union's terms are types and interfaces without methods: an interface
// with methods, or comparable, cannot be one.
package main

import "fmt"

type A interface{ ~int | fmt.Stringer }
type B interface{ int | comparable }
type C interface{ ~int | interface{ M() } }
type D interface{ ~int | any }
type E interface{ ~int | interface{ ~string } }

func main() {}

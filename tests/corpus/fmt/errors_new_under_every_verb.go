package main

import (
	"errors"
	"fmt"
)

// What errors.New makes under each verb: its Error text for the string
// verbs, the *errors.errorString struct it is for %#v and the others.

func main() {
	e := errors.New("boom")
	fmt.Printf("%v|%s|%q|%x|%X|%d|%#v|%+v|%T|%10v|%-6s|%t\n", e, e, e, e, e, e, e, e, e, e, e, e)
	fmt.Printf("%#v\n", []error{nil})
	wrapped := fmt.Errorf("ctx: %w", e)
	fmt.Printf("%v|%s|%T\n", wrapped, wrapped, wrapped)
}

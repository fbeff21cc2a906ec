// Dot-imported functions and variables in every context: deferred and
// go calls, composite literals, slices of function values, a variable
// assigned by address (runtime.MemProfileRate) and read in a closure,
// method values of a dot-imported variable, and a function variable.
package main

import (
	"errors"
	. "fmt"
	"io"
	. "os"
	. "runtime"
	. "strings"
)

type holder struct {
	f func(string) string
	w io.Writer
}

func main() {
	defer Println("deferred")
	done := make(chan bool)
	go func() { Println("in goroutine", ToUpper("g")); done <- true }()
	<-done
	h := holder{ToLower, Stdout}
	Fprintln(h.w, h.f("HOLDER"))
	fs := []func(string) string{ToUpper, TrimSpace, h.f}
	for _, f := range fs {
		Print(f(" Ab "), "|")
	}
	Println()
	MemProfileRate++
	MemProfileRate += 2
	get := func() int { return MemProfileRate }
	Println(get())
	w := Stdout.WriteString
	w("method value\n")
	for i, a := range Args[:1] {
		_ = a
		Println(i)
	}
	switch err := error(io.EOF); {
	case errors.Is(err, io.EOF):
		Println("eof", err == io.EOF, io.ErrUnexpectedEOF)
	}
	var pr func(...any) (int, error) = Println
	pr("via var")
	Println(Sprint(io.Discard != nil), Sprintf("%T", ToUpper))
	defer Printf("%s\n", Repeat("-", 3))
}

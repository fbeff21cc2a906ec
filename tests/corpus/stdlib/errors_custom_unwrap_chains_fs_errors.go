// Pins walking custom Unwrap chains with errors.Unwrap, errors.As into interface targets, nested errors.Join, and the fs/os sentinel errors, *fs.PathError and *os.LinkError messages.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

type wrapper struct {
	op  string
	err error
}

func (w *wrapper) Error() string { return w.op + ": " + w.err.Error() }
func (w *wrapper) Unwrap() error { return w.err }

type timeout interface{ Timeout() bool }
type tErr struct{}

func (tErr) Error() string   { return "timed out" }
func (tErr) Timeout() bool   { return true }

func main() {
	chain := error(&wrapper{"read", &wrapper{"parse", &strconv.NumError{Func: "Atoi", Num: "x", Err: strconv.ErrSyntax}}})
	fmt.Println(chain)
	for e := chain; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}
	var ne *strconv.NumError
	fmt.Println(errors.As(chain, &ne), ne.Func, errors.Is(chain, strconv.ErrSyntax))
	var to timeout
	te := fmt.Errorf("op: %w", tErr{})
	fmt.Println(errors.As(te, &to), to.Timeout())
	j := errors.Join(io.EOF, errors.Join(fs.ErrPermission, &wrapper{"x", fs.ErrClosed}))
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, fs.ErrPermission), errors.Is(j, fs.ErrClosed), errors.Is(j, io.ErrUnexpectedEOF))
	var w *wrapper
	fmt.Println(errors.As(j, &w), w.op)
	fmt.Println(fs.ErrPermission, os.ErrPermission == fs.ErrPermission, fs.ErrClosed, fs.ErrInvalid, fs.ErrClosed)
	pe := &fs.PathError{Op: "open", Path: "/x", Err: fs.ErrNotExist}
	fmt.Println(pe, errors.Is(pe, os.ErrNotExist), pe.Unwrap() == fs.ErrNotExist)
	le := &os.LinkError{Op: "rename", Old: "a", New: "b", Err: fs.ErrExist}
	fmt.Println(le, errors.Is(le, os.ErrExist))
	fmt.Println(os.IsExist(le), os.IsNotExist(pe), os.IsPermission(fs.ErrPermission))
	e1 := fmt.Errorf("a: %w", fmt.Errorf("b: %w", fmt.Errorf("c: %w", io.EOF)))
	n := 0
	for e := error(e1); e != nil; e = errors.Unwrap(e) {
		n++
	}
	fmt.Println(e1, n, errors.Is(e1, io.EOF))
}

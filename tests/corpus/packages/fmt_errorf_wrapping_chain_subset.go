package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrOther = errors.New("other")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(key string) error {
	if key == "" {
		return &QueryError{Query: "<empty>", Err: ErrNotFound}
	}
	return fmt.Errorf("find %q: %w", key, ErrNotFound)
}

func load(key string) error {
	if err := find(key); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	return nil
}

func main() {
	err := load("cfg")
	fmt.Println(err)
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  -> %v\n", e)
	}
	fmt.Println(errors.Is(err, ErrNotFound))
	err2 := load("")
	fmt.Println(err2)
	var qe *QueryError
	if errors.As(err2, &qe) {
		fmt.Println("query was", qe.Query)
	}
	e3 := fmt.Errorf("multi: %w and %w", ErrNotFound, ErrOther)
	fmt.Println(e3, errors.Is(e3, ErrNotFound), errors.Is(e3, ErrOther))
	fmt.Println(errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(e4, errors.Is(e4, ErrNotFound), errors.Unwrap(e4) == nil)
	e5 := fmt.Errorf("plain")
	fmt.Printf("%v %T\n", e5, e5)
	fmt.Printf("%T\n", err)
	fmt.Printf("%T\n", e3)
	e6 := fmt.Errorf("bad verb %w", "notanerror")
	fmt.Println(e6)
	e7 := fmt.Errorf("nil wrap: %w", nil)
	fmt.Println(e7, errors.Unwrap(e7) == nil)
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, ErrNotFound))
}

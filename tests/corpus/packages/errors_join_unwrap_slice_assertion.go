package main

import (
	"errors"
	"fmt"
)

type multi interface{ Unwrap() []error }

type single interface{ Unwrap() error }

func describe(name string, err error) {
	if u, ok := err.(multi); ok {
		errs := u.Unwrap()
		fmt.Println(name, "wraps", len(errs))
		for i, e := range errs {
			fmt.Printf("  %d: %v\n", i, e)
		}
		return
	}
	if u, ok := err.(single); ok {
		fmt.Println(name, "wraps one:", u.Unwrap())
		return
	}
	fmt.Println(name, "wraps nothing")
}

func main() {
	a, b, c := errors.New("a"), errors.New("b"), errors.New("c")
	describe("join", errors.Join(a, b, nil, c))
	describe("errorf2", fmt.Errorf("first %w then %w", a, b))
	describe("errorf1", fmt.Errorf("only %w", c))
	describe("errorf0", fmt.Errorf("none %v", c))
	describe("plain", a)

	j := errors.Join(a, b)
	errs := j.(multi).Unwrap()
	fmt.Println(errs[0] == a, errs[1] == b, errors.Is(j, b))
	w := fmt.Errorf("ctx: %w", j)
	fmt.Println(w.(single).Unwrap() == j)
	var m multi
	fmt.Println(errors.As(w, &m), len(m.Unwrap()))
	fmt.Printf("%T %T %T\n", j, fmt.Errorf("%w %w", a, b), w)
}

// Pins errors.As panics for invalid targets (nil, non-pointer, pointer to non-error non-interface type) and errors.Is/As behaviour on nil errors and comparable/non-comparable error values.
package main

import (
	"errors"
	"fmt"
)

type SliceErr []string

func (s SliceErr) Error() string { return fmt.Sprint("slice err ", len(s)) }

type ValErr struct{ n int }

func (v ValErr) Error() string { return fmt.Sprint("val ", v.n) }

func tryAs(name string, target any) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	fmt.Println(name, errors.As(errors.New("x"), target))
}

func main() {
	tryAs("nil", nil)
	var ve ValErr
	tryAs("nonptr", ve)
	var n int
	tryAs("ptr-int", &n)
	tryAs("ok", &ve)
	var nilp *ValErr
	tryAs("nil-typed-ptr", nilp)
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, errors.New("a")), errors.Is(errors.New("a"), nil))
	fmt.Println(errors.As(nil, &ve), errors.Unwrap(nil))
	s1 := SliceErr{"a"}
	w := fmt.Errorf("w: %w", s1)
	fmt.Println(errors.Is(w, s1))
	var se SliceErr
	fmt.Println(errors.As(w, &se), se)
	fmt.Println(errors.Is(ValErr{1}, ValErr{1}), errors.Is(ValErr{1}, ValErr{2}), errors.Is(fmt.Errorf("%w", ValErr{3}), ValErr{3}))
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, errors.Is(e1, e2), e1.Error() == e2.Error())
}

package main

import (
	"errors"
	"fmt"
)

type TempErr struct{ N int }

func (t TempErr) Error() string   { return fmt.Sprintf("temp %d", t.N) }
func (t TempErr) Temporary() bool { return t.N > 1 }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code=%d", int(c)) }
func (c codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && (t == 0 || t == c)
}

var ErrA = errors.New("A")
var ErrB = errors.New("B")

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Unwrap(j) == nil)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	wrapped := fmt.Errorf("ctx: %w", errors.Join(TempErr{3}, ErrA))
	var te TempErr
	fmt.Println(errors.As(wrapped, &te), te.N, te.Temporary())
	var tmp interface{ Temporary() bool }
	fmt.Println(errors.As(wrapped, &tmp), tmp.Temporary())
	c := fmt.Errorf("wrap: %w", codeErr(5))
	fmt.Println(errors.Is(c, codeErr(5)), errors.Is(c, codeErr(0)), errors.Is(c, codeErr(6)))
	var ce codeErr
	fmt.Println(errors.As(c, &ce), ce)
	e1 := errors.New("A")
	fmt.Println(e1 == ErrA, errors.Is(e1, ErrA), e1.Error() == ErrA.Error())
	var target *TempErr
	fmt.Println(errors.As(ErrA, &target), target == nil)
	nested := errors.Join(errors.Join(ErrA, ErrB), fmt.Errorf("x: %w", codeErr(9)))
	fmt.Println(nested)
	fmt.Println(errors.Is(nested, codeErr(9)), errors.Is(nested, ErrB))
}

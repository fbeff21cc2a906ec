package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr struct{ code int }

func (t TempErr) Error() string { return fmt.Sprintf("temporary %d", t.code) }
func (t TempErr) Is(target error) bool {
	_, ok := target.(TempErr)
	return ok
}

func find(key string) error {
	if key == "" {
		return &QueryError{"empty", ErrNotFound}
	}
	return fmt.Errorf("find %q: %w", key, ErrNotFound)
}

func main() {
	e1 := find("x")
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Unwrap(e1) == ErrNotFound, errors.Unwrap(ErrNotFound))
	e2 := fmt.Errorf("layer 2: %w", e1)
	fmt.Println(e2, errors.Is(e2, ErrNotFound))
	fmt.Printf("%T %T %v\n", e1, e2, errors.Unwrap(errors.Unwrap(e2)) == ErrNotFound)

	e3 := find("")
	var qe *QueryError
	if errors.As(fmt.Errorf("wrapped: %w", e3), &qe) {
		fmt.Println("as:", qe.Query, qe.Err, errors.Is(e3, ErrNotFound))
	}
	_, err := strconv.Atoi("zz")
	wrapped := fmt.Errorf("config: %w", err)
	fmt.Println(wrapped)

	t := fmt.Errorf("op: %w", TempErr{3})
	fmt.Println(errors.Is(t, TempErr{9}), errors.Is(t, ErrNotFound))
	var te TempErr
	fmt.Println(errors.As(t, &te), te.code)

	multi := fmt.Errorf("both: %w and %w", ErrNotFound, TempErr{1})
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.Is(multi, TempErr{}), errors.Unwrap(multi) == nil)
	j := errors.Join(ErrNotFound, nil, TempErr{2})
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrNotFound), errors.Join(nil, nil) == nil)
	fmt.Printf("%T %T\n", multi, j)
	fmt.Println(fmt.Errorf("no wrap: %v", ErrNotFound), errors.Unwrap(fmt.Errorf("x %v", ErrNotFound)))
	fmt.Println(fmt.Errorf("bad: %w", 42), fmt.Sprintf("%w", ErrNotFound))
	var target error
	fmt.Println(errors.As(e1, &target), target)
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(nil, nil))
}

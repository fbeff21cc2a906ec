package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Validation struct {
	Field string
	Issue string
}

func (v Validation) Error() string { return v.Field + " " + v.Issue }

var ErrTimeout = errors.New("timeout")

func op(i int) error {
	switch i {
	case 0:
		return nil
	case 1:
		return &NotFound{"user:1"}
	case 2:
		return Validation{"email", "is empty"}
	case 3:
		return fmt.Errorf("op 3: %w", ErrTimeout)
	case 4:
		_, err := strconv.Atoi("4x")
		return err
	case 5:
		return io.EOF
	default:
		return fmt.Errorf("wrapped twice: %w", fmt.Errorf("inner: %w", &NotFound{"deep"}))
	}
}

func classify(err error) string {
	var nf *NotFound
	var ve Validation
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &nf):
		return "notfound(" + nf.Key + ")"
	case errors.As(err, &ve):
		return "validation(" + ve.Field + ")"
	case errors.Is(err, ErrTimeout):
		return "timeout"
	case err == io.EOF:
		return "eof"
	}
	return "unknown"
}

func main() {
	for i := 0; i <= 6; i++ {
		err := op(i)
		fmt.Printf("%d: %-22s %v\n", i, classify(err), err)
		switch e := err.(type) {
		case nil:
			fmt.Println("   type: nil")
		case *NotFound:
			fmt.Println("   type: *NotFound", e.Key)
		case Validation:
			fmt.Println("   type: Validation", e.Issue)
		default:
			fmt.Printf("   type: %T\n", e)
		}
	}
	var nf *NotFound
	var err error = nf
	fmt.Println(err == nil, nf == nil)
}

// Pins fmt.Errorf %w (single and multiple), errors.Is/As/Unwrap/Join across nested chains, custom Is methods and Unwrap() []error trees.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

var ErrBase = errors.New("base")
var ErrOther = errors.New("other")

type CodeErr struct{ Code int }

func (c *CodeErr) Error() string { return fmt.Sprintf("code %d", c.Code) }

type Temporary struct{ msg string }

func (t Temporary) Error() string { return "temp: " + t.msg }
func (t Temporary) Is(target error) bool {
	return target == ErrOther
}

type Multi struct{ errs []error }

func (m Multi) Error() string   { return fmt.Sprint(len(m.errs), " errors") }
func (m Multi) Unwrap() []error { return m.errs }

func main() {
	e1 := fmt.Errorf("layer1: %w", ErrBase)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e2, ErrOther), errors.Unwrap(e2) == e1, errors.Unwrap(errors.Unwrap(e2)) == ErrBase, errors.Unwrap(ErrBase))
	e3 := fmt.Errorf("both: %w and %w", ErrBase, &CodeErr{7})
	fmt.Println(e3, errors.Unwrap(e3))
	var ce *CodeErr
	fmt.Println(errors.Is(e3, ErrBase), errors.As(e3, &ce), ce.Code)
	if u, ok := e3.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[0], u.Unwrap()[1])
	}
	e4 := fmt.Errorf("no wrap: %v", ErrBase)
	fmt.Println(e4, errors.Is(e4, ErrBase), errors.Unwrap(e4))
	j := errors.Join(ErrBase, nil, fmt.Errorf("ctx: %w", &CodeErr{9}))
	fmt.Printf("%q\n", j.Error())
	ce = nil
	fmt.Println(errors.Is(j, ErrBase), errors.As(j, &ce), ce.Code)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	t := fmt.Errorf("wrap: %w", Temporary{"x"})
	fmt.Println(errors.Is(t, ErrOther), errors.Is(t, ErrBase))
	var tmp Temporary
	fmt.Println(errors.As(t, &tmp), tmp.msg)
	m := Multi{[]error{io.EOF, fmt.Errorf("deep: %w", Multi{[]error{&CodeErr{3}, fs.ErrNotExist}})}}
	ce = nil
	fmt.Println(errors.Is(m, io.EOF), errors.Is(m, os.ErrNotExist), errors.As(m, &ce), ce.Code, errors.Is(m, ErrBase))
	var iface interface{ Error() string }
	fmt.Println(errors.As(e2, &iface), iface)
	e5 := fmt.Errorf("%w", nil)
	fmt.Println(e5, errors.Unwrap(e5) == nil)
	e6 := fmt.Errorf("val %d: %w", 5, io.ErrUnexpectedEOF)
	fmt.Println(e6, errors.Is(e6, io.ErrUnexpectedEOF))
	fmt.Printf("%v|%s|%q|%+v\n", e6, e6, e6, e6)
	_, err := os.Open("/definitely/not/here")
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	fmt.Println(err)
	e7 := fmt.Errorf("bad: %w", "notanerror")
	fmt.Println(e7)
}

package main

import (
	"errors"
	"fmt"
)

type myErr struct{}

func (*myErr) Error() string { return "my" }

func maybe(fail bool) error {
	if fail {
		return errors.New("failed")
	}
	return nil
}

func typedNil() error {
	var p *myErr
	return p // a non-nil interface holding a nil pointer
}

func main() {
	// An interface is nil only when it holds no type: in conditions, in
	// values, on either side, through calls and fields.
	var e error
	var a any
	s := struct{ err error }{}
	fmt.Println(e == nil, nil == e, e != nil, a == nil, s.err == nil)
	for _, fail := range []bool{false, true} {
		if err := maybe(fail); err != nil {
			fmt.Println("error:", err)
		} else if nil == err {
			fmt.Println("no error")
		}
	}
	t := typedNil()
	fmt.Println(t == nil, t != nil)
	if t != nil && !(t == nil) {
		fmt.Println("typed nil is not nil:", t)
	}
	a = 0
	b := a != nil
	var c fmt.Stringer
	fmt.Println(b, a == nil, c == nil, any(c) == nil, any(nil) == nil)
	count := 0
	for e == nil && count < 3 {
		count++
		if count == 2 {
			e = errors.New("stop")
		}
	}
	fmt.Println(count, e)
}

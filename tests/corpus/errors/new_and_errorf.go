package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func lookup(key string) (int, error) {
	if key == "" {
		return 0, fmt.Errorf("lookup %q: empty key (code %d)", key, 17)
	}
	if key != "x" {
		return 0, ErrNotFound
	}
	return 42, nil
}

func main() {
	for _, k := range []string{"x", "y", ""} {
		v, err := lookup(k)
		if err != nil {
			fmt.Println("error:", err, err == ErrNotFound)
			continue
		}
		fmt.Println("value:", v)
	}
	a, b := errors.New("same"), errors.New("same")
	fmt.Println(a == b, a == a, a.Error() == b.Error())
	fmt.Printf("%v|%s|%q|%T\n", a, a, a, a)
	var e error
	fmt.Println(e == nil, e)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
		panic(fmt.Errorf("wrapped again: %v", err))
	}()
	panic(ErrNotFound)
}

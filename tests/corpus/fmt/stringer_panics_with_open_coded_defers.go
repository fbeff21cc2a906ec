package main

import "fmt"

// String methods that panic with open-coded defers of their own, some
// recovering: fmt prints Go's %!v(PANIC=...) after their defers ran.

type T struct{ n int }

func (t T) String() string {
	defer fmt.Println("in String defer", t.n)
	if t.n > 0 {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("String recovered", r)
			}
		}()
	}
	panic(fmt.Sprint("boom ", t.n))
}

func main() {
	fmt.Println(T{0})
	fmt.Println(T{1})
	s := fmt.Sprintf("%v|%s|%d", T{0}, T{2}, T{3})
	fmt.Println(s)
}

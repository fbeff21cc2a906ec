// recover deferred by a function that a panic is running acts as if that
// function called it: it stops the panic. Deferred directly by the
// panicking function, or while a newer panic runs, it does nothing.
package main

import "fmt"

func report(where string) {
	if r := recover(); r != nil {
		fmt.Println(where, "recovered", r)
	}
}

func checkNone(where string) {
	if r := recover(); r != nil {
		fmt.Println(where, "unexpectedly recovered", r)
	} else {
		fmt.Println(where, "nothing to recover")
	}
}

func single() {
	defer checkNone("single")
	defer func() {
		defer recover()
	}()
	panic("first")
}

func afterNested() {
	defer checkNone("afterNested")
	defer func() {
		defer recover()
		defer report("inner")
		panic("second")
	}()
	panic("first")
}

func shadowed() {
	defer report("outer")
	defer func() {
		defer report("inner")
		defer recover()
		panic("second")
	}()
	panic("first")
}

func direct() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("direct: %v", r)
		}
	}()
	defer recover()
	panic("first")
}

func main() {
	single()
	afterNested()
	shadowed()
	fmt.Println(direct())
}

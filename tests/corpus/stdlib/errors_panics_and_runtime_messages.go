// Pins runtime panic messages recovered as errors (index out of range, nil map write, nil deref, bad type assertion, divide by zero, slice bounds) and their runtime.Error interface, then an unrecovered custom-error panic exit status and stderr.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr code=%d", e.Code) }

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		var re runtime.Error
		fmt.Printf("%s: %v | error=%v runtime=%v\n", name, r, isErr, isErr && errors.As(err, &re))
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *MyErr
	var i any = "str"
	zero := 0
	try("index", func() { _ = s[5] })
	try("index-neg", func() { k := -1; _ = []int{1}[k+0*zero] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { _ = p.Code })
	try("assert", func() { _ = i.(int) })
	try("assert-iface", func() { _ = i.(fmt.Stringer) })
	try("divzero", func() { _ = 10 / zero })
	try("slice", func() { x := []int{1, 2, 3}; lo := 2 + zero; _ = x[lo:1] })
	try("slice-cap", func() { x := make([]int, 2, 4); _ = x[:5+zero] })
	try("custom", func() { panic(MyErr{7}) })
	try("string", func() { panic("plain string") })
	try("int", func() { panic(42) })
	try("wrapped", func() { panic(fmt.Errorf("ctx: %w", MyErr{1})) })
	defer fmt.Println("deferred runs before crash")
	panic(MyErr{99})
}

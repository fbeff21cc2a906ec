package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		if ok {
			fmt.Println("runtime.Error:", re.Error())
			return
		}
		err, isErr := r.(error)
		fmt.Println("not a runtime.Error:", r, isErr, err != nil)
	}()
	f()
}

func main() {
	var m map[string]int
	var s []int
	zero := 0
	try(func() { m["a"] = 1 })
	try(func() { _ = s[3] })
	try(func() { _ = 1 / zero })
	try(func() { var p *int; _ = *p })
	try(func() { panic(errors.New("plain")) })
	try(func() { panic("text") })
	try(func() { panic(nil) })
	var e error = runtime.Error(nil)
	fmt.Println(e == nil)
}

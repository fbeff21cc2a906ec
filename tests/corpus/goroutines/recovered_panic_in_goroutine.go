package main

import (
	"errors"
	"fmt"
)

func safeGo(f func(), errs chan<- error) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Errorf("recovered: %v", r)
				return
			}
			errs <- nil
		}()
		f()
	}()
}

func main() {
	errs := make(chan error)
	safeGo(func() { panic("bad thing") }, errs)
	fmt.Println(<-errs)
	safeGo(func() {}, errs)
	fmt.Println(<-errs)
	safeGo(func() {
		var m map[string]int
		m["x"] = 1
	}, errs)
	fmt.Println(<-errs)
	safeGo(func() { panic(errors.New("an error value")) }, errs)
	fmt.Println(<-errs)
	fmt.Println("program continues")
}

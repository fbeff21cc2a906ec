package main

import "fmt"

func direct() {
	r := recover()
	fmt.Println("recover in plain call:", r, r == nil)
}

func deferredNoPanic() (out string) {
	defer func() {
		r := recover()
		if r == nil {
			out = "deferred recover without panic is nil"
		}
	}()
	return "unchanged"
}

func main() {
	fmt.Println("recover in main:", recover())
	direct()
	fmt.Println(deferredNoPanic())
	defer func() {
		fmt.Println("main's deferred recover:", recover())
	}()
	var v any = recover()
	fmt.Println(v == nil)
}

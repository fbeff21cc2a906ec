package main

import (
	"errors"
	"fmt"
	"runtime"
)

// Functions whose defers are few and not in loops (Go open-codes them):
// conditional defers, named results changed by deferred calls, panics
// passing through such frames, a panic inside a deferred call at exit,
// and Goexit.

func conditional(a, b bool) (out string) {
	defer func() { out += " first" }()
	if a {
		defer func() { out += " a" }()
	}
	if b {
		defer func() { out += " b" }()
	}
	out = "ran"
	return out
}

func recovers(n int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			res = -1
		}
	}()
	defer fmt.Println("second defer runs first, n =", n)
	if n == 0 {
		panic("zero")
	}
	return 100 / n, nil
}

func panicAtExit() (msg string) {
	defer func() {
		msg = fmt.Sprint("caught ", recover())
	}()
	defer func() {
		panic(errors.New("in deferred call"))
	}()
	return "not this"
}

// A frame whose defers are records (in a loop) under one that open-codes.
func looping(log *[]string) {
	for i := 0; i < 3; i++ {
		defer func() { *log = append(*log, fmt.Sprint("loop ", i)) }()
	}
	panic("from the loop")
}

func outer() (log []string) {
	defer func() {
		log = append(log, fmt.Sprint("outer recovered: ", recover()))
	}()
	defer func() { log = append(log, "outer second") }()
	looping(&log)
	return nil
}

func helper() any { return recover() }

func nestedRecover() (got any) {
	defer func() {
		// recover called by a function the deferred call calls: nil.
		got = fmt.Sprint("helper: ", helper(), ", direct: ", recover())
	}()
	panic("p")
}

func many() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	defer func() { s += "3" }()
	defer func() { s += "4" }()
	defer func() { s += "5" }()
	defer func() { s += "6" }()
	defer func() { s += "7" }()
	defer func() { s += "8" }()
	defer func() { s += "9" }()
	return "x"
}

func goexiter(done chan []string) {
	var log []string
	defer func() { done <- log }()
	defer func() { log = append(log, "goexit defer, recover: "+fmt.Sprint(recover())) }()
	func() {
		defer func() { log = append(log, "inner defer") }()
		runtime.Goexit()
	}()
	log = append(log, "not reached")
}

func main() {
	fmt.Println(conditional(false, false))
	fmt.Println(conditional(true, false))
	fmt.Println(conditional(true, true))
	fmt.Println(recovers(4))
	fmt.Println(recovers(0))
	fmt.Println(panicAtExit())
	fmt.Println(outer())
	fmt.Println(nestedRecover())
	fmt.Println(many())
	done := make(chan []string)
	go goexiter(done)
	fmt.Println(<-done)
}

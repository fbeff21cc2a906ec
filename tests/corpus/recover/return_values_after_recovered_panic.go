package main

import "fmt"

// A panic while a return statement or an assignment evaluates its values
// leaves the results unassigned: a deferred call that recovers sees (and
// the caller gets) what they were before.

func unnamed() (bool, int) {
	defer func() { recover() }()
	var p *int
	return true, *p
}

func named() (ok bool, n int) {
	defer func() { recover() }()
	var p *int
	ok, n = true, 1
	ok, n = false, *p
	return
}

func blank() (bad bool) {
	defer func() { recover() }()
	var p *int
	bad, _ = true, *p
	return
}

func seen() (s string, n int) {
	defer func() {
		fmt.Println("deferred sees", s, n, recover())
	}()
	var m map[string]int
	s, n = "before", 1
	return "after", 2 / len(m)
}

func main() {
	fmt.Println(unnamed())
	fmt.Println(named())
	fmt.Println(blank())
	fmt.Println(seen())
}

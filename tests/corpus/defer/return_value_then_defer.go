package main

import "fmt"

var log string

func note(s string) int {
	log += s
	return len(log)
}

func order() int {
	defer note("D")
	return note("R")
}

func named() (r int) {
	defer func() { r = note("D") * 100 }()
	return note("R")
}

func main() {
	log = ""
	a := order()
	fmt.Println("order returns", a, "log", log)
	log = ""
	b := named()
	fmt.Println("named returns", b, "log", log)
}

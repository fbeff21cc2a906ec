package main

import "fmt"

// recover deferred directly is not "called by a deferred function",
// so it does not stop the panic.
func f() {
	defer fmt.Println("f's other defer runs")
	defer recover()
	panic("not stopped by defer recover()")
}

func main() {
	defer fmt.Println("main defer")
	f()
	fmt.Println("unreachable")
}

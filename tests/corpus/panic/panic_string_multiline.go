package main

import "fmt"

func main() {
	defer fmt.Println("deferred before the crash")
	fmt.Println("panic message with a newline and a tab")
	msg := "line one\n" + "line two\tend\n"
	panic(msg + "line three")
}

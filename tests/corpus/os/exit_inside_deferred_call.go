package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("outer defer is skipped")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r, "- exiting 0")
			os.Exit(0)
		}
	}()
	println("to stderr before the panic")
	panic("boom")
}

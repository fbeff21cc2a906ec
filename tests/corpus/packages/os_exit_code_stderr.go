package main

import (
	"fmt"
	"os"
)

func check(n int) error {
	if n > 2 {
		return fmt.Errorf("value %d too large", n)
	}
	return nil
}

func main() {
	defer fmt.Println("deferred: never printed")
	for i := 0; i < 5; i++ {
		if err := check(i); err != nil {
			fmt.Fprintln(os.Stderr, "error:", err)
			fmt.Println("exiting at", i)
			os.Exit(3)
		}
		fmt.Println("ok", i)
	}
}

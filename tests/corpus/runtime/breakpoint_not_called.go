// runtime.Breakpoint is there to call when a test fails (it traps): a
// program that only refers to it runs normally.
package main

import (
	"fmt"
	"runtime"
)

func check(ok bool) {
	if !ok {
		runtime.Breakpoint()
	}
}

func main() {
	check(1+1 == 2)
	f := runtime.Breakpoint
	fmt.Println("ok", f != nil)
}

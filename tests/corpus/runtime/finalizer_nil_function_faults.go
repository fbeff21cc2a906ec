// A finalizer set to a typed nil function faults when the finalizer
// goroutine calls it: a nil dereference panic that ends the program.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct{ a [4]int }

func setup() {
	var f func(*T)
	runtime.SetFinalizer(&T{}, f)
}

func main() {
	setup()
	for i := 0; i < 20; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("done")
}

// SetFinalizer on a package variable or a zero-size object is accepted
// and ignored: neither is ever freed, so the finalizer never runs.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct{ a, b int }

var global T

var ran []string

func setup() {
	runtime.SetFinalizer(&global, func(*T) { ran = append(ran, "global") })
	runtime.SetFinalizer(new(struct{}), func(*struct{}) { ran = append(ran, "zero-size") })
}

func main() {
	setup()
	for i := 0; i < 10; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("finalizers run:", ran, global)
}

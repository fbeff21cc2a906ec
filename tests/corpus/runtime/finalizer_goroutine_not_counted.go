// The finalizer goroutine is the runtime's: NumGoroutine does not count it
// while it waits, and it does not keep a deadlocked program alive.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ p *int }

func main() {
	fmt.Println(runtime.NumGoroutine())
	runtime.SetFinalizer(&T{}, func(*T) {})
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	c := make(chan int)
	<-c
}

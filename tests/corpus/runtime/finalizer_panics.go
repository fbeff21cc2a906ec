// A panic in a finalizer ends the program as one in any goroutine does.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct{ data [4]int }

func setup() {
	runtime.SetFinalizer(&T{}, func(*T) { panic("finalizer failed") })
}

func main() {
	setup()
	fmt.Println("collecting")
	for i := 0; i < 200; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("not reached")
}

// runtime.KeepAlive(x) keeps x reachable up to the call: its finalizer
// does not run before, and runs once x is dropped.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type Res struct {
	fd  int
	buf []byte
}

var closed = make(chan int, 1)

func use() {
	r := &Res{fd: 3, buf: make([]byte, 64)}
	runtime.SetFinalizer(r, func(r *Res) { closed <- r.fd })
	for i := 0; i < 5; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	select {
	case fd := <-closed:
		fmt.Println("finalized too early:", fd)
	default:
		fmt.Println("alive while in use")
	}
	runtime.KeepAlive(r)
}

func main() {
	use()
	for tries := 0; tries < 200; tries++ {
		runtime.GC()
		select {
		case fd := <-closed:
			fmt.Println("finalized after use:", fd)
			return
		case <-time.After(time.Millisecond):
		}
	}
	fmt.Println("never finalized")
}

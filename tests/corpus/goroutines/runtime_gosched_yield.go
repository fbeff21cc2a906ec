package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var flag atomic.Int32
	go func() {
		flag.Store(1)
	}()
	spins := 0
	for flag.Load() == 0 {
		runtime.Gosched()
		spins++
	}
	fmt.Println("flag set, spins >= 0:", spins >= 0)
	runtime.Gosched() // with no other goroutines, just returns
	fmt.Println("NumCPU positive:", runtime.NumCPU() > 0)
	fmt.Println("GOMAXPROCS positive:", runtime.GOMAXPROCS(0) > 0)
}

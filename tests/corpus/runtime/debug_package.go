package main

// runtime/debug: SetGCPercent paces (and stops) collections and returns
// the previous percentage, SetMaxStack returns the previous limit,
// FreeOSMemory collects, Stack is the calling goroutine's trace.

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

type node struct{ next *node }

func f() string {
	return string(debug.Stack())
}

func main() {
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(-1), debug.SetGCPercent(100))
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1<<30))
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.NumGC
	debug.FreeOSMemory()
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC > before)
	s := f()
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:\n"), strings.Contains(s, "main.f("), strings.Contains(s, "main.main()"))
	debug.SetGCPercent(-1)
	runtime.ReadMemStats(&ms)
	n := ms.NumGC
	var keep *node
	for i := 0; i < 3000; i++ {
		keep = &node{keep}
		_ = make([]byte, 100)
	}
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC == n, keep != nil)
}

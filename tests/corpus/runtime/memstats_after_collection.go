package main

import (
	"fmt"
	"runtime"
)

// ReadMemStats after garbage was made and collected: counts and sizes move
// as Go's do.
func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.NumGC
	var keep [][]int
	for i := 0; i < 1000; i++ {
		b := make([]int, 10000)
		if i%100 == 0 {
			keep = append(keep, b)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumGC > before, m.Alloc < 10<<20, m.TotalAlloc > 70<<20, m.HeapObjects < 1000, m.NumForcedGC, m.EnableGC, len(keep))
}

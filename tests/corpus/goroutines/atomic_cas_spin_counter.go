package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var val int64
	var retries int64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				for {
					old := atomic.LoadInt64(&val)
					if atomic.CompareAndSwapInt64(&val, old, old+3) {
						break
					}
					atomic.AddInt64(&retries, 1)
					runtime.Gosched()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("val:", val, "retries>=0:", atomic.LoadInt64(&retries) >= 0)
}

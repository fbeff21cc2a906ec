package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	sem := make(chan struct{}, 3)
	var active, maxActive int32
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 1; i <= 30; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			sem <- struct{}{}
			cur := atomic.AddInt32(&active, 1)
			for {
				old := atomic.LoadInt32(&maxActive)
				if cur <= old || atomic.CompareAndSwapInt32(&maxActive, old, cur) {
					break
				}
			}
			mu.Lock()
			sum += n
			mu.Unlock()
			atomic.AddInt32(&active, -1)
			<-sem
		}(i)
	}
	wg.Wait()
	fmt.Println("sum:", sum)
	fmt.Println("max concurrency within limit:", maxActive <= 3 && maxActive >= 1)
	fmt.Println("active now:", active, "sem len:", len(sem))
}

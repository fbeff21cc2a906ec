package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	for i := 0; i < 2; i++ {
		once.Do(func() { fmt.Println("hello once") })
	}
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			results[i] = i * 10
			mu.Unlock()
		}(i)
	}
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println(results)
	var tm sync.Mutex
	fmt.Println(tm.TryLock(), tm.TryLock())
	tm.Unlock()
}

package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var wg sync.WaitGroup
	results := make(chan int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			cond.Broadcast() // tell main another waiter arrived
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			results <- i * 100
		}()
	}
	mu.Lock()
	for waiting < 5 {
		cond.Wait()
	}
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	close(results)
	var got []int
	for v := range results {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println("waiters:", waiting, "results:", got)
}

package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func main() {
	var wg sync.WaitGroup
	c := SafeCounter{m: map[string]int{}}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc(fmt.Sprintf("k%d", id%3))
			}
		}(i)
	}
	wg.Wait()
	keys := make([]string, 0, len(c.m))
	for k := range c.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, c.m[k])
	}
	jobs := make(chan int, 20)
	results := make(chan int, 20)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j * j
			}
		}()
	}
	for i := 1; i <= 20; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []int
	for r := range results {
		all = append(all, r)
	}
	sort.Ints(all)
	fmt.Println(len(all), all[:5], all[len(all)-1])
	var total atomic.Int64
	var hits int32
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			total.Add(int64(n))
			atomic.AddInt32(&hits, 1)
		}(i)
	}
	wg.Wait()
	fmt.Println(total.Load(), atomic.LoadInt32(&hits))
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var rw sync.RWMutex
	shared := 0
	for i := 0; i < 5; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); rw.Lock(); shared++; rw.Unlock() }()
		go func() { defer wg.Done(); rw.RLock(); _ = shared; rw.RUnlock() }()
	}
	wg.Wait()
	fmt.Println("shared", shared)
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load(), flag.Swap(false))
	var v atomic.Value
	v.Store("config-v1")
	fmt.Println(v.Load().(string))
}

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	ready  atomic.Bool
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%4 == 0 {
				s.misses.Add(1)
			} else {
				s.hits.Add(2)
			}
		}(i)
	}
	wg.Wait()
	s.ready.Store(true)
	fmt.Println("hits:", s.hits.Load(), "misses:", s.misses.Load(), "ready:", s.ready.Load())

	var c atomic.Int64
	c.Store(100)
	fmt.Println(c.Add(-1), c.Load())
	fmt.Println(c.CompareAndSwap(99, 1), c.Load())
	fmt.Println(c.CompareAndSwap(99, 2), c.Load())
	fmt.Println(c.Swap(5), c.Load())

	var i32 atomic.Int32
	fmt.Println(i32.Load(), i32.Add(7), i32.Swap(-1), i32.Load())

	var u atomic.Uint64
	u.Add(3)
	fmt.Println(u.Load())

	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store("hello")
	fmt.Println(v.Load().(string))

	var b atomic.Bool
	fmt.Println(b.Load(), b.CompareAndSwap(false, true), b.Load(), b.Swap(false))
}

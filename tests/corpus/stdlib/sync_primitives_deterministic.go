// Pins sync.WaitGroup, Mutex, RWMutex, Once, sync.Map (sorted via Range collection), Pool Get/New and sync/atomic counters with results independent of scheduling.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total)
	var once sync.Once
	calls := 0
	for i := 0; i < 5; i++ {
		once.Do(func() { calls++ })
	}
	fmt.Println("once calls", calls)
	var cnt atomic.Int64
	var u32 atomic.Uint32
	var old int32
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			cnt.Add(2)
			u32.Add(1)
			atomic.AddInt32(&old, 3)
		}()
	}
	wg2.Wait()
	fmt.Println(cnt.Load(), u32.Load(), atomic.LoadInt32(&old))
	fmt.Println(cnt.CompareAndSwap(40, 1), cnt.CompareAndSwap(40, 2), cnt.Swap(9), cnt.Load())
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.Swap(true), flag.Load())
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("stored")
	fmt.Println(v.Load())
	var sm sync.Map
	for i := 0; i < 5; i++ {
		sm.Store(i, i*i)
	}
	val, ok := sm.Load(3)
	fmt.Println(val, ok)
	act, loaded := sm.LoadOrStore(3, 100)
	fmt.Println(act, loaded)
	act, loaded = sm.LoadOrStore(10, 100)
	fmt.Println(act, loaded)
	sm.Delete(0)
	var keys []int
	sm.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println(keys)
	var rw sync.RWMutex
	shared := map[string]int{}
	var wg3 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg3.Add(1)
		go func(i int) {
			defer wg3.Done()
			rw.Lock()
			shared[fmt.Sprint("k", i%3)]++
			rw.Unlock()
			rw.RLock()
			_ = shared["k0"]
			rw.RUnlock()
		}(i)
	}
	wg3.Wait()
	fmt.Println(shared)
	p := sync.Pool{New: func() any { return "fresh" }}
	fmt.Println(p.Get())
}

package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	calls := 0
	get := sync.OnceValue(func() int {
		calls++
		return 42
	})
	fmt.Println(get(), get(), calls)
	both := sync.OnceValues(func() (string, error) {
		calls++
		return "cfg", nil
	})
	v, err := both()
	v2, _ := both()
	fmt.Println(v, err, v2, calls)
	hello := sync.OnceFunc(func() { fmt.Println("hello once") })
	hello()
	hello()
	var m sync.Map
	m.Store("b", 2)
	m.Store("a", 1)
	m.Store("c", 3)
	val, ok := m.Load("a")
	fmt.Println(val, ok)
	_, ok = m.Load("zz")
	fmt.Println(ok)
	actual, loaded := m.LoadOrStore("a", 100)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("d", 4)
	fmt.Println(actual, loaded)
	m.Delete("b")
	old, loaded := m.LoadAndDelete("c")
	fmt.Println(old, loaded)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	pool := sync.Pool{New: func() any { return new([]byte) }}
	bp := pool.Get().(*[]byte)
	*bp = append((*bp)[:0], "pooled"...)
	fmt.Println(string(*bp))
	pool.Put(bp)
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

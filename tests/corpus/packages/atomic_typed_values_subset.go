package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

func main() {
	var i32 atomic.Int32
	var u64 atomic.Uint64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				i32.Add(1)
				u64.Add(2)
			}
		}()
	}
	wg.Wait()
	fmt.Println(i32.Load(), u64.Load())
	fmt.Println(i32.Swap(5), i32.Load(), i32.CompareAndSwap(4, 9), i32.CompareAndSwap(5, 9), i32.Load())
	i32.Store(-3)
	fmt.Println(i32.Add(-2))
	var raw int64
	atomic.StoreInt64(&raw, 10)
	fmt.Println(atomic.AddInt64(&raw, 5), atomic.LoadInt64(&raw), atomic.CompareAndSwapInt64(&raw, 15, 0), raw)
	fmt.Println(atomic.SwapInt64(&raw, 7), raw)
	var u32 uint32
	atomic.AddUint32(&u32, ^uint32(0))
	fmt.Println(u32)
	var av atomic.Value
	fmt.Println(av.Load() == nil)
	av.Store(Config{"v", 3})
	c := av.Load().(Config)
	fmt.Printf("%+v\n", c)
	fmt.Println(av.CompareAndSwap(Config{"v", 3}, Config{"w", 4}), av.Load())
	var i64 atomic.Int64
	i64.Store(1 << 40)
	fmt.Println(i64.Load(), i64.Load())
	var b atomic.Bool
	b.Store(true)
	fmt.Println(b.Load(), b.Swap(false), b.Load())
}

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				atomic.AddInt64(&n, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("added:", atomic.LoadInt64(&n))
	fmt.Println("add returns new:", atomic.AddInt64(&n, -5))
	atomic.StoreInt64(&n, 42)
	fmt.Println("stored:", atomic.LoadInt64(&n))
	fmt.Println("cas wrong old:", atomic.CompareAndSwapInt64(&n, 1, 2), n)
	fmt.Println("cas right old:", atomic.CompareAndSwapInt64(&n, 42, 43), n)
	fmt.Println("swap old:", atomic.SwapInt64(&n, 7), "now:", n)

	var u uint32
	atomic.AddUint32(&u, 10)
	atomic.AddUint32(&u, ^uint32(0)) // subtract 1
	fmt.Println("uint32:", atomic.LoadUint32(&u))

	var i32 int32
	atomic.StoreInt32(&i32, -3)
	fmt.Println("int32:", atomic.AddInt32(&i32, 1))
}

// sync/atomic's generic Pointer: Load, Store, Swap and CompareAndSwap,
// shared by goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type node struct{ name string }

func main() {
	var p atomic.Pointer[node]
	fmt.Println(p.Load() == nil)
	a, b := &node{"a"}, &node{"b"}
	p.Store(a)
	fmt.Println(p.Load().name, p.CompareAndSwap(b, b), p.CompareAndSwap(a, b), p.Load().name)
	fmt.Println(p.Swap(a).name, p.Load().name)

	var head atomic.Pointer[[]int]
	head.Store(&[]int{})
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				old := head.Load()
				grown := append(append([]int{}, *old...), i)
				if head.CompareAndSwap(old, &grown) {
					return
				}
			}
		}()
	}
	wg.Wait()
	sum := 0
	for _, v := range *head.Load() {
		sum += v
	}
	fmt.Println(len(*head.Load()), sum)
}

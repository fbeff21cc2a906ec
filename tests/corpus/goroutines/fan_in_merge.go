package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(base, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- base + i
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	merged := merge(producer(100, 3), producer(200, 4), producer(300, 2))
	var got []int
	for v := range merged {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(got)
}

package main

import (
	"fmt"
	"sync"
)

func task(id int, wg *sync.WaitGroup, results []int) {
	defer wg.Done()
	results[id] = id * 10
}

type Group struct {
	wg  sync.WaitGroup
	mu  sync.Mutex
	sum int
}

func (g *Group) Go(n int) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		g.mu.Lock()
		g.sum += n
		g.mu.Unlock()
	}()
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 8)
	wg.Add(len(results))
	for i := range results {
		go task(i, &wg, results)
	}
	wg.Wait()
	fmt.Println(results)

	g := &Group{}
	for i := 1; i <= 10; i++ {
		g.Go(i)
	}
	g.wg.Wait()
	fmt.Println("group sum:", g.sum)

	// Wait on a zero WaitGroup returns immediately
	var empty sync.WaitGroup
	empty.Wait()
	fmt.Println("empty wait ok")

	// reuse after Wait
	wg.Add(2)
	go wg.Done()
	go wg.Done()
	wg.Wait()
	fmt.Println("reused")
}

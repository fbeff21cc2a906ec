package main

// Goroutines parked on channels hold pointers only in their frames while
// others allocate: the collector walks parked goroutines' frames.

import (
	"fmt"
	"strconv"
	"sync"
)

type T struct {
	s string
	n *T
	v []int
}

func mk(i int) *T { return &T{s: strconv.Itoa(i), v: []int{i, i + 1}} }

func worker(id int, in <-chan int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	mine := mk(id)
	var iface any = mk(id * 10)
	for x := range in {
		t := mk(x)
		t.n = mine
		ok := t.s == strconv.Itoa(x) && t.n.s == strconv.Itoa(id) && iface.(*T).s == strconv.Itoa(id*10) && t.v[1] == x+1 && mine.v[0] == id
		out <- fmt.Sprint(ok)
	}
	out <- "done"
}

func main() {
	in := make(chan int)
	out := make(chan string, 100)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, in, out, &wg)
	}
	total := 0
	go func() {
		for i := 0; i < 400; i++ {
			in <- i
			junk := make([]string, 20)
			for j := range junk {
				junk[j] = strconv.Itoa(j)
			}
		}
		close(in)
	}()
	got := 0
	for s := range out {
		total += len(s)
		got++
		if got == 404 {
			break
		}
	}
	wg.Wait()
	fmt.Println(total, got)
}

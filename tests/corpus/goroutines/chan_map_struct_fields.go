package main

import (
	"fmt"
	"sort"
)

type Hub struct {
	in   chan string
	done chan struct{}
}

func main() {
	m := map[string]chan int{}
	for _, k := range []string{"a", "b", "c"} {
		m[k] = make(chan int, 1)
	}
	m["a"] <- 1
	m["b"] <- 2
	m["c"] <- 3
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, <-m[k])
	}
	_, ok := m["zz"]
	fmt.Println("missing key nil chan:", m["zz"] == nil, ok)

	h := Hub{in: make(chan string), done: make(chan struct{})}
	go func() {
		for s := range h.in {
			fmt.Println("hub got", s)
		}
		close(h.done)
	}()
	h.in <- "x"
	h.in <- "y"
	close(h.in)
	<-h.done
	fmt.Println("hub finished")
}

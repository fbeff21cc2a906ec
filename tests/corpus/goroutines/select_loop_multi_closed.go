package main

import (
	"fmt"
	"sort"
)

func source(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s%d", name, i)
		}
		close(ch)
	}()
	return ch
}

func main() {
	a, b, c := source("a", 3), source("b", 2), source("c", 4)
	var all []string
	open := 3
	for open > 0 {
		select {
		case s, ok := <-a:
			if !ok {
				a = nil
				open--
				continue
			}
			all = append(all, s)
		case s, ok := <-b:
			if !ok {
				b = nil
				open--
				continue
			}
			all = append(all, s)
		case s, ok := <-c:
			if !ok {
				c = nil
				open--
				continue
			}
			all = append(all, s)
		}
	}
	sort.Strings(all)
	fmt.Println(len(all), all)
}

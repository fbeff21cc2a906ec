package main

import "fmt"

func produce(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i * 10
		}
	}()
	return ch
}

func main() {
	for v := range produce(5) {
		fmt.Println(v)
	}
	count := 0
	for range produce(100) {
		count++
	}
	fmt.Println("count:", count)
	empty := make(chan int)
	close(empty)
	for v := range empty {
		fmt.Println("never", v)
	}
	fmt.Println("done")
}

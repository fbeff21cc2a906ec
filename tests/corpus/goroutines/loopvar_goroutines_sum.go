package main

import "fmt"

func main() {
	ch := make(chan int)
	for i := 0; i < 10; i++ {
		go func() {
			ch <- i * i // per-iteration i (Go 1.22)
		}()
	}
	sum := 0
	for k := 0; k < 10; k++ {
		sum += <-ch
	}
	fmt.Println("sum of squares:", sum)

	words := []string{"x", "yy", "zzz"}
	lens := make(chan int)
	for _, w := range words {
		go func() { lens <- len(w) }()
	}
	total := 0
	for range words {
		total += <-lens
	}
	fmt.Println("total len:", total)
}

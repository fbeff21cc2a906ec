package main

import "fmt"

type item struct {
	id   int
	name string
}

func main() {
	items := make(chan item, 4)
	done := make(chan int)
	go func() {
		count := 0
		for it := range items {
			fmt.Printf("consumed %d:%s\n", it.id, it.name)
			count++
		}
		done <- count
	}()
	names := []string{"apple", "banana", "cherry", "date", "elder", "fig"}
	for i, n := range names {
		items <- item{i, n}
	}
	close(items)
	fmt.Println("consumer handled", <-done, "items")
}

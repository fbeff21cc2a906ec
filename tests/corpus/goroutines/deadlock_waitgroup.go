package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func() { wg.Done() }()
	}
	wg.Wait()
	fmt.Println("unreachable")
}

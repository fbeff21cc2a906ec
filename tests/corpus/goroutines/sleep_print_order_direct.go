package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for _, name := range []string{"c", "a", "b"} {
		var d time.Duration
		switch name {
		case "a":
			d = 10 * time.Millisecond
		case "b":
			d = 50 * time.Millisecond
		case "c":
			d = 90 * time.Millisecond
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(d)
			fmt.Println("woke:", name)
		}()
	}
	wg.Wait()
	fmt.Println("all awake")
}

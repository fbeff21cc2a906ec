package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 5 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks:", n)

	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(1 * time.Second)
	count := 0
	for count < 3 {
		select {
		case <-tick.C:
			count++
		case <-deadline:
			fmt.Println("deadline hit (unexpected)")
			return
		}
	}
	fmt.Println("select ticks:", count)
}

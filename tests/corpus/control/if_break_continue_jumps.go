package main

import "fmt"

func main() {
	// `if cond { break }` and `if cond { continue }` in loops, switches
	// and selects, labeled and not, with compound conditions.
	var got []int
	for i := 0; i < 20; i++ {
		if i%2 == 0 && i != 4 {
			continue
		}
		if i > 11 || i == 100 {
			break
		}
		got = append(got, i)
	}
	fmt.Println(got)
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue outer
			}
			if !(i+j < 5) {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		switch {
		case i == 1:
			if i > 0 {
				break
			}
			fmt.Println("unreachable")
		default:
			fmt.Println("case", i)
		}
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v == 2 {
				continue
			}
			fmt.Println("received", v)
		}
	}
	n := 0
	for range 10 {
		n++
		if n >= 7 {
			break
		}
	}
	fmt.Println(n)
}

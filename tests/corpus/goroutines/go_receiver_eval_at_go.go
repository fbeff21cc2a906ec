package main

import "fmt"

type T struct{ v int }

func (t T) Val(out chan<- int) { out <- t.v }

func main() {
	out := make(chan int)
	t := T{1}
	go t.Val(out) // receiver copied at the go statement
	t.v = 2
	fmt.Println(<-out)

	fs := []func(chan<- int){
		func(c chan<- int) { c <- 10 },
		func(c chan<- int) { c <- 20 },
	}
	i := 0
	go fs[i](out) // function value evaluated now
	i = 1
	fmt.Println(<-out, i)
}

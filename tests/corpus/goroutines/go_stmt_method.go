package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Run(times int, done chan<- *Counter) {
	for i := 0; i < times; i++ {
		c.n++
	}
	done <- c
}

func (c Counter) Report(out chan<- string) {
	out <- fmt.Sprintf("%s=%d", c.name, c.n)
}

func main() {
	c := &Counter{name: "ctr"}
	done := make(chan *Counter)
	go c.Run(7, done)
	got := <-done
	fmt.Println(got == c, c.n)

	out := make(chan string)
	go c.Report(out) // value receiver copied at go statement
	fmt.Println(<-out)

	f := c.Run // method value
	go f(3, done)
	<-done
	fmt.Println(c.n)
}

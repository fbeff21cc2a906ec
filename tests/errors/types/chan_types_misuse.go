package main

type Recv <-chan int

func main() {
	var a chan int
	var b chan string
	_ = a == b
	var r Recv = a
	var s chan<- int = r
	_ = s
	_ = make(chan int, -1)
	var m map[chan []int]int
	_ = m
	_ = a < a
}

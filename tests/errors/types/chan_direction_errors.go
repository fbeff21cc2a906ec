package main

func main() {
	var r <-chan int
	var s chan<- int
	r <- 1
	<-s
	close(r)
	for range s {
	}
	var c chan int = r
	_ = c
}

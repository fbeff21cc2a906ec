package main

func main() {
	x := 1
	x <- 2
	<-x
	close(x)
	ch := make(chan string)
	ch <- 3
	var n int = <-ch
	_ = n
	for a, b := range ch {
		_, _ = a, b
	}
}

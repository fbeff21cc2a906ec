package main

func f() int { return 1 }

func main() {
	ch := make(chan int)
	select {
	case f():
	case x := 1:
		_ = x
	case ch <- 1:
	}
}

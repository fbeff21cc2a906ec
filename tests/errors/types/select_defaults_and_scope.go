package main

func f(ch chan int) int {
	select {
	case v := <-ch:
		return v
	default:
	}
}

func main() {
	ch := make(chan int)
	select {
	default:
	case v, ok := <-ch:
	default:
	}
	_ = f(ch)
}

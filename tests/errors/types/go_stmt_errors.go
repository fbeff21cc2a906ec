package main

func main() {
	go 1
	go int(2)
	go len("x")
	ch := make(chan int, "two")
	_ = ch
	_ = make(chan int, 1, 2)
}

package main

import "fmt"

func show(tag string, v int, out chan<- string) {
	out <- fmt.Sprintf("%s: %d", tag, v)
}

func next(n *int) int {
	*n++
	fmt.Println("evaluating arg, n =", *n)
	return *n
}

func main() {
	out := make(chan string)
	x := 1
	go show("x", x, out) // x evaluated now (1)
	x = 100
	fmt.Println(<-out)

	n := 0
	go show("n", next(&n), out) // next runs in main before goroutine starts
	fmt.Println("after go statement, n =", n)
	fmt.Println(<-out)

	s := []int{1, 2, 3}
	go func(v []int, k int) {
		out <- fmt.Sprint(v, k)
	}(s[:2], len(s))
	s = append(s, 4)
	fmt.Println(<-out)
}

package main

import "fmt"

func main() {
	var a chan int
	fmt.Println(a == nil)
	a = make(chan int)
	b := a
	c := make(chan int)
	fmt.Println(a == nil, a == b, a == c)

	var r <-chan int = a
	fmt.Println(r == a)

	var x, y interface{} = a, b
	fmt.Println(x == y)

	set := map[chan int]string{a: "a", c: "c"}
	fmt.Println(set[b], set[c], len(set))

	var s chan<- int
	fmt.Println(s == nil)
	fmt.Printf("%v\n", (chan string)(nil))
}

package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 7
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)

	s := make(chan string)
	close(s)
	str, ok := <-s
	fmt.Printf("%q %v\n", str, ok)

	type P struct {
		X, Y int
		Name string
	}
	p := make(chan P)
	close(p)
	fmt.Printf("%+v\n", <-p)

	ptr := make(chan *int)
	close(ptr)
	fmt.Println(<-ptr == nil)

	e := make(chan error)
	close(e)
	fmt.Println(<-e)
}

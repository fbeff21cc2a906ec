package main

import "fmt"

var calls int

func arr() *[5]int {
	calls++
	return nil
}

func ch() chan [3]int {
	c := make(chan [3]int, 1)
	c <- [3]int{1, 2, 3}
	return c
}

const k = len([4]int{}) // constant: no call

func main() {
	fmt.Println(len(arr()), cap(arr()), calls)
	fmt.Println(len(<-ch()), k)
	var a [6]string
	fmt.Println(len(a), cap(&a))
	n := 0
	for range arr() {
		n++
	}
	fmt.Println(n, calls)
	var nilc chan int
	println(nilc == nil)
}

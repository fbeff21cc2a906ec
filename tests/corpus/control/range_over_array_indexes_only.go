package main

import "fmt"

var calls int

func arr() [4]int {
	calls++
	return [4]int{1, 2, 3, 4}
}

func parr() *[3]string {
	calls++
	return nil
}

func main() {
	var p *[5]int
	n := 0
	for i := range *p {
		n += i
	}
	for range *p {
		n++
	}
	for i := range arr() {
		n += i
	}
	for i := range parr() {
		n += i
	}
	var big [1 << 20]int
	for i := range big {
		big[i] = i
	}
	s := 0
	for _, v := range big {
		big[len(big)-1] = 0
		s += v
	}
	fmt.Println(n, calls, s, big[len(big)-1])
	ch := make(chan [2]int, 1)
	ch <- [2]int{}
	for i := range <-ch {
		n += i
	}
	fmt.Println(n)
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	for i := range *parr() {
		n += i
	}
	fmt.Println("not reached", n)
}

package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

type Shape interface{ Area() int }
type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Sq int

func (s Sq) Area() int { return int(s * s) }

func main() {
	ps := make(chan Point, 2)
	ps <- Point{1, 2}
	ps <- Point{3, 4}
	a, b := <-ps, <-ps
	fmt.Println(a, b, a.X+b.Y)

	ss := make(chan string)
	go func() { ss <- strings.Repeat("ab", 3); close(ss) }()
	fmt.Println(<-ss)

	is := make(chan Shape, 3)
	is <- Rect{2, 3}
	is <- Sq(4)
	is <- nil
	for i := 0; i < 3; i++ {
		s := <-is
		if s == nil {
			fmt.Println("nil shape")
			continue
		}
		fmt.Printf("%T %d\n", s, s.Area())
	}

	sl := make(chan []int, 1)
	orig := []int{1, 2, 3}
	sl <- orig
	got := <-sl
	got[0] = 99 // shares backing array
	fmt.Println(orig, got)

	anys := make(chan interface{}, 3)
	anys <- 1
	anys <- "two"
	anys <- 3.5
	close(anys)
	for v := range anys {
		fmt.Printf("%v(%T) ", v, v)
	}
	fmt.Println()
}

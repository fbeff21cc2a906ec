package main

import "fmt"

type Point struct {
	X, Y int
}

type Label struct {
	Text string
	On   bool
}

type Shape struct {
	Name   string
	Corner Point
	Tags   []string
	Next   *Shape
	Sizes  [2]uint8
}

func main() {
	p := Point{1, -2}
	fmt.Printf("%v|%d|%x|%05d|%+d|%s\n", p, p, p, p, p, p)
	fmt.Printf("%T|%T\n", p, &p)
	l := Label{"go", true}
	fmt.Printf("%v|%s|%q|%t|%x\n", l, l, l, l, l)
	sh := Shape{Name: "sq", Corner: Point{3, 4}, Tags: []string{"a", "b"}}
	fmt.Printf("%v|%q|%d\n", sh, sh, sh)
	fmt.Printf("%v\n", &sh)
	fmt.Printf("%d\n", &p)
	pts := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v|%d|%03d|%T\n", pts, pts, pts, pts)
	var empty struct{}
	fmt.Printf("%v|%d\n", empty, empty)
	fmt.Println(p, l, sh, pts, &p)
	fmt.Print(p, l, "\n")
}

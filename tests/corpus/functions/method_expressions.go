package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int          { return p.X + p.Y }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

type Num int

func (n Num) Double() Num { return n * 2 }

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (s Sq) Area() float64 { return s.s * s.s }

type Named struct {
	Point
	name string
}

func main() {
	sum := Point.Sum
	fmt.Println(sum(Point{1, 2}))
	scale := (*Point).Scale
	p := Point{3, 4}
	scale(&p, 10)
	fmt.Println(p, (*Point).Sum(&p), Point.Add(p, Point{1, 1}))
	fmt.Println(Num.Double(21))
	area := Shape.Area
	fmt.Println(area(Sq{3}))
	fmt.Println(Named.Sum(Named{Point{5, 6}, "n"}))
	fs := []func(Point) int{Point.Sum}
	fmt.Printf("%d %T\n", fs[0](Point{7, 8}), Point.Add)
	err := error.Error
	fmt.Println(err(fmt.Errorf("boom %d", 1)))
}

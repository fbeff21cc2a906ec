package main

import "fmt"

// Method calls through interfaces in a hot loop.
type Shape interface {
	Area() float64
	Scale(k float64) Shape
}

type Rect struct{ w, h float64 }
type Circle struct{ r float64 }
type Square struct{ s float64 }

func (r Rect) Area() float64            { return r.w * r.h }
func (r Rect) Scale(k float64) Shape    { return Rect{r.w * k, r.h * k} }
func (c *Circle) Area() float64         { return 3 * c.r * c.r }
func (c *Circle) Scale(k float64) Shape { return &Circle{c.r * k} }
func (s Square) Area() float64          { return s.s * s.s }
func (s Square) Scale(k float64) Shape  { return Square{s.s * k} }

func main() {
	shapes := []Shape{Rect{1, 2}, &Circle{1.5}, Square{3}, Rect{0.5, 4}}
	total := 0.0
	for i := 0; i < 5_000_000; i++ {
		total += shapes[i%len(shapes)].Area()
	}
	scaled := 0.0
	for i := 0; i < 200_000; i++ {
		scaled += shapes[i%len(shapes)].Scale(1.001).Area()
	}
	fmt.Printf("%.1f %.3f\n", total, scaled)
}

package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point {
	return Point{p.X + q.X, p.Y + q.Y}
}

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

type Counter struct {
	name  string
	count int
	hist  []int
}

func (c *Counter) Inc() int {
	c.count++
	c.hist = append(c.hist, c.count)
	return c.count
}

func NewCounter(name string) *Counter {
	return &Counter{name: name}
}

type Celsius int

func (c Celsius) Fahrenheit() int { return int(c)*9/5 + 32 }

type Node struct {
	val  int
	next *Node
}

func sum(n *Node) int {
	total := 0
	for ; n != nil; n = n.next {
		total += n.val
	}
	return total
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 10}
	r := p.Add(q)
	fmt.Println(p, q, r, r.X, r.Y)
	r.Scale(3)
	fmt.Println(r)
	pp := &r
	pp.Scale(2)
	pp.X++
	fmt.Println(r, *pp, pp.Add(p), p == Point{1, 2}, p != q)
	c := NewCounter("hits")
	c.Inc()
	c.Inc()
	fmt.Println(c.Inc(), c.name, c.count, c.hist, c)
	var local Counter
	local.Inc()
	fmt.Println(local, local.count)
	fmt.Println(Celsius(100).Fahrenheit(), Celsius(-40).Fahrenheit())
	var list *Node
	for i := range 5 {
		list = &Node{i, list}
	}
	fmt.Println(sum(list), list.val, list.next.val, list.next.next.next.next.next == nil)
	x := 5
	px := &x
	*px += 10
	ppx := &px
	**ppx *= 2
	fmt.Println(x, *px == x, px == *ppx)
	points := []Point{{1, 1}, {2, 2}}
	points[1].Scale(5)
	points[0].X = 7
	fmt.Println(points, len(points))
	var a, b any = Point{1, 2}, Point{1, 2}
	fmt.Println(a == b, a)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var nilp *Point
	fmt.Println(nilp == nil)
	nilp.Scale(2)
}

package main

import (
	"fmt"
	"math"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Inc() int      { c.n++; return c.n }
func (c Counter) Get() int       { return c.n }
func (c Counter) Add(k int) int  { return c.n + k }

type Greeter interface{ Greet(name string) string }
type English struct{ excl string }

func (e English) Greet(name string) string { return "Hello, " + name + e.excl }

func apply(f func(string) string, s string) string { return f(s) }
func applyF(f func(float64) float64, x float64) float64 { return f(x) }

func main() {
	c := Counter{}
	inc := c.Inc
	get := c.Get // binds a copy now
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get(), Counter{5}.Add(3))
	add := c.Add
	c.n = 100
	fmt.Println(add(1))

	var g Greeter = English{"!"}
	greet := g.Greet
	g = English{"?"}
	fmt.Println(greet("Go"), g.Greet("Rust"))

	fmt.Println(apply(strings.ToUpper, "shout"), apply(strings.TrimSpace, "  pad  "))
	fmt.Println(applyF(math.Sqrt, 16), applyF(math.Floor, 2.7), applyF(math.Abs, -3))
	fs := []func(float64) float64{math.Ceil, math.Trunc, math.Round}
	for _, f := range fs {
		fmt.Print(f(-2.5), " ")
	}
	fmt.Println()
	p := &Counter{7}
	pg := p.Get
	p.n = 8
	fmt.Println(pg(), p.Get())
	pr := fmt.Sprintf
	fmt.Println(pr("%d-%s", 4, "x"))
	var nilp *Counter
	defer func() { fmt.Println("recovered:", recover()) }()
	f := nilp.Get
	fmt.Println("unreachable", f())
}

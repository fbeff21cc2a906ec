package main

import "fmt"

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }

func (r Rect) Area() int     { return r.W * r.H }
func (r Rect) Name() string { return "rect" }

type Square struct{ S int }

func (s *Square) Area() int     { return s.S * s.S }
func (s *Square) Name() string { return "square" }
func (s *Square) Grow()         { s.S++ }

type Celsius int

func (c Celsius) Name() string { return "celsius" }
func (c Celsius) Area() int    { return int(c) }

type Namer interface{ Name() string }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case string, bool:
		return fmt.Sprintf("string or bool %v", x)
	case Shape:
		return "shape " + x.Name()
	case []int:
		return fmt.Sprint("ints ", len(x))
	default:
		return fmt.Sprintf("other %v", x)
	}
}

func total(shapes []Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	sq := &Square{3}
	shapes := []Shape{Rect{2, 5}, sq, Celsius(7)}
	fmt.Println(total(shapes))
	sq.Grow()
	fmt.Println(total(shapes), shapes[1].Name(), shapes[1].Area())
	var n Namer = shapes[0]
	fmt.Println(n.Name(), n != nil)
	r, ok := n.(Rect)
	fmt.Println(r, ok, r.W)
	_, isSq := n.(*Square)
	s2, isShape := n.(Shape)
	fmt.Println(isSq, isShape, s2.Area())
	for _, v := range []any{nil, 41, "hi", true, Rect{1, 1}, sq, []int{1, 2}, uint8(3)} {
		fmt.Println(describe(v))
	}
	var empty Shape
	fmt.Println(empty == nil)
	defer fmt.Println("deferred through an interface:", shapes[2].Name())
	defer func() {
		fmt.Println("recovered:", recover())
		defer func() { fmt.Println("recovered:", recover()) }()
		var sh Shape
		sh.Area()
	}()
	var x any = "text"
	fmt.Println(x.(int))
}

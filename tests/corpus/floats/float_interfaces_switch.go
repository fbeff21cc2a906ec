package main

import "fmt"

type Temp float64

type stringer interface{ String() string }

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func (c Circle) Area() float64 { return 3.14159 * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }

func describe(v interface{}) string {
	switch x := v.(type) {
	case float64:
		return fmt.Sprintf("float64 %v", x)
	case float32:
		return fmt.Sprintf("float32 %v", x)
	case int:
		return fmt.Sprintf("int %v", x)
	case stringer:
		return "stringer " + x.String()
	}
	return "other"
}

func main() {
	fmt.Println(describe(1.5), describe(float32(2.5)), describe(3), describe(Temp(21.5)))
	shapes := []Shape{Circle{1}, Rect{2, 3.5}, Circle{0.5}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("%.4f %v\n", total, shapes)
	fmt.Printf("%+v %#v\n", Rect{1.5, 2}, Circle{2.5})
	var t stringer = Temp(-3)
	fmt.Println(t, Temp(100))
	switch v := 2.5; {
	case v < 1:
		fmt.Println("small")
	case v < 3:
		fmt.Println("medium")
	}
	switch 0.5 + 0.25 {
	case 0.75:
		fmt.Println("exact")
	default:
		fmt.Println("inexact")
	}
	if r, ok := shapes[1].(Rect); ok {
		fmt.Println(r.W*2, r == Rect{2, 3.5}, r != Rect{2, 3})
	}
}

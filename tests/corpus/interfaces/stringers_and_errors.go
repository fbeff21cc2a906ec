package main

import "fmt"

type Celsius int

func (c Celsius) String() string { return fmt.Sprintf("%d°C", int(c)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return "not found: " + e.Name }

type Both int

func (b Both) Error() string  { return "error wins" }
func (b Both) String() string { return "string loses" }

func find(name string) error {
	if name == "" {
		return &NotFound{"<empty>"}
	}
	return nil
}

func main() {
	c := Celsius(21)
	fmt.Println(c, Celsius(-3))
	fmt.Printf("%v %s %d %q %x\n", c, c, c, c, c)
	p := &Point{1, 2}
	fmt.Println(p, *p)
	err := find("")
	fmt.Println(err, find("x") == nil)
	fmt.Printf("[%v] [%s] [%10s]\n", err, err, Both(1))
	s := fmt.Sprint("temp=", c, " ", Both(0))
	fmt.Println(s, len(s))
	var e error = &NotFound{"x"}
	if nf, ok := e.(*NotFound); ok {
		fmt.Println("found type", nf.Name)
	}
	defer fmt.Println("deferred", Celsius(100))
	panic(err)
}

package main

import "fmt"

// A type declared before the methods that make its type arguments satisfy
// their constraints: Go verifies instances once every method is known.

type Y struct {
	s Set[MyInt]
	p *Set[Name]
}

type Set[T fmt.Stringer] struct{ v []T }

func (s *Set[T]) Add(v T) { s.v = append(s.v, v) }

func (s Set[T]) String() string {
	out := ""
	for _, v := range s.v {
		out += v.String() + ";"
	}
	return out
}

type MyInt int

func (m MyInt) String() string { return fmt.Sprint("#", int(m)) }

type Name string

func (n Name) String() string { return "name " + string(n) }

func (MyInt) Names() Set[Name] { return Set[Name]{v: []Name{"a", "b"}} }

func main() {
	var y Y
	y.s.Add(3)
	y.s.Add(4)
	fmt.Println(y.s)
	y.p = &Set[Name]{}
	y.p.Add("x")
	fmt.Println(y.p.String(), MyInt(1).Names())
}

// Pins fmt use of String/Error methods promoted through embedded fields (value, error interface, nil embedded pointer -> PANIC annotation), Stringers nested in struct fields, slices, maps and arrays.
package main

import (
	"errors"
	"fmt"
)

type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

type Person struct {
	Name
	Age int
}

type Wrapper struct {
	error
	Code int
}

type Both struct {
	Name
	error
}

type PtrStr struct{ v int }

func (p *PtrStr) String() string { return fmt.Sprint("P", p.v) }

type HasPtr struct {
	*PtrStr
	X int
}

type Inner struct{ A int }

func (Inner) String() string { return "inner!" }

type Outer struct {
	I Inner
	J *Inner
}

func main() {
	p := Person{"bob", 30}
	fmt.Println(p)
	fmt.Printf("%v|%+v|%s|%#v\n", p, p, p, p)
	w := Wrapper{errors.New("wrapped"), 5}
	fmt.Println(w)
	fmt.Printf("%v|%+v\n", w, w)
	hp := HasPtr{&PtrStr{4}, 1}
	fmt.Println(hp)
	var hn HasPtr
	fmt.Println(hn)
	o := Outer{Inner{1}, &Inner{2}}
	fmt.Printf("%v %+v\n", o, o)
	fmt.Println([]Inner{{1}}, map[string]Inner{"k": {}}, [1]Person{})
	var e error = Wrapper{nil, 1}
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		fmt.Println(e)
	}()
}

// Pins %v %+v %#v %T on slices, arrays, maps (sorted keys), nested structs, pointers to structs, embedded fields, nil values and byte slices.
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	P     *Inner
	L     []int
	M     map[string]int
	E     error
	I     any
	unexp float64
}

type Emb struct {
	Inner
	X bool
}

type Color int

func main() {
	o := Outer{Name: "o", In: Inner{1, "x"}, L: []int{1, 2}, M: map[string]int{"b": 2, "a": 1}, unexp: 1.5}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%v %+v %#v\n", &o.In, &o.In, &o.In)
	fmt.Printf("%#v\n", o.L)
	fmt.Printf("%#v\n", o.M)
	fmt.Printf("%#v %#v %#v\n", []string{"a", "b"}, [2]bool{true}, map[int]bool{3: true, 1: false})
	e := Emb{Inner{3, "z"}, true}
	fmt.Printf("%v %+v %#v\n", e, e, e)
	var np *Inner
	var ns []int
	var nm map[string]int
	var ni any
	var ne error
	fmt.Printf("%v %+v %#v|%v %#v|%v %#v|%v %#v|%v\n", np, np, np, ns, ns, nm, nm, ni, ni, ne)
	fmt.Printf("%T %T %T %T %T %T\n", o, &o, o.L, o.M, ni, e)
	fmt.Printf("%v %#v %T\n", Color(3), Color(3), Color(3))
	fmt.Printf("%v %d %s %x %q\n", []byte("ab"), []byte("ab"), []byte("ab"), []byte("ab"), []byte("ab"))
	fmt.Printf("%#v %#v\n", []byte("ab"), [3]byte{1, 2, 3})
	fmt.Printf("%d %x %o\n", []int{10, 11}, [2]int{255, 16}, map[string]int{"k": 8})
	fmt.Printf("%v %#v\n", struct{}{}, struct{}{})
	fmt.Printf("%v %+v\n", struct {
		a, b int
		c    []string
	}{1, 2, nil}, [][]int{{1}, {2, 3}, nil})
	fmt.Printf("%#v %#v %#v\n", 3.0, float32(2.5), "q\"s")
	fmt.Printf("%#v %#v %#v %#v\n", int8(-3), uint(7), 'x', complex(1, 2))
	fmt.Printf("%#v\n", map[Inner][]int{{1, "a"}: {1}, {0, "b"}: nil})
	fmt.Printf("%v\n", map[float64]string{2.5: "x", -1: "y", 0: "z"})
	fmt.Printf("%v\n", map[bool]int{true: 1, false: 0})
	fmt.Printf("%s\n", []string{"x", "y"})
	fmt.Printf("%q\n", []string{"x", "y z"})
	fmt.Printf("%5d|\n", []int{1, 22})
}

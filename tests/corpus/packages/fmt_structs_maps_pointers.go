package main

import (
	"fmt"
)

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	Inner *Point
	m     map[string]int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Wrapper struct {
	Temp Celsius
	P    Point
}

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprintf("code %d", e.code) }

func main() {
	p := Point{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v %+v\n", pp, pp)
	n := Named{Name: "n", Tags: []string{"a", "b"}, Inner: nil, m: map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n%+v\n", n, n)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m)
	fmt.Printf("%v %d\n", m, m)
	mi := map[int]string{3: "c", 1: "a", 2: "b"}
	fmt.Println(mi)
	fmt.Printf("%#v\n", map[string]bool{"y": true, "x": false})
	fmt.Printf("%#v %#v\n", []int{1, 2}, [2]string{"a", "b"})
	fmt.Printf("%#v\n", []Point{{1, 2}, {3, 4}})
	var np *Point
	fmt.Println(np == nil)
	fmt.Printf("%v %+v\n", np, np)
	w := Wrapper{Temp: 21.5, P: Point{3, 4}}
	fmt.Println(w)
	fmt.Printf("%v %s %d\n", Celsius(10), Celsius(-3.25), w.P)
	var err error = &E{7}
	fmt.Println(err)
	fmt.Printf("%v [%s] %q\n", err, err, err)
	var nilerr error
	fmt.Println(nilerr)
	fmt.Printf("%v\n", nilerr)
	var iface interface{} = 42
	fmt.Printf("%v %T\n", iface, iface)
	fmt.Printf("%v %T\n", []interface{}{1, "a", nil, 2.5}, []interface{}{})
	nested := map[string][]int{"b": {2}, "a": {1, 1}}
	fmt.Println(nested)
	arr := [3]*Point{}
	fmt.Println(arr[0] == nil, len(arr))
	fmt.Printf("%v\n", struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%+v\n", struct{ P *int }{nil})
	fmt.Printf("%v %v\n", [2]bool{true, false}, []float64{1, 2.5, 1e20})
	fmt.Printf("%s\n", []string{"x", "y"})
	fmt.Printf("%v|%s\n", []byte("hi"), []byte("hi"))
}

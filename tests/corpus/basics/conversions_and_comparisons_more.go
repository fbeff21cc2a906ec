package main

import "fmt"

type Celsius int
type ID [2]any
type Stringer interface{ String() string }
type T int

func (t T) String() string { return fmt.Sprint("T", int(t)) }

// A package variable needs T's methods before they are declared below.
var s Stringer = T(3)

var order = T.Next(1)
var base = start()

func start() int { return 40 }

func (t T) Next() int { return base + int(t) }

func pair() ([]byte, string) { return make([]byte, 3), "xyz" }

func parts() (float64, float64) { return 1.5, -2 }

func main() {
	fmt.Println(s, order)
	n := 5
	p := (*Celsius)(&n)
	*p = 7
	fmt.Println(n)
	dummy := func() [2]any { return [2]any{1, "a"} }
	fmt.Println(ID{1, "a"} == dummy())
	var i any = true
	switch {
	case i:
		fmt.Println("interface true")
	}
	b := make([]byte, 3)
	fmt.Println(copy(b, "hello"), string(b))
	fmt.Println(copy(pair()))
	fmt.Println(complex(parts()))
	x := 1
	fmt.Println(x<<(2.0), x<<(1+0i), x<<(1.<<x))
	const big = ^uint64(0)
	fmt.Println(x<<big, x>>(big-1))
	for i := range 'c' - 'a' {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
}

package main

// Instances made while types and methods are declared are verified once
// every method is known, each use on its own.

import "fmt"

type Y struct {
	s Set[MyInt]
	t Set[int]
	u Set[int]
}

type Set[T fmt.Stringer] struct{ v T }

type MyInt int

func (m MyInt) String() string { return fmt.Sprint(int(m)) }

func (MyInt) Other() Set[bool] { return Set[bool]{} }

type Num interface{ ~int }

type Box[N Num] struct{ n N }

type Q struct{ b Box[string] }

func main() {
	var y Y
	fmt.Println(y.s.v.String())
	var b Box[float64]
	_ = b
}

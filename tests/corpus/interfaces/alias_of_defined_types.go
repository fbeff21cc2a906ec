package main

import (
	"errors"
	"fmt"
	"strings"
)

// Aliases of defined types are those types: methods declared through an
// alias belong to the type, an embedded alias promotes them, interface and
// instance aliases are the same interfaces and instances, and %T and
// run-time panics name the defined type.

type Celsius float64
type Temp = Celsius

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Node struct {
	Val  int
	Next *Link
}
type Link = Node

func (n *Link) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Next.Sum()
}

type Stringer = fmt.Stringer
type Builder = strings.Builder

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Show() string { return fmt.Sprint(p.Key, "=", p.Val) }

type Entry = Pair[string, int]

type Reading struct {
	Temp
	Where string
}

func describe(x any) string {
	switch v := x.(type) {
	case Celsius:
		return "celsius " + v.String()
	case Entry:
		return "entry " + v.Show()
	case *Node:
		return fmt.Sprint("list ", v.Sum())
	case Stringer:
		return "stringer " + v.String()
	}
	return "other"
}

var ErrCold = errors.New("too cold")

type Failure = error

func check(t Temp) Failure {
	if t < 0 {
		return fmt.Errorf("%v: %w", t, ErrCold)
	}
	return nil
}

func main() {
	var t Temp = 21.5
	var c Celsius = t
	fmt.Println(t, c, t == c)
	fmt.Printf("%T %T %v\n", t, c, t)

	list := &Link{1, &Node{2, &Link{Val: 3}}}
	fmt.Println(list.Sum())
	fmt.Printf("%T %T\n", list, *list.Next)

	var s Stringer = t
	fmt.Println(s.String())

	var b Builder
	b.WriteString("al")
	b.WriteByte('i')
	b.WriteRune('a')
	fmt.Println(b.String(), b.Len())

	e := Entry{"k", 7}
	var p Pair[string, int] = e
	fmt.Println(e.Show(), p == e)
	fmt.Printf("%T %T\n", e, p)

	r := Reading{Temp: 3, Where: "attic"}
	fmt.Println(r.String(), r)

	for _, x := range []any{c, e, list, r, 4} {
		fmt.Println(describe(x))
	}

	err := check(-2)
	fmt.Println(err, errors.Is(err, ErrCold), check(1) == nil)

	var x any = e
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = x.(Celsius)
}

package main

import "fmt"

type Namer interface{ Name() string }
type Setter interface{ SetName(string) }

type Base struct{ name string }

func (b Base) Name() string      { return "base:" + b.name }
func (b *Base) SetName(n string) { b.name = n }

type Derived struct {
	Base
	extra int
}

type PtrEmbed struct {
	*Base
	tag string
}

type Deep struct {
	Derived
	n float64
}

type Small struct{ Inner }
type Inner struct{ v int }

func (i Inner) Name() string { return fmt.Sprint("inner", i.v) }

type Stringer interface{ String() string }
type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Reading struct {
	Celsius
	where string
}

func main() {
	d := Derived{Base{"d"}, 1}
	var n Namer = d
	fmt.Println(n.Name())
	var s Setter = &d
	s.SetName("changed")
	fmt.Println(d.Name(), n.Name())

	p := PtrEmbed{&Base{"p"}, "t"}
	var n2 Namer = p
	var s2 Setter = p
	s2.SetName("viaptr")
	fmt.Println(n2.Name(), p.Name())

	dp := &Deep{Derived{Base{"deep"}, 2}, 1.5}
	var n3 Namer = dp
	var s3 Setter = dp
	s3.SetName("deeper")
	fmt.Println(n3.Name(), dp.Base.name)

	var n4 Namer = Small{Inner{7}}
	fmt.Println(n4.Name())

	r := Reading{21.5, "kitchen"}
	var st Stringer = r
	fmt.Println(st.String(), r)
	fmt.Printf("%v %s\n", st, Reading{-3, "out"})

	var np *PtrEmbed = &PtrEmbed{tag: "nil base"}
	defer func() { fmt.Println("recovered:", recover()) }()
	var n5 Namer = np
	fmt.Println(n5.Name())
}

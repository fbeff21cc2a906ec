package main

import (
	"errors"
	"fmt"
	"os"
)

type Boom struct{ n int }

func (b Boom) String() string {
	if b.n > 1 {
		panic(fmt.Sprintf("too big: %d", b.n))
	}
	return fmt.Sprintf("Boom(%d)", b.n)
}

type BadErr struct{}

func (*BadErr) Error() string { panic(errors.New("error in Error")) }

type NilSafe struct{ name string }

func (n *NilSafe) String() string { return "NilSafe " + n.name }

type Deferring struct{}

func (Deferring) String() string {
	defer fmt.Println("deferred inside String runs first")
	panic(42)
}

type Recovering struct{}

func (Recovering) String() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered ", r)
		}
	}()
	panic("inner")
}

type G struct {
	A int
	B string
}

func (g G) GoString() string { return fmt.Sprintf("G{%d, %q}", g.A, g.B) }

type GP struct{ X int }

func (g *GP) GoString() string { return "&GP{...}" }

type Both int

func (Both) String() string   { return "both-string" }
func (Both) GoString() string { return "both-gostring" }

type PanicGo struct{}

func (PanicGo) GoString() string { panic("no go syntax") }

func main() {
	fmt.Println(Boom{1}, Boom{2})
	fmt.Printf("%v|%s|%q|%x|%d\n", Boom{5}, Boom{6}, Boom{7}, Boom{8}, Boom{9})
	fmt.Printf("[%10v]\n", Boom{3})
	s := fmt.Sprint(Boom{4})
	fmt.Println(len(s), s)
	var be *BadErr
	fmt.Println(be)
	fmt.Println(&BadErr{})
	var ns *NilSafe
	fmt.Println(ns == nil)
	fmt.Println(&NilSafe{"x"})
	fmt.Println(Deferring{})
	fmt.Println(Recovering{})
	fmt.Fprintln(os.Stdout, Boom{10})
	err := fmt.Errorf("wrapped: %v", Boom{11})
	fmt.Println(err)
	fmt.Println([]Boom{{1}, {12}})

	fmt.Printf("%#v\n", G{1, "x"})
	fmt.Printf("%#v %#v\n", &GP{1}, GP{2})
	fmt.Printf("%v %#v %s\n", Both(1), Both(2), Both(3))
	fmt.Printf("[%20#v]\n", Both(4))
	fmt.Printf("%#v\n", PanicGo{})
	fmt.Printf("%+v %v\n", G{3, "y"}, G{4, "z"})
	fmt.Println("done")
}

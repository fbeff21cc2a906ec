package main

import (
	"errors"
	"fmt"
	"strings"
)

var calls []string

type Noisy int

func (n Noisy) String() string {
	calls = append(calls, fmt.Sprint("String ", int(n)))
	return fmt.Sprintf("N%d", int(n))
}

func (n Noisy) GoString() string {
	calls = append(calls, fmt.Sprint("GoString ", int(n)))
	return fmt.Sprintf("Noisy(%d)", int(n))
}

type Loud struct{ id int }

func (l *Loud) Error() string {
	fmt.Println("  (Error called on", l.id, "while printing)")
	return fmt.Sprint("loud ", l.id)
}

type NilOK struct{ name string }

func (n *NilOK) String() string {
	if n == nil {
		return "NilOK(nil)"
	}
	return "NilOK(" + n.name + ")"
}

type Holder struct {
	A Noisy
	B *NilOK
	c Noisy
}

func flush(label string) {
	fmt.Printf("%s: [%s]\n", label, strings.Join(calls, ", "))
	calls = nil
}

func main() {
	fmt.Printf("%d %x %v\n", Noisy(1), Noisy(2), Noisy(3))
	flush("verbs")
	fmt.Println(Noisy(4), Noisy(4))
	flush("twice")
	fmt.Printf("%#v %+v\n", Noisy(5), Noisy(6))
	flush("sharp")
	fmt.Println([]Noisy{7, 8}, map[Noisy]bool{9: true})
	flush("nested")
	fmt.Printf("%v\n", Holder{A: 10, c: 11})
	flush("struct")
	fmt.Printf("%+v %#v\n", Holder{A: 12, B: &NilOK{"x"}}, Holder{A: 13})
	flush("struct flags")
	fmt.Println("before", &Loud{1}, "after")
	err := fmt.Errorf("wrap: %w", &Loud{2})
	fmt.Println(errors.Unwrap(err) != nil)
	fmt.Println(err)
	var n *NilOK
	fmt.Println(n, []*NilOK{nil, {"y"}})
	fmt.Printf("%T %p\n", Noisy(14), nil)
	flush("type")
}

package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return "***" }

type Money struct{ cents int64 }

func (m Money) String() string {
	return fmt.Sprintf("$%d.%02d", m.cents/100, m.cents%100)
}

func (m Money) unused(verb rune) {
	switch verb {
	case 'v', 's':
		str := fmt.Sprintf("$%d.%02d", m.cents/100, m.cents%100)
		if w, ok := 0, false; ok && len(str) < w {
			if verb == '-' {
				str += strings.Repeat(" ", w-len(str))
			} else {
				str = strings.Repeat(" ", w-len(str)) + str
			}
		}
		_ = str
	case 'd':
		_ = m.cents
	default:
		_ = verb
	}
}

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS<%d>", p.n) }

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	s := Secret("hunter2")
	fmt.Printf("%v %s\n", s, s)
	m := Money{12345}
	fmt.Printf("%v|%10v|%-10s|%d|%x\n", m, m, m, m.cents, m)
	fmt.Println(m)
	ps := PtrStringer{3}
	fmt.Println(ps, &ps)
	fmt.Printf("%v %v\n", ps, &ps)
	type Holder struct {
		C Color
		P *PtrStringer
	}
	var st fmt.Stringer = Blue
	fmt.Println(st.String(), fmt.Sprint(st))
	fmt.Printf("%s\n", error(nil))
}

package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Probe reports what fmt.State says about the verb.
type Probe struct{}

func (Probe) Format(f fmt.State, verb rune) {
	var flags []string
	for _, c := range "-+# 0" {
		if f.Flag(int(c)) {
			flags = append(flags, fmt.Sprintf("%q", c))
		}
	}
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "<%c flags=%s w=%d,%v p=%d,%v>", verb, strings.Join(flags, ""), w, wok, p, pok)
}

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	prec, ok := f.Precision()
	if !ok {
		prec = 1
	}
	s := fmt.Sprintf("%.*f°C", prec, float64(t))
	if w, ok := f.Width(); ok && len(s) < w {
		s = strings.Repeat("_", w-len(s)) + s
	}
	io.WriteString(f, s)
}

type Ptr struct{ n int }

func (p *Ptr) Format(f fmt.State, verb rune) {
	if p == nil {
		f.Write([]byte("nil-Ptr"))
		return
	}
	f.Write([]byte(fmt.Sprintf("Ptr#%d/%c", p.n, verb)))
}

type Bad struct{}

func (Bad) Format(f fmt.State, verb rune) {
	f.Write([]byte("partial "))
	panic("format failed")
}

type Both struct{}

func (Both) Format(f fmt.State, verb rune) { fmt.Fprint(f, "formatted") }
func (Both) String() string                { return "stringed" }
func (Both) GoString() string              { return "gostringed" }

type Wrapper struct {
	T Temp
	P *Ptr
}

func main() {
	fmt.Printf("%v|%+v|%#v|%-8.3x|% d|%08s\n", Probe{}, Probe{}, Probe{}, Probe{}, Probe{}, Probe{})
	fmt.Println(Probe{})
	fmt.Printf("%v %.3v %8v %8.0v\n", Temp(21.456), Temp(21.456), Temp(-3), Temp(99.9))
	fmt.Println(Temp(1.25), []Temp{2, 3.5})
	fmt.Printf("%v %s %d\n", &Ptr{7}, &Ptr{8}, &Ptr{9})
	var np *Ptr
	fmt.Println(np)
	fmt.Println(Bad{})
	fmt.Printf("[%5d]\n", Bad{})
	fmt.Println(Both{})
	fmt.Printf("%s %#v %T\n", Both{}, Both{}, Both{})
	fmt.Printf("%v %+v\n", Wrapper{Temp(5), &Ptr{1}}, Wrapper{Temp(6), nil})
	err := fmt.Errorf("reading %v: %w", Temp(7), errors.New("sensor offline"))
	fmt.Println(err)
	s := fmt.Sprint(Temp(8), Probe{})
	fmt.Println(s)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%6.2v", Temp(9))
	fmt.Println(sb.String())
	var f fmt.Formatter = Temp(10)
	fmt.Println(f)
	_, isStringer := f.(fmt.Stringer)
	fmt.Println(isStringer)
}

// Pins how fmt uses String(), Error(), GoString() and Format() methods, including pointer receivers, nested values, and panicking/nil-receiver Stringers.
package main

import (
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type PtrS struct{ n int }

func (p *PtrS) String() string { return fmt.Sprintf("PtrS<%d>", p.n) }

type MyErr struct{ code int }

func (e MyErr) Error() string  { return fmt.Sprintf("err %d", e.code) }
func (e MyErr) String() string { return "should not be used" }

type G struct{ v int }

func (g G) GoString() string { return fmt.Sprintf("G(%d)", g.v) }

type F struct{ s string }

func (f F) Format(st fmt.State, verb rune) {
	w, wok := st.Width()
	p, pok := st.Precision()
	fmt.Fprintf(st, "F[%c w=%d,%v p=%d,%v plus=%v minus=%v sharp=%v %s]", verb, w, wok, p, pok, st.Flag('+'), st.Flag('-'), st.Flag('#'), strings.ToUpper(f.s))
}

type Boom struct{}

func (Boom) String() string { panic("kaboom") }

type NilS struct{ x int }

func (n *NilS) String() string { return fmt.Sprint("x=", n.x) }

func main() {
	t := Temp(21.55)
	fmt.Println(t, []Temp{1, 2.25})
	fmt.Printf("%v %s %d %.2f %q %x\n", t, t, t, t, t, t)
	fmt.Printf("%v %+v\n", map[string]Temp{"a": 3}, struct{ T Temp }{4})
	p := PtrS{7}
	fmt.Println(p, &p)
	fmt.Printf("%v %v %+v\n", p, &p, []*PtrS{&p})
	e := MyErr{3}
	fmt.Println(e)
	fmt.Printf("%v %s %q %d %+v\n", e, e, e, e, struct{ E error }{e})
	g := G{9}
	fmt.Printf("%v %#v %#v\n", g, g, []G{{1}})
	f := F{"abc"}
	fmt.Printf("%v|%+10.3x|%-#s|%d\n", f, f, f, f)
	fmt.Println(f)
	fmt.Printf("%v|%s|%d\n", Boom{}, Boom{}, Boom{})
	var ns *NilS
	fmt.Printf("%v|%s\n", ns, ns)
	var st fmt.Stringer = t
	fmt.Printf("%T %v\n", st, st)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, t, e))
	fmt.Println(fmt.Sprintln("x", 1), fmt.Sprint(), fmt.Sprint(nil, nil))
}

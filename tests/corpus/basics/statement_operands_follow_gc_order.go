package main

// The order gc gives a statement's operands: the left side's operands,
// then the right side's calls, before plain reads; op-assignments; comma-ok
// forms; &&/|| evaluated whole in their place; defer arguments; if, switch
// and for headers.

import (
	"fmt"
	"strings"
)

var i int
var log []string

func step(name string) int { log = append(log, name); i++; return i }

type T struct{ n int }

func (t *T) inc() int { t.n++; return t.n }
func (t T) val() int  { return t.n }

func pair() (int, int) { i += 10; return i, -i }

func results() (int, int) {
	x := 1
	f := func() int { x = 7; return 2 }
	return x, f()
}

func main() {
	a := make([]int, 5)
	a[i] = step("rhs")
	fmt.Println(a, i)
	m := map[int]int{}
	m[i] += step("op")
	fmt.Println(m, i)
	t := &T{}
	t.n = t.inc() + t.n
	fmt.Println(t.n)
	fmt.Println(t.val(), t.inc(), t.val())
	fmt.Println(results())
	x, y := pair()
	fmt.Println(x, y, i)
	b := i > 0 && step("and") > i-1 && i > 2
	fmt.Println(b, i, log)
	var sb strings.Builder
	n, _ := sb.WriteString("abc")
	fmt.Println(n, sb.Len(), sb.String())
	s := []int{1, 2, 3}
	grow := func() int { s = append(s, 4); return len(s) }
	fmt.Println(len(s), grow(), len(s), s[:2], cap(s) > 0)
	k := 0
	next := func() int { k++; return k }
	fmt.Println(k+next()+k, k)
	str := "x"
	app := func() string { str += "y"; return "z" }
	r := []string{str, app(), str + app()}
	fmt.Println(r)
	v := T{n: 1}
	set := func() int { v.n = 9; return 0 }
	fmt.Println(v, set(), v.n)
	defer fmt.Println("deferred", i, step("defer-arg"), i)
	if q := step("if"); q > i-1 || step("never") > 0 {
		fmt.Println("if", q)
	}
	switch step("tag") + i {
	case step("case1") + i:
		fmt.Println("case1")
	default:
		fmt.Println("default", i)
	}
	for j := 0; j < step("cond")-i+2 && j < 2; j++ {
		fmt.Println("loop", j, i)
	}
	fmt.Println(log)
}

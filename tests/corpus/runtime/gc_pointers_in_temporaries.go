package main

// Pointers that live only in frame slots (locals, temporaries between
// calls, results, deferred arguments) while the callees allocate: the
// collector must find them by the frames' stackmaps (run with
// GOJIT_GCSTRESS=1 to collect at every safepoint).

import (
	"fmt"
	"strconv"
	"strings"
)

type T struct {
	a [4]int
	s string
	e error
	n *T
}

func mk(i int) *T {
	t := &T{}
	t.a[1] = i
	t.s = strconv.Itoa(i) + "x"
	t.e = fmt.Errorf("e%d", i)
	return t
}

func churn() int {
	x := 0
	for i := 0; i < 50; i++ {
		b := make([]*T, 3)
		b[0] = &T{}
		x += len(b) + len(strings.Repeat("y", 3))
	}
	return x
}

type S struct {
	p *T
	k int
	q any
}

func pair(i int) (*T, string, any) {
	return mk(i), strconv.Itoa(i), mk(i + 1)
}

func main() {
	sum := 0
	out := []string{}
	for i := 0; i < 300; i++ {
		sum += mk(i).a[churn()%4]
		s := mk(i).s + strconv.Itoa(churn())
		sum += len(s)
		v := []*T{mk(i), mk(i + 1)}[churn()%2]
		sum += v.a[1]
		m := map[string]*T{"a": mk(i)}
		sum += m["a"].a[1] + churn()
		var e any = mk(i)
		sum += e.(*T).a[1] + churn()
		f := func() int { return mk(i).a[1] + churn() }
		sum += f() + churn()
		st := S{mk(i), churn(), mk(i + 2)}
		sum += st.p.a[1] + st.q.(*T).a[1] + churn()
		p, str, a := pair(i)
		churn()
		sum += p.a[1] + len(str) + a.(*T).a[1]
		out = append(out, mk(i).e.Error()+fmt.Sprint(churn()), mk(i).s)
		func() {
			defer func(t *T, q any) { sum += t.a[1] + q.(*T).a[1] + churn() }(mk(i), mk(i))
			churn()
		}()
		ch := make(chan *T, 1)
		ch <- mk(i)
		churn()
		sum += (<-ch).a[1]
		var list *T
		for j := 0; j < 5; j++ {
			list = &T{n: list, s: strconv.Itoa(j)}
			churn()
		}
		for l := list; l != nil; l = l.n {
			sum += len(l.s)
		}
	}
	fmt.Println(sum, len(out), out[len(out)-2], out[17])
}

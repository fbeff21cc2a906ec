// A finalizer's parameter may be the object's pointer type, an interface
// the pointer implements (any too), and the finalizer may have results,
// which are dropped.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type Named struct {
	name string
	pad  [4]int
}

func (n *Named) String() string { return "Named(" + n.name + ")" }

var seen []string

func setup() {
	a := &Named{name: "a"}
	runtime.SetFinalizer(a, func(s fmt.Stringer) { seen = append(seen, "Stringer "+s.String()) })
	b := &Named{name: "b"}
	runtime.SetFinalizer(b, func(x any) { seen = append(seen, fmt.Sprintf("any %T %v", x, x)) })
	c := &Named{name: "c"}
	runtime.SetFinalizer(c, func(n *Named) (int, string, [3]int) {
		seen = append(seen, "results "+n.name)
		return 1, "dropped", [3]int{1, 2, 3}
	})
	d := new([16]int)
	d[5] = 7
	runtime.SetFinalizer(d, func(p *[16]int) { seen = append(seen, fmt.Sprint("array ", p[5])) })
}

func main() {
	setup()
	for tries := 0; len(seen) < 4 && tries < 200; tries++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	sort.Strings(seen)
	for _, s := range seen {
		fmt.Println(s)
	}
}

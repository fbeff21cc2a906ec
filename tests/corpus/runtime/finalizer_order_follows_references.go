// When a finalized object points to another finalized one, the first's
// finalizer runs first, and the second's only a collection later: what a
// finalized object reaches stays alive while its finalizer is pending.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type Outer struct {
	inner *Inner
	pad   [8]int
}

type Inner struct {
	name string
	pad  [8]int
}

var order []string

func build() {
	in := &Inner{name: "inner"}
	out := &Outer{inner: in}
	runtime.SetFinalizer(in, func(i *Inner) { order = append(order, i.name) })
	runtime.SetFinalizer(out, func(o *Outer) {
		order = append(order, "outer (inner is "+o.inner.name+")")
	})
}

func main() {
	build()
	for tries := 0; len(order) < 2 && tries < 200; tries++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	for _, s := range order {
		fmt.Println(s)
	}
}

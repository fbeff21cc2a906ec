// A variable stops keeping its object alive after its last use, while it
// is still in scope (Go's liveness analysis, stack maps per safepoint):
// a collection after that use finalizes the object. One that is still to
// be used is not finalized.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type Obj struct {
	id   int
	data [4]int
}

var finalized = make(chan int, 10)

func newObj(id int) *Obj {
	o := &Obj{id: id}
	runtime.SetFinalizer(o, func(o *Obj) { finalized <- o.id })
	return o
}

// waitFinal collects until a finalizer reports, or gives up (-1).
func waitFinal() int {
	for tries := 0; tries < 50; tries++ {
		runtime.GC()
		select {
		case id := <-finalized:
			return id
		case <-time.After(time.Millisecond):
		}
	}
	return -1
}

func local() {
	o := newObj(1)
	fmt.Println("local: using", o.id)
	fmt.Println("local: finalized", waitFinal())
}

func param(o *Obj) {
	fmt.Println("param: using", o.id)
	fmt.Println("param: finalized", waitFinal())
}

func structField() {
	var s struct {
		p *Obj
		n int
	}
	s.p = newObj(3)
	s.n = s.p.id
	fmt.Println("struct: finalized", waitFinal(), "after reading", s.n)
}

func iface() {
	var x any = newObj(4)
	fmt.Println("iface: using", x.(*Obj).id)
	fmt.Println("iface: finalized", waitFinal())
}

func captured() {
	o := newObj(5)
	f := func() int { return o.id }
	fmt.Println("captured: using", f())
	fmt.Println("captured: finalized", waitFinal())
}

func slice() {
	b := make([]*Obj, 2)
	b[0] = newObj(6)
	fmt.Println("slice: using", b[0].id, len(b))
	fmt.Println("slice: finalized", waitFinal())
}

func loop() {
	sum := 0
	for i := 0; i < 3; i++ {
		o := newObj(10 + i)
		sum += o.id
	}
	ids := []int{waitFinal(), waitFinal(), waitFinal()}
	sort.Ints(ids)
	fmt.Println("loop: sum", sum, "finalized", ids)
}

func stillUsed() {
	o := newObj(7)
	fmt.Println("still used: finalized", waitFinal())
	fmt.Println("still used: using", o.id)
	fmt.Println("still used: finalized after", waitFinal())
}

func main() {
	local()
	param(newObj(2))
	structField()
	iface()
	captured()
	slice()
	loop()
	stillUsed()
}

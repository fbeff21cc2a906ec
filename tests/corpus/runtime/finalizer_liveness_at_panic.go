// While a panic runs deferred calls, the panicking frame keeps alive only
// what is still to be used: its results (a deferred call may read or set
// them, the caller reads them after a recovery) and the variables used
// after the recovery, not the ones whose last use came before the panic.
package main

import (
	"fmt"
	"runtime"
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

var zero int

func deadAtPanic(o *Obj) {
	fmt.Println("dead at panic: using", o.id)
	defer func() {
		fmt.Println("dead at panic: finalized in deferred call", waitFinal())
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(10 / zero)
}

func resultAtPanic() (r *Obj) {
	r = newObj(2)
	defer func() {
		fmt.Println("result at panic: finalized in deferred call", waitFinal())
		recover()
	}()
	panic("boom")
}

func main() {
	deadAtPanic(newObj(1))
	r := resultAtPanic()
	fmt.Println("result: using", r.id)
	fmt.Println("result: finalized after", waitFinal())
}

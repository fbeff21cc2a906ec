// A finalizer may store its object somewhere reachable: the object and
// what it points to are intact, and the finalizer, which was cleared when
// it was queued, never runs again.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type Box struct {
	words []string
	n     int
}

var saved *Box
var runs int

func make1() {
	b := &Box{words: []string{"still", "here"}, n: 42}
	runtime.SetFinalizer(b, func(b *Box) {
		runs++
		saved = b
	})
}

func main() {
	make1()
	for tries := 0; saved == nil && tries < 200; tries++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	for i := 0; i < 5; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println(saved.words, saved.n, "runs:", runs)
	saved = nil
	for i := 0; i < 5; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("runs:", runs)
}

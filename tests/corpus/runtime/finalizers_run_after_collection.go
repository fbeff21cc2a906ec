// Finalizers of objects nothing reaches run after a collection, each
// once, in the finalizer goroutine; SetFinalizer(p, nil) clears one.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type Node struct {
	id   int
	next *Node
	data [4]int
}

var finalized = make(chan int, 100)

func allocate(n int) {
	for i := 0; i < n; i++ {
		p := &Node{id: i}
		runtime.SetFinalizer(p, func(p *Node) { finalized <- p.id })
		if i%3 == 0 {
			runtime.SetFinalizer(p, nil)
		}
	}
}

func main() {
	allocate(12)
	var got []int
	for tries := 0; len(got) < 8 && tries < 100; tries++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
		for drained := false; !drained; {
			select {
			case id := <-finalized:
				got = append(got, id)
			default:
				drained = true
			}
		}
	}
	sort.Ints(got)
	fmt.Println("finalized:", got)
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("ran again:", len(finalized))
}

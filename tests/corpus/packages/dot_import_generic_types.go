// Dot-imported generic types (iter.Seq, iter.Seq2 through an alias), a
// package with natives and Go-written parts (bufio), and sync/atomic.
package main

import (
	"fmt"
	. "iter"
	. "sync/atomic"
	. "bufio"
	"strings"
)

func count(n int) Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type S2 = Seq2[string, int]

func main() {
	for i := range count(3) {
		fmt.Print(i)
	}
	fmt.Println()
	var x Int64
	x.Add(5)
	var c int32
	AddInt32(&c, 2)
	fmt.Println(x.Load(), c)
	var e S2 = func(yield func(string, int) bool) { yield("k", 1) }
	for k, v := range e {
		fmt.Println(k, v)
	}
	sc := NewScanner(strings.NewReader("a b\nc"))
	sc.Split(ScanWords)
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println(MaxScanTokenSize)
	var sf SplitFunc = ScanLines
	_ = sf
}

package main

import "fmt"

// Allocation churn: 10 GB allocated in total (as Go counts bytes) while
// little stays alive, in small objects and byte slices. Memory must stay
// bounded (bench/memory.sh measures the peak).

type node struct {
	next *node
	val  [6]int
}

func main() {
	var lists [64]*node
	total := 0
	for i := 0; total < 10<<30; i++ {
		n := &node{next: lists[i%64]}
		n.val[0] = i
		if (i/64)%100 == 0 {
			n.next = nil // each list keeps at most 100 nodes
		}
		lists[i%64] = n
		total += 56
		if i%3 == 0 {
			s := make([]byte, 200)
			s[i%200] = byte(i)
			total += 208
		}
	}
	kept := 0
	for _, n := range lists {
		for ; n != nil; n = n.next {
			kept++
		}
	}
	fmt.Println("nodes kept:", kept)
}

// Dot imports of packages gojit writes in Go: generic functions (inferred
// and explicitly instantiated), types with methods, and natives beside
// them (sync's and os's).
package main

import (
	"cmp"
	. "container/list"
	"fmt"
	. "os"
	. "slices"
	. "sync"
)

type byLen []string

func main() {
	s := []int{3, 1, 2}
	Sort(s)
	fmt.Println(s, Contains(s, 2), Index(s, 3), Max(s), Min(s))
	desc := SortFunc[[]int]
	desc(s, func(a, b int) int { return b - a })
	fmt.Println(s, IsSorted(s))
	words := byLen{"ccc", "a", "bb"}
	SortFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(words, IndexFunc(words, func(w string) bool { return w == "bb" }))
	fmt.Println(Compare([]int{1}, []int{1, 2}), Equal(s, Clone(s)))

	// container/list: a constructor, types and their methods.
	l := New()
	l.PushBack(1)
	l.PushFront(0)
	var e *Element = l.Back()
	fmt.Println(l.Len(), e.Value, l.Front().Value)
	var l2 List
	l2.PushBack("x")
	fmt.Println(l2.Len(), l2.Front().Next() == nil)

	// An iterator.
	for i, v := range Backward(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println(Collect(Values(words)))

	// sync's types and os's variables.
	var mu Mutex
	var wg WaitGroup
	n := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			n++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(n, len(Args) > 0)
	fmt.Fprintln(Stdout, "to stdout")
	fmt.Fprintln(Stderr, "to stderr")
	Exit(3)
}

package main

import (
	"fmt"
	"runtime"
	"strings"
)

// Maps reachable only through other maps, slices of maps and closures must
// survive collections; maps nothing reaches are freed.

type registry struct {
	byName map[string]map[int]*string
}

func build(n int) *registry {
	r := &registry{byName: map[string]map[int]*string{}}
	for i := 0; i < n; i++ {
		name := fmt.Sprint("group", i%7)
		inner, ok := r.byName[name]
		if !ok {
			inner = map[int]*string{}
			r.byName[name] = inner
		}
		s := strings.Repeat("x", i%5) + fmt.Sprint(i)
		inner[i] = &s
	}
	return r
}

func main() {
	r := build(1000)
	nested := []map[string][]int{{"a": {1, 2}}, {"b": {3}}}
	counter := func() func() int {
		seen := map[int]bool{}
		return func() int {
			seen[len(seen)] = true
			return len(seen)
		}
	}()
	// Garbage: maps made and dropped.
	for i := 0; i < 200000; i++ {
		m := map[int]int{i: i, i + 1: i}
		if len(m) != 2 {
			panic("bad map")
		}
		if i%1000 == 0 {
			counter()
		}
	}
	runtime.GC()
	total := 0
	for name, inner := range r.byName {
		for k, v := range inner {
			if !strings.HasSuffix(*v, fmt.Sprint(k)) {
				panic(name)
			}
			total += len(*v)
		}
	}
	fmt.Println(len(r.byName), total, nested[0]["a"], nested[1]["b"], counter())
}

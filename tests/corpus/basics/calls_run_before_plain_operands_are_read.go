package main

// Go's gc runs the calls of a statement first, left to right, and reads
// plain operands (variables, fields, elements, map entries, dereferences)
// after them: the spec leaves the order open, and programs print what gc
// does.

import "fmt"

var g = 5

func bump() int { g++; return 1 }

type stack struct{ items []int }

func (s *stack) pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *stack) push(v int) int { s.items = append(s.items, v); return v }

var calls []string

func f(name string, v int) int { calls = append(calls, name); return v }

func main() {
	s := g + bump()
	fmt.Println(s, g)
	t := &stack{items: []int{1, 2, 3}}
	fmt.Println(t.items, t.pop(), t.items)
	x := 10
	inc := func() int { x++; return x }
	fmt.Println(x, inc(), x)
	arr := []int{x, inc(), x}
	fmt.Println(arr)
	total := 0
	add := func(n int) int { total += n; return n }
	total += add(5)
	fmt.Println(total)
	m := map[string]int{"a": 1}
	setm := func() int { m["a"] = 100; return 2 }
	fmt.Println(m["a"]+setm(), m["a"])
	y := 1
	b := y == 1 && inc() > 0 && x > 11
	fmt.Println(b, x)
	fmt.Println(f("a", 1)+f("b", 2)*f("c", 3), calls)
	str := "ab"
	cat := func() string { str += "!"; return "c" }
	fmt.Println(str+cat(), str)
	idx := 0
	next := func() int { idx++; return idx }
	vals := []int{10, 20, 30, 40}
	fmt.Println(vals[idx], next(), vals[idx])
	fmt.Println(t.push(7), len(t.items), t.items)
	p := &x
	set := func() int { *p = 99; return 0 }
	fmt.Println(*p+set(), x)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(<-ch+<-ch*10, len(ch))
	type pt struct{ a, b int }
	q := pt{1, 2}
	mod := func() int { q.a = 50; return 3 }
	fmt.Println(pt{q.a, mod()}, q)
}

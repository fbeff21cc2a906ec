package main

import "fmt"

func two() (int, string) { return 7, "x" }

func boxed() (any, any) { return two() }

func pair() (a, b any) {
	a, b = two()
	return
}

type S struct{ v any }

func main() {
	var k, v any
	for k, v = range map[string]int{"one": 1} {
	}
	fmt.Println(k, v)
	var i any
	for i = range 3 {
	}
	fmt.Println(i)
	var r, idx any
	for idx, r = range "hé" {
	}
	fmt.Println(idx, r)
	fmt.Println(boxed())
	fmt.Println(pair())
	var e error
	var ok any
	e, ok = nil, true
	fmt.Println(e, ok)
	s := S{}
	s.v, ok = any(2.5).(float64)
	fmt.Println(s.v, ok)
	arr := []any{nil, nil}
	arr[0], arr[1] = two()
	fmt.Println(arr...)
	m := map[string]any{}
	m["a"], m["b"] = two()
	fmt.Println(m)
}

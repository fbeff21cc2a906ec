package main

import "fmt"

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": -3}
	fmt.Printf("%v|%d|%x|%03d\n", m, m, m, m)
	fmt.Printf("%q\n", m)
	fmt.Printf("%T\n", m)
	byInt := map[int]string{10: "ten", -1: "minus", 3: "three"}
	fmt.Printf("%v|%q|%s\n", byInt, byInt, byInt)
	byBool := map[bool][]int{true: {1}, false: {0, 0}}
	fmt.Printf("%v|%d\n", byBool, byBool)
	var nm map[string]bool
	fmt.Printf("%v|%d|%T\n", nm, nm, nm)
	nested := map[string]map[string]int{"x": {"b": 2, "a": 1}, "w": {}}
	fmt.Printf("%v\n", nested)
	fmt.Printf("%v\n", &m)
	fmt.Println(m, byInt, nm)
}

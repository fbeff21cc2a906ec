package main

import "fmt"

var g = 1
var trace []string

func bump() int {
	g += 10
	trace = append(trace, "bump")
	return 11
}

func t(name string, v bool) bool {
	trace = append(trace, name)
	return v
}

func next(n *int) int {
	*n++
	return *n
}

func main() {
	// A comparison's operands: calls first, then the variables they read.
	if g == bump() {
		fmt.Println("g read after bump", g)
	}
	if bump() > g {
		fmt.Println("unexpected")
	} else {
		fmt.Println("not greater", g)
	}
	// Short-circuit chains in if, for and nested with !.
	for _, c := range [][3]bool{{false, false, false}, {true, false, true}, {true, true, false}, {false, true, true}} {
		trace = nil
		if t("a", c[0]) && t("b", c[1]) || t("c", c[2]) {
			trace = append(trace, "then")
		} else {
			trace = append(trace, "else")
		}
		if !(t("d", c[0]) || !t("e", c[1])) && !t("f", c[2]) {
			trace = append(trace, "then2")
		}
		x := t("g", c[0]) && (t("h", c[1]) || t("i", c[2]))
		fmt.Println(c, x, trace)
	}
	n := 0
	for i := 0; i < 10 && next(&n) < 5 || i == 20; i++ {
		fmt.Print(i, n, " ")
	}
	fmt.Println()
	var u uint8 = 200
	var s int8 = -100
	if u > 100 && s < -50 && !(u == 201) && int(s) != int(u) {
		fmt.Println("sized conditions")
	}
	k := 0
	for !(k >= 3) {
		k++
	}
	fmt.Println(k)
}

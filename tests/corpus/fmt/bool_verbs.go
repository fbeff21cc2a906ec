package main

import "fmt"

type Switch bool

func main() {
	t, f := true, false
	fmt.Printf("%t %v %t %v\n", t, t, f, f)
	fmt.Printf("[%6t] [%-6t] [%06t] [%.2t] [%#v] [%+v]\n", t, f, t, t, f, t)
	fmt.Printf("%d|%s|%x|%q|%c\n", t, f, t, f, t)
	fmt.Printf("[%5d]\n", t)
	var sw Switch = true
	fmt.Printf("%v %t %T %#v %d\n", sw, sw, sw, sw, sw)
	fmt.Println(t, f, sw)
	fmt.Print(t, f, sw, "\n")
}

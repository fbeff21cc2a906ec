package main

import "fmt"

func main() {
	var x any
	fmt.Printf("%v|%d|%s|%q|%x|%t|%c|%p|%T\n", x, x, x, x, x, x, x, x, x)
	fmt.Printf("[%8v] [%-8v] [%8T] [%#v] [%+v] [%5d]\n", x, x, x, x, x, x)
	var f func(int) int
	fmt.Printf("%v|%#v|%t\n", f, f == nil, f == nil)
	var err error
	fmt.Printf("%v|%T\n", err, err)
	var m map[string]int
	fmt.Printf("%v|%d|%#v\n", m, m, m)
	fmt.Println(x, err, nil)
	fmt.Print(x, err, "\n")
	fmt.Printf("%v %v\n", nil, []any{nil})
	fmt.Printf("%!d %d\n", nil)
}

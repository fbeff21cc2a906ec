package main

import "fmt"

func main() {
	var a, b any = any(nil).(bool)
	var m = map[string]int{"k": 1}
	var v, ok any = m["k"]
	var w, ok2 any = m["x"]
	fmt.Println(a, b, v, ok, w, ok2)
	var e, f any
	e, f = any(3).(int)
	fmt.Println(e, f)
}

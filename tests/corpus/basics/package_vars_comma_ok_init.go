package main

import "fmt"

var c = b
var d = a

var a, b any = any(nil).(bool)

var x, y = f()

var z = x + y

func f() (int, int) { return 1, 2 }

func main() {
	fmt.Println(c, d, a, b, x, y, z)
}

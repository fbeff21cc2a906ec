package main

import "fmt"

func main() {
//line view_gen.go:40
	fmt.Println("a" "b")
//line :70:9
	x := 0x
	fmt.Println(x)
}

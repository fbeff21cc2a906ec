package main

import "fmt"

func main() {
	mode := 0789
	scale := 2.5e
	fmt.Println(mode, scale)
}

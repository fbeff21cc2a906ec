package main

import "fmt"

var total⊛count int

var ۶th = 6

func main() {
	fmt.Println(total⊛count, ۶th)
}

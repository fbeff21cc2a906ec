package main

import "fmt"

func main() {
	nul := '\0'
	bell := '\07'
	hex := "\x4"
	uni := "\u00e"
	fmt.Println(nul, bell, hex, uni)
}

package main

import "fmt"

func main() {
	million := 1_000_
	mask := 0xff__ff
	ratio := 1p10
	bits := 0b1e3
	octal := 0o7.5
	fmt.Println(million, mask, ratio, bits, octal)
}

package main

import "fmt"

func main() {
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("a", "b", 1, "c", 2, 3, "\n")
	fmt.Print(true, false, "x", true, "\n")
	fmt.Print(1, true, -1, "\n")
	var v any = "s"
	var w any = 5
	fmt.Print(v, v, w, w, v, "\n")
	fmt.Println("Println", "always", 1, "spaces", true)
	fmt.Println()
	fmt.Println("")
	fmt.Print()
	fmt.Print("", "\n")
	fmt.Println(-3, "|", "")
}

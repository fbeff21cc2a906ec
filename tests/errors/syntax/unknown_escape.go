package main

import "fmt"

func main() {
	fmt.Println("C:\path\qfile")
}

package main

import "fmt"

func main() {
	fmt.Println("the file ends too soon")

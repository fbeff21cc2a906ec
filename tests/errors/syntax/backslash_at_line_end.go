package main

import "fmt"

func main() {
	dir := "C:\
	fmt.Println(dir)
}

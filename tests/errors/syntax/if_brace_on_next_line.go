package main

import "fmt"

func main() {
	n := 4
	if n%2 == 0
	{
		fmt.Println("even")
	}
}

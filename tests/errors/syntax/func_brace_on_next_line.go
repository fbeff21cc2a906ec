package main

import "fmt"

func main()
{
	fmt.Println("braces stay on the same line")
}

package main

import "fmt"

func main() {
	for i := 10 {
		fmt.Println(i)
	}
	if {
		fmt.Println("always")
	}
	if n := 2; {
		fmt.Println(n)
	}
	switch k := 1 {
	case 1:
		fmt.Println(k)
	}
}

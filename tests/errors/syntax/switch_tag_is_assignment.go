package main

import "fmt"

func main() {
	var mode int
	switch mode = 2 {
	case 2:
		fmt.Println("two")
	}
}

package main

import "fmt"

func main() {
	switch day := 3; day {
	case 3
		fmt.Println("wednesday")
	}
}

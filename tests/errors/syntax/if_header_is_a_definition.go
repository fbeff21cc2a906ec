package main

import "fmt"

func main() {
	if ok := true {
		fmt.Println(ok)
	}
}

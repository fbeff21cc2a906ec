package main

import "fmt"

func main() {
	buf := make([]byte, 8)
	fmt.Println(len(buf[2:4:]))
}

package main

import "fmt"

func explode(what string) {
	fmt.Println("about to panic with", what)
	panic("boom: " + what)
}

func main() {
	fmt.Println("start")
	explode("fuse")
	fmt.Println("never printed")
}

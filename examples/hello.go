package main

import "fmt"

func greet(name string) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "recovered: " + name
		}
	}()
	if name == "" {
		panic("no name")
	}
	return "hello, " + name
}

func main() {
	fmt.Println(greet("gojit"))
	fmt.Println(greet(""))
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
}

package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	panic(nil)
}

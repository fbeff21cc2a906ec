package main

import "fmt"

func helper() any {
	r := recover()
	fmt.Println("helper's recover:", r)
	return r
}

func run() (status string) {
	defer func() {
		h := helper()
		fmt.Println("helper returned nil:", h == nil)
		r := recover()
		fmt.Println("direct recover:", r)
		status = "recovered " + "directly"
	}()
	panic("trouble")
}

func main() {
	fmt.Println(run())
}

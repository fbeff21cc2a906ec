package main

import "fmt"

func main() {
	x := 1
	defer func() { fmt.Println("closure sees x =", x) }()
	defer fmt.Println("direct arg x =", x)
	defer func(v int) { fmt.Println("param v =", v, "but x =", x) }(x)
	x = 42
	msg := "before"
	defer func() {
		msg += " and deferred"
		fmt.Println(msg)
	}()
	msg = "changed"
	counter := 0
	for i := 0; i < 3; i++ {
		defer func() {
			counter++
			fmt.Println("counter", counter, "x", x)
		}()
	}
	x = 7
	fmt.Println("end of main")
}

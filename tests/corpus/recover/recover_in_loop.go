package main

import "fmt"

func attempt(i int) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	if i%3 == 0 {
		panic(i)
	}
	d := i % 5
	_ = 10 / d
	return true
}

func main() {
	good, bad := 0, 0
	for i := 1; i <= 1000; i++ {
		if attempt(i) {
			good++
		} else {
			bad++
		}
	}
	fmt.Println("good", good, "bad", bad)
}

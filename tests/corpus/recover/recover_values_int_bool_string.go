package main

import "fmt"

func catch(kind int) (got any) {
	defer func() {
		got = recover()
	}()
	if kind == 0 {
		panic(42)
	} else if kind == 1 {
		panic(false)
	} else if kind == 2 {
		panic("text")
	} else if kind == 3 {
		panic(-7 * 6)
	}
	return "no panic"
}

func main() {
	for k := range 5 {
		v := catch(k)
		fmt.Println(k, v, v == 42, v == false, v == "text", v == -42)
	}
	var x any = 3
	var y any = "3"
	fmt.Println(x == y, x == 3, y == "3")
}

package main

import "fmt"

type T struct{ a int }

func main() {
	var x any = 1
	switch v := x.(type) {
	case int, string:
		fmt.Println(v)
	case T, int:
	case nil, error:
	case fmt.Stringer, nil:
	case struct{ a int }, T:
	case error:
	case []int, []int:
	}
}

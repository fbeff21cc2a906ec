package main

import "fmt"

func describe(v any) string {
	switch v {
	case nil:
		return "nil"
	case 1:
		return "one"
	case "one":
		return "string one"
	case true:
		return "true"
	}
	return "other"
}

func main() {
	defer func() {
		r := recover()
		switch r {
		case "boom":
			fmt.Println("recovered boom")
		default:
			fmt.Println("recovered something else:", r)
		}
	}()
	fmt.Println(describe(nil), describe(1), describe("one"), describe(true))
	panic("boom")
}

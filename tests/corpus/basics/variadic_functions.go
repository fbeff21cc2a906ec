package main

import "fmt"

func sum(label string, xs ...int) string {
	total := 0
	for _, x := range xs {
		total += x
	}
	if xs == nil {
		label += "(nil)"
	}
	return label + ":" + string(rune(0x30+len(xs))) + ":" + string(rune(0x30+total%10))
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	fmt.Println(sum("none"), sum("one", 7), sum("three", 1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum("spread", nums...), join("-", "a", "b", "c"), join(","))
	defer fmt.Println("deferred", join("+", "x", "y"))
	defer func(xs ...int) { fmt.Println("literal", len(xs), xs) }(9, 8)
}

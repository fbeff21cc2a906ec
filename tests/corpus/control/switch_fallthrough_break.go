package main

import "fmt"

func steps(n int) string {
	s := ""
	switch n {
	case 0:
		s += "zero "
		fallthrough
	case 1:
		s += "one "
		fallthrough
	case 2:
		s += "two "
	case 3:
		s += "three "
		if n == 3 {
			break
		}
		s += "never "
	default:
		s += "default "
		fallthrough
	case 9:
		s += "nine "
	}
	return s
}

func main() {
	for i := range 5 {
		fmt.Println(i, steps(i))
	}
	fmt.Println(steps(9))
	// A switch without a default or a match does nothing.
	switch 7 {
	case 1:
		fmt.Println("no")
	}
	// The default may come first; it still runs only when nothing matches.
	switch n := 2; n {
	default:
		fmt.Println("default first")
	case 2:
		fmt.Println("two matched")
	}
}

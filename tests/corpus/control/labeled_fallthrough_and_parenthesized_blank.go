// A fallthrough may carry a label, which then marks the start of the next
// clause (a goto to it falls into that clause too), and a parenthesized
// blank identifier is still the blank identifier.
package main

import "fmt"

func classify(i int) string {
	out := ""
	switch i {
	case 0:
		out += "zero "
		if out != "" {
			goto next
		}
		out += "never "
	next:
		fallthrough
	case 1:
		out += "small"
	default:
		out += "big"
	}
	return out
}

func main() {
	(_) = 0
	x := 2
	fmt.Println(classify(0), "|", classify(1), "|", classify(5), x)
}

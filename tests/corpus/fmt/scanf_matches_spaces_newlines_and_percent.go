package main

import (
	"fmt"
	"strings"
)

func main() {
	formats := []string{"%d %d", "%d\n%d", "%d \n%d", "%d\n %d", "%d  %d\n", "%d,%d", "%d%%%d", "%d %% %d", "%5d%d", "%2d%3d", "%d%s", "%s%d", "%v %v", "%x%o", "%t %d", "%q %d", "%c%c", "%d\n\n%d"}
	inputs := []string{"1 2", "1\n2", "1 \n 2", "12 34\n", "1,2", "1%2", "1 % 2", "12345678", "  7   8  ", "1\n\n2", "ab 3", "\"x y\" 4", "true 5", "é1", "", "1", "0x1f 017"}
	for _, f := range formats {
		for _, in := range inputs {
			var a, b int
			var s string
			var t bool
			var args []any
			switch {
			case strings.HasPrefix(f, "%d%s"):
				args = []any{&a, &s}
			case strings.HasPrefix(f, "%s"), strings.HasPrefix(f, "%q"):
				args = []any{&s, &a}
			case strings.HasPrefix(f, "%t"):
				args = []any{&t, &a}
			default:
				args = []any{&a, &b}
			}
			n, err := fmt.Sscanf(in, f, args...)
			r := strings.NewReader(in)
			n2, err2 := fmt.Fscanf(r, f, args...)
			rest := in[len(in)-r.Len():]
			fmt.Printf("%q %q: %d %v | %d %v rest=%q a=%d b=%d s=%q t=%v\n", f, in, n, err, n2, err2, rest, a, b, s, t)
		}
	}
}

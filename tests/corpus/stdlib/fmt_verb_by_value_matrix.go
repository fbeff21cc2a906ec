// Pins a full matrix of 31 verbs/flag combinations (including bad verbs) applied to 22 values of every basic and composite kind, Stringers and nil.
package main

import (
	"fmt"
)

type S struct {
	A int
	B string
	C []float64
}

type St int

func (s St) String() string { return fmt.Sprintf("St<%d>", int(s)) }

func main() {
	vals := []any{
		true, 42, -7, int8(-8), uint16(65535), uint64(1 << 63), 3.25, float32(-0.5), complex(1, -2), "hi\"é", []byte("ab"),
		[]int{1, -2}, [2]string{"x", "y"}, map[string]int{"k": 1}, S{1, "s", []float64{0.5}}, St(3), nil, 'x', []any{1, "a", nil},
		[]St{1, 2}, struct{}{}, [0]int{},
	}
	verbs := []string{"%v", "%+v", "%#v", "%T", "%t", "%d", "%b", "%o", "%O", "%x", "%X", "%#x", "%c", "%q", "%#q", "%U", "%e", "%E", "%f", "%F", "%g", "%G", "%s", "%8.3v", "%-6d", "%+q", "%x", "% x", "%06.2f", "%#o", "%z"}
	for _, v := range vals {
		for _, verb := range verbs {
			fmt.Printf(verb+"|", v)
		}
		fmt.Println()
	}
}

package main

import (
	"fmt"
	"strings"
)

// Building strings: appending bytes, concatenation, conversions.
func main() {
	var b []byte
	for i := 0; i < 2_000_000; i++ {
		b = append(b, byte('a'+i%26))
		if i%80 == 79 {
			b = append(b, '\n')
		}
	}
	s := string(b)
	lines := strings.Split(s, "\n")
	total := 0
	acc := ""
	for i, l := range lines {
		if i%100 == 0 && len(l) >= 3 {
			acc += l[:3]
		}
		total += len(strings.ToUpper(l))
	}
	fmt.Println(len(s), len(lines), total, len(acc), strings.Count(s, "xyz"))
}

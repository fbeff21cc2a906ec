package main

import (
	"fmt"
	"strings"
)

// Library-bound: strings.Builder built from strings, bytes and runes, then
// measured with the strings functions.

func main() {
	var b strings.Builder
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	for i := 0; i < 2_000_000; i++ {
		b.WriteString(words[i%len(words)])
		b.WriteByte(' ')
		if i%10 == 9 {
			b.WriteRune('→')
			b.WriteByte('\n')
		}
	}
	s := b.String()
	fmt.Println(b.Len(), strings.Count(s, "\n"), strings.Count(s, "gamma"), len(strings.Fields(s)))
}

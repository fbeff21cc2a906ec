package main

import (
	"fmt"
	"strings"
)

func main() {
	pairs := [][2]string{{"İ", "i"}, {"K", "\u212a"}, {"ß", "SS"}, {"Σ", "ς"}, {"σ", "ς"}, {"Go", "GO"}, {"a\xffb", "A\xfeB"}, {"ǅ", "ǆ"}, {"ǅ", "Ǆ"}, {"µ", "Μ"}, {"ſ", "S"}, {"", ""}, {"a", ""}, {"ΐ", "ΐ"}, {"ẞ", "ß"}}
	for _, p := range pairs {
		fmt.Printf("%q %q %v\n", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
	n := 0
	for r := rune(0); r < 0x20000; r++ {
		for _, t := range []rune{r + 1, r + 32, r - 32, r + 8, r - 8, r + 0x2a1c, 0x212a, 0x1e9e, r + 1 - 2*(r%2)} {
			if strings.EqualFold(string(r), string(t)) {
				n += int(r) ^ int(t)
			}
		}
	}
	fmt.Println(n)
}

package main

import (
	"fmt"
	"strings"
)

// Library-bound: fmt.Sprintf with many verbs and widths, 300,000 lines.

type point struct {
	X, Y int
	Name string
}

func main() {
	total := 0
	var last string
	for i := 0; i < 300_000; i++ {
		p := point{i, -i, "p"}
		s := fmt.Sprintf("%5d|%-8s|%08.3f|%x|%q|%v|%+v|%t|%c|%e",
			i, "name", float64(i)/7, i*31, "q", p, p, i%2 == 0, 'a'+rune(i%26), float64(i)*1e-3)
		total += len(s)
		if i%100_000 == 0 {
			last = s
		}
	}
	fmt.Println(total)
	fmt.Println(strings.TrimSpace(last))
}

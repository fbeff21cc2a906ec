package main

import (
	"fmt"
	"strings"
)

// Every code point whose case mapping changes it, as strings.ToUpper and
// strings.ToLower map it (Go's Unicode 15.0 simple mappings).
func main() {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		if u := strings.ToUpper(s); u != s {
			fmt.Printf("U %x %x\n", r, u)
		}
		if l := strings.ToLower(s); l != s {
			fmt.Printf("L %x %x\n", r, l)
		}
	}
}

// Pins strconv.IsPrint (vs unicode.IsPrint) and QuoteRune/QuoteRuneToASCII/Quote output over code point ranges including surrogates, noncharacters, tags and the top of the Unicode range, via counts and checksums.
package main

import (
	"fmt"
	"strconv"
	"unicode"
)

func main() {
	ranges := [][2]rune{{0, 0x400}, {0x0600, 0x0700}, {0x1680, 0x1700}, {0x2000, 0x2100}, {0x3000, 0x3040}, {0xd7f0, 0xe010}, {0xfdd0, 0x10010}, {0x1f000, 0x1f100}, {0xe0000, 0xe0080}, {0x10fff0, 0x110000}}
	for _, rg := range ranges {
		np, h, hq := 0, 0, 0
		for r := rg[0]; r < rg[1]; r++ {
			if strconv.IsPrint(r) {
				np++
				h = (h*31 + int(r)) % 1000003
			}
			if strconv.IsPrint(r) != unicode.IsPrint(r) {
				fmt.Printf("  mismatch %U\n", r)
			}
			for _, c := range strconv.QuoteRune(r) + strconv.QuoteRuneToASCII(r) + strconv.Quote(string(r)) {
				hq = (hq*131 + int(c)) % 1000000007
			}
		}
		fmt.Printf("%X-%X printable=%d h=%d quote=%d\n", rg[0], rg[1], np, h, hq)
	}
}

// Pins unicode Is* class membership and ToUpper/ToLower/ToTitle mappings over several code point ranges via counts and checksums, plus strings.ToUpper/ToLower on Latin Extended-A and special-cased letters.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	type cls struct {
		name string
		f    func(rune) bool
	}
	cs := []cls{{"Letter", unicode.IsLetter}, {"Upper", unicode.IsUpper}, {"Lower", unicode.IsLower}, {"Title", unicode.IsTitle}, {"Digit", unicode.IsDigit}, {"Number", unicode.IsNumber}, {"Space", unicode.IsSpace}, {"Punct", unicode.IsPunct}, {"Symbol", unicode.IsSymbol}, {"Mark", unicode.IsMark}, {"Control", unicode.IsControl}, {"Print", unicode.IsPrint}, {"Graphic", unicode.IsGraphic}}
	ranges := [][2]rune{{0, 0x250}, {0x370, 0x530}, {0x2000, 0x2c00}, {0x3000, 0x3100}, {0xfe00, 0x10000}, {0x1f300, 0x1f700}, {0x10000, 0x10400}}
	for _, rg := range ranges {
		fmt.Printf("%X-%X:", rg[0], rg[1])
		for _, c := range cs {
			n := 0
			h := 0
			for r := rg[0]; r < rg[1]; r++ {
				if c.f(r) {
					n++
					h = (h*31 + int(r)) % 1000003
				}
			}
			fmt.Printf(" %s=%d/%d", c.name, n, h)
		}
		up, lo, ti := 0, 0, 0
		for r := rg[0]; r < rg[1]; r++ {
			up = (up*7 + int(unicode.ToUpper(r))) % 1000003
			lo = (lo*7 + int(unicode.ToLower(r))) % 1000003
			ti = (ti*7 + int(unicode.ToTitle(r))) % 1000003
		}
		fmt.Println(" case:", up, lo, ti)
	}
	var sb strings.Builder
	for r := rune(0x100); r < 0x180; r++ {
		sb.WriteRune(r)
	}
	s := sb.String()
	fmt.Println(strings.ToUpper(s))
	fmt.Println(strings.ToLower(s))
	fmt.Println(utf8.RuneCountInString(strings.ToUpper("ßŉǰΐΰ")), strings.ToUpper("ßŉǰΐΰﬀ"), strings.ToLower("ẞİ"))
}

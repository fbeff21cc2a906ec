package main

import (
	"fmt"
	"unicode"
)

func orbit(r rune) []rune {
	o := []rune{r}
	for f := unicode.SimpleFold(r); f != r && len(o) < 10; f = unicode.SimpleFold(f) {
		o = append(o, f)
	}
	return o
}

func main() {
	for _, r := range []rune{'k', 'K', '\u212A', 's', 'ſ', 'S', 'σ', 'ς', 'Σ', 'θ', 'ϑ', 'µ', 'å', 'Å', 'ǅ', 'ß', 'ẞ', 'i', 'İ', 'ı', 'ꭰ', '1', ' ', -1, 0, 0x10FFFF, 0x10FFFF + 1, 0x1E921} {
		fmt.Printf("%q %q\n", r, orbit(r))
	}
	// Every rune: how many move, a checksum of where, the longest orbit.
	moved, sum, longest := 0, 0, 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		f := unicode.SimpleFold(r)
		if f != r {
			moved++
			sum = (sum*31 + int(f)) % 1000000007
			if f < r {
				n := len(orbit(r))
				if n > longest {
					longest = n
				}
			}
		}
	}
	fmt.Println(moved, sum, longest)

	for _, r := range []rune{'i', 'I', 'İ', 'ı', 'a', 'ǆ', 'σ'} {
		fmt.Printf("%q: %q %q %q | %q %q %q\n", r,
			unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.TurkishCase.ToTitle(r),
			unicode.AzeriCase.ToUpper(r), unicode.To(unicode.LowerCase, r), unicode.To(unicode.TitleCase, r))
	}
	fmt.Println(unicode.To(-1, 'a'), unicode.To(unicode.MaxCase, 'a'), unicode.UpperLower, len(unicode.TurkishCase))
	bad := 0
	for r := rune(0); r < 0x20000; r += 3 {
		if unicode.To(unicode.UpperCase, r) != unicode.ToUpper(r) || unicode.To(unicode.LowerCase, r) != unicode.ToLower(r) || unicode.To(unicode.TitleCase, r) != unicode.ToTitle(r) {
			bad++
		}
	}
	fmt.Println(len(unicode.CaseRanges), unicode.CaseRanges[0], unicode.CaseRanges[len(unicode.CaseRanges)-1], bad)
	fmt.Println(unicode.TurkishCase[0].Delta[unicode.UpperCase], unicode.TurkishCase[1])
	pig := unicode.SpecialCase{{Lo: 'a', Hi: 'e', Delta: [unicode.MaxCase]rune{2, 0, 1}}, {'x', 'x', [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}}}
	for _, r := range "abfxyXZ" {
		fmt.Printf("%q %q %q  ", pig.ToUpper(r), pig.ToLower(r), pig.ToTitle(r))
	}
	fmt.Println()
	fmt.Println(unicode.FoldCategory["Lu"] != nil, unicode.Is(unicode.FoldCategory["Lu"], 'ſ'), unicode.Is(unicode.FoldScript["Greek"], 'µ'), unicode.FoldScript["Latin"] == nil)
}

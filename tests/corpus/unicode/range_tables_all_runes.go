package main

import (
	"fmt"
	"unicode"
)

func main() {
	// Every rune, against two tables; a third of them against two more.
	var letters, han, white, graphic int
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.Is(unicode.L, r) {
			letters++
		}
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r += 3 {
		if unicode.In(r, unicode.White_Space, unicode.Nd) {
			white++
		}
	}
	// A sample of runes, against more tables; IsOneOf(GraphicRanges)
	// agrees with IsGraphic but for U+0020's peers in Zs.
	counts := map[string]int{}
	tables := []string{"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Co", "Cs"}
	mismatch := 0
	categories := unicode.Categories
	for r := rune(-3); r <= unicode.MaxRune+3; r += 19 {
		for _, name := range tables {
			if unicode.Is(categories[name], r) {
				counts[name]++
			}
		}
		if unicode.IsOneOf(unicode.GraphicRanges, r) {
			graphic++
		}
		if unicode.IsOneOf(unicode.GraphicRanges, r) != unicode.IsGraphic(r) {
			mismatch++
		}
		if unicode.In(r, unicode.PrintRanges...) != (unicode.IsPrint(r) && r != ' ') {
			mismatch++
		}
		if unicode.Is(unicode.Upper, r) != unicode.IsUpper(r) || unicode.Is(unicode.Letter, r) != unicode.IsLetter(r) {
			mismatch++
		}
	}
	fmt.Println(letters, han, white, graphic, mismatch)
	for _, name := range tables {
		fmt.Print(name, "=", counts[name], " ")
	}
	fmt.Println()
	for _, r := range []rune{-1, 0, 'A', 0xFF, 0x100, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, -0x80000000, 0x7FFFFFFF} {
		fmt.Println(r, unicode.Is(unicode.L, r), unicode.Is(unicode.Co, r), unicode.Is(unicode.Cs, r), unicode.In(r), unicode.IsOneOf(nil, r))
	}
}

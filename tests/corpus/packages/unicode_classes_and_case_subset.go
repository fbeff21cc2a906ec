package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', '\n', '!', 'é', 'Ω', '世', '٣', '_', '\u00a0', '\x00', '€'} {
		fmt.Printf("%q L%v U%v l%v D%v N%v S%v P%v Pr%v G%v C%v Sy%v M%v\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsPrint(r),
			unicode.IsGraphic(r), unicode.IsControl(r), unicode.IsSymbol(r), unicode.IsMark(r))
	}
	for _, r := range []rune{'a', 'A', 'é', 'É', 'ß', 'Σ', 'σ', 'ς', '1', 'ǅ'} {
		fmt.Printf("%c up=%c low=%c title=%c\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', string(unicode.ReplacementChar))
	count := map[string]int{}
	for _, r := range "Hello, World 123! Ünïcödé" {
		switch {
		case unicode.IsUpper(r):
			count["upper"]++
		case unicode.IsLower(r):
			count["lower"]++
		case unicode.IsDigit(r):
			count["digit"]++
		case unicode.IsSpace(r):
			count["space"]++
		default:
			count["other"]++
		}
	}
	fmt.Println(count["upper"], count["lower"], count["digit"], count["space"], count["other"])
	fmt.Println(unicode.IsTitle('ǅ'), unicode.IsTitle('A'))
}

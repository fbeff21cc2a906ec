package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', 'é', 'Σ', 'ǅ', '٣', '½', '!', '€', '\u0301', '\x7f', '世', 0x10FFFF + 1, -1} {
		fmt.Println(r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r),
			unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsControl(r), unicode.IsPrint(r), unicode.IsGraphic(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	s := "héllo, 世界\xff!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("ok"), utf8.RuneCount([]byte(s)), utf8.Valid([]byte("é")))
	r, w := utf8.DecodeRuneInString(s[1:])
	fmt.Println(r, w, string(r))
	r, w = utf8.DecodeLastRuneInString(s)
	fmt.Println(r, w)
	r, w = utf8.DecodeLastRuneInString("世")
	fmt.Println(r, w)
	r, w = utf8.DecodeRuneInString("")
	fmt.Println(r, w, r == utf8.RuneError, utf8.UTFMax, utf8.RuneSelf)
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen(0x1F600), utf8.RuneLen(0xD800), utf8.ValidRune(0xD800), utf8.ValidRune('x'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, string(unicode.ToUpper('ß')))
	count := 0
	for _, c := range "Hello World 123" {
		if unicode.IsUpper(c) || unicode.IsDigit(c) {
			count++
		}
	}
	fmt.Println(count)
}

// Pins unicode character classes/case mapping and unicode/utf8 encode/decode/validation on ASCII, multibyte, invalid and surrogate inputs.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', '\n', '!', 'é', 'ß', 'Σ', 'σ', 'ς', '世', '٣', 'Ⅻ', '\u00a0', '\u200b', 0x1F600, '_', 'ǅ', '\u0301'} {
		fmt.Printf("%U %v%v%v%v%v%v%v%v%v%v %c %c %c\n", r, b(unicode.IsLetter(r)), b(unicode.IsDigit(r)), b(unicode.IsNumber(r)), b(unicode.IsSpace(r)), b(unicode.IsUpper(r)), b(unicode.IsLower(r)), b(unicode.IsTitle(r)), b(unicode.IsPunct(r)), b(unicode.IsPrint(r)), b(unicode.IsGraphic(r)), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.IsControl('\x07'), unicode.IsSymbol('+'), unicode.IsMark('\u0301'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)

	s := "aé世😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c:%d ", i, r, size)
		i += size
	}
	fmt.Println()
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		fmt.Printf("%c/%d ", r, size)
		i -= size
	}
	fmt.Println()
	bad := "a\xffb\xe4\xb8c\xed\xa0\x80"
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad))
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeRune([]byte{0xc0, 0x80})
	fmt.Println(r, size)
	for _, r := range []rune{'A', 'é', '世', 0x1F600, -1, 0xD800, 0x110000} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U %d % x %d %v\n", r, n, buf[:n], utf8.RuneLen(r), utf8.ValidRune(r))
	}
	fmt.Printf("% x\n", utf8.AppendRune([]byte("x"), '界'))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRuneInString("世"), utf8.RuneStart(0xb8), utf8.RuneStart('a'))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, utf8.RuneError)
	fmt.Println(string(rune(0xD800)) == "\uFFFD", []rune("a\xffb"), string([]rune{0x4e16, -5}))
}

func b(v bool) string {
	if v {
		return "1"
	}
	return "0"
}

// Pins strconv Quote/QuoteToASCII/QuoteRune*/Unquote/CanBackquote/IsPrint and the Append* family.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"hello", "tab\there", "quote\"s", "back\\slash", "héllo 世界", "\x00\x7f\xff", "\u2028 line sep", "emoji 😀", "\a\b\f\v\r\n", "\u00a0nbsp"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '\n', '世', 0x1F600, 0x7f, -1, 0x110000, '\\', 0xFEFF} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.IsPrint(r))
	}
	for _, q := range []string{`"abc"`, "`raw\\n`", `'x'`, `"\u00e9\x41\101\n"`, `"bad`, `'ab'`, `"a"b"`, `""`, `"\q"`, `'\''`, "`a`b`", `"\xff"`, `abc`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", s, err)
	}
	b := []byte("x=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 255, 16)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.5, 'e', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q\n")
	b = strconv.AppendQuoteRune(b, 'r')
	b = strconv.AppendQuoteToASCII(b, "é")
	fmt.Println(string(b))
	fmt.Println(strconv.IntSize)
}

// Pins strconv's graphic quoting (QuoteToGraphic, QuoteRuneToGraphic, IsGraphic and the Append forms), UnquoteChar, QuotedPrefix, Unquote edge cases and FormatComplex.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	runes := []rune{0, 7, 9, 10, 0x1b, ' ', '"', '\'', '\\', 'a', 0x7f, 0x80, 0x85, 0x9f,
		0xa0, 0xad, 0xe9, 0x1680, 0x180e, 0x2000, 0x2007, 0x200a, 0x200b, 0x2028, 0x2029,
		0x202f, 0x205f, 0x3000, 0xd800, 0xdfff, 0xfeff, 0xfffd, 0xffff, 0x1f600, 0xe0001,
		0x10ffff, 0x110000, -1}
	for _, r := range runes {
		fmt.Printf("%#x %v %v %s %s %s %s\n", r, strconv.IsPrint(r), strconv.IsGraphic(r),
			strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r),
			strconv.AppendQuoteRuneToGraphic([]byte("<"), r))
	}
	for r := rune(0); r < 0x3100; r++ {
		if strconv.IsGraphic(r) != strconv.IsPrint(r) {
			fmt.Printf("graphic only: %#x\n", r)
		}
	}
	strs := []string{"", "plain", "\x00\x01\x1f\x7f", "tab\tnl\nret\r", "\"dq\" 'sq' \\bs",
		"lat\u00e9\u00ff\u00a0", "\u2007figure\u2000\u200a\u3000", "\ufeffbom", "max\U0010ffff",
		"bad\xff\xfe", "\xe2\x82", "\xed\xa0\x80", "emoji 😀", "`back`", "\u0085\u2028"}
	for _, s := range strs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
		b := strconv.AppendQuoteToGraphic([]byte("g:"), s)
		b = strconv.AppendQuoteToASCII(append(b, ' '), s)
		b = strconv.AppendQuoteRuneToASCII(append(b, ' '), []rune(s + "?")[0])
		fmt.Println(string(b))
		back, err := strconv.Unquote(strconv.QuoteToGraphic(s))
		fmt.Println(back == s, err)
	}
	type uc struct {
		s string
		q byte
	}
	for _, c := range []uc{
		{``, '"'}, {`a`, '"'}, {`"`, '"'}, {`"`, '\''}, {`'`, '\''}, {`'`, '"'}, {"`", '`'},
		{`\`, '"'}, {`\a\b`, '"'}, {`\f`, 0}, {`\n`, 0}, {`\r`, 0}, {`\t`, 0}, {`\v`, 0},
		{`\\x`, 0}, {`\"`, '"'}, {`\"`, '\''}, {`\'`, '\''}, {`\'`, '"'}, {`\'`, 0},
		{`\x41z`, 0}, {`\xff`, 0}, {`\x4`, 0}, {`\xg0`, 0}, {`\u00e9!`, 0}, {`\u00E9`, 0},
		{`\ud800`, 0}, {`\u12`, 0}, {`\U0010ffff`, 0}, {`\U00110000`, 0}, {`\Uffffffff`, 0},
		{`\101x`, 0}, {`\377`, 0}, {`\400`, 0}, {`\18`, 0}, {`\0`, 0}, {`\8`, 0}, {`\q`, 0},
		{"\u00e9t\u00e9", 0}, {"\xffz", 0}, {"\xe2\x82", 0}, {"\u2007", '"'},
	} {
		v, mb, tail, err := strconv.UnquoteChar(c.s, c.q)
		fmt.Printf("%q %q -> %#x %v %q %v %v\n", c.s, c.q, v, mb, tail, err, errors.Is(err, strconv.ErrSyntax))
	}
	for _, s := range []string{
		`"abc" rest`, `"a\"b"c`, `"\u00e9\x41\101\n"!`, "`raw\r\n`tail", "``", "`open",
		`'x'y`, `'\''`, `'\n'z`, `''`, `'ab'`, `'\u00e9'`, "'\xff'", `"\xff"`, "\"\xff\"",
		`"`, `"unterminated`, "\"new\nline\"", `"bad \q"`, `abc`, ``, `x"y"`, `"\"`,
		`"\\"x`, "'\u00e9'", `'`, `"\ud800"`, "\"\u2007\"",
	} {
		p, err := strconv.QuotedPrefix(s)
		u, uerr := strconv.Unquote(s)
		fmt.Printf("%q: %q %v | %q %v\n", s, p, err, u, uerr)
	}
	for _, c := range []complex128{0, complex(1.5, -2), complex(-1, 1e21), complex(3, 0.1), complex(math.Inf(-1), math.NaN()), complex(math.NaN(), math.Inf(1))} {
		fmt.Println(strconv.FormatComplex(c, 'g', -1, 128), strconv.FormatComplex(c, 'f', 2, 64),
			strconv.FormatComplex(c, 'e', 3, 128))
	}
}

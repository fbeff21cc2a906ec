package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c(%d) ", i, r, size)
		i += size
	}
	fmt.Println()
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%c", r)
		s = s[:len(s)-size]
	}
	fmt.Println()
	bad := "a\xffb\xc3"
	fmt.Println(utf8.ValidString(bad), utf8.ValidString("ok ☺"), utf8.Valid([]byte{0xe4, 0xb8, 0x96}))
	for i := 0; i < len(bad); {
		r, size := utf8.DecodeRuneInString(bad[i:])
		fmt.Printf("%U/%d ", r, size)
		i += size
	}
	fmt.Println()
	for i, r := range bad {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeRune(nil)
	fmt.Println(r, size)
	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'é', '世', '😀', -1, 0x10FFFF + 1, 0xD800} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U -> % x (len %d, RuneLen %d, valid %v)\n", r, buf[:n], n, utf8.RuneLen(r), utf8.ValidRune(r))
	}
	b := append([]byte("x"), string('世')...)
	fmt.Printf("%q %d\n", b, len(b))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRuneInString("世"))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	fmt.Println([]rune("héllo"), string([]rune{72, 105, 0x4e16}))
	fmt.Println(string(rune(0x4e16)), string([]byte{0xe4, 0xb8, 0x96}))
	trunc := "世界"[:4]
	fmt.Printf("%q %d %v\n", trunc, utf8.RuneCountInString(trunc), utf8.ValidString(trunc))
}

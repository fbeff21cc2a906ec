package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	b := []byte("héllo, 世界")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%c:%d ", r, size)
		b = b[size:]
	}
	fmt.Println()
	b = []byte("abc€")
	r, size := utf8.DecodeLastRune(b)
	fmt.Println(string(r), size)
	fmt.Println(utf8.DecodeRune(nil))
	fmt.Println(utf8.DecodeRune([]byte{0xff, 'a'}))
	fmt.Println(utf8.FullRune([]byte{0xe2, 0x82}), utf8.FullRune([]byte{0xe2, 0x82, 0xac}))
	fmt.Println(utf8.FullRune([]byte{0xff}), utf8.FullRuneInString("\xf0\x9f"))
	buf := make([]byte, 4)
	for _, r := range []rune{'a', 'é', '€', '🙂', -1, 0xD800} {
		n := utf8.EncodeRune(buf, r)
		fmt.Println(n, buf[:n])
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	utf8.EncodeRune(make([]byte, 2), '€')
}

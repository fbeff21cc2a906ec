// Pins unicode/utf8 Valid/DecodeRune/DecodeLastRune/FullRune/RuneCount and range-over-string decoding exhaustively over all 2-byte sequences and a grid of 3- and 4-byte sequences (counts and checksums).
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	valid2, h := 0, 0
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			p := []byte{byte(a), byte(b)}
			if utf8.Valid(p) {
				valid2++
			}
			r, n := utf8.DecodeRune(p)
			r2, n2 := utf8.DecodeLastRune(p)
			h = (h*31 + int(r)*3 + n + int(r2)*7 + n2) % 1000000007
		}
	}
	fmt.Println(valid2, h)
	valid3, full, h3 := 0, 0, 0
	for a := 0xC0; a < 0x100; a++ {
		for b := 0x70; b < 0xC8; b++ {
			for c := 0x70; c < 0xC8; c += 3 {
				p := []byte{byte(a), byte(b), byte(c)}
				if utf8.Valid(p) {
					valid3++
				}
				if utf8.FullRune(p[:2]) {
					full++
				}
				r, n := utf8.DecodeRune(p)
				h3 = (h3*131 + int(r) + n + utf8.RuneCount(p)) % 1000000007
				for i, rr := range string(p) {
					h3 = (h3*7 + i + int(rr)) % 1000000007
				}
			}
		}
	}
	fmt.Println(valid3, full, h3)
	four := 0
	for a := 0xF0; a < 0xF8; a++ {
		for b := 0x80; b < 0xC0; b += 5 {
			if utf8.Valid([]byte{byte(a), byte(b), 0x80, 0x80}) {
				four++
			}
		}
	}
	fmt.Println(four)
}

package main

import "fmt"

func main() {
	runes := []rune{'A', 'é', '世', '😀', '\n', '\t', '\x00', '\x7f', '\'', '"', '\\', 0xAD, 0x2028, 0xFEFF, 0xE000}
	for _, r := range runes {
		fmt.Printf("%c|%q|%+q|%#q|%U|%#U|%d\n", r, r, r, r, r, r, r)
	}
	bad := []int{0xD800, 0xDFFF, 0x10FFFF, 0x110000, -1, 1 << 40}
	for _, r := range bad {
		fmt.Printf("%c|%q|%+q|%U|%#U\n", r, r, r, r, r)
	}
	fmt.Printf("[%5q] [%-5q] [%05q] [%5c] [%.2c]\n", 'x', 'x', 'x', 'x', 'x')
	fmt.Printf("[%U] [%.2U] [%.8U] [%#.6U] [%12U] [%-12U|] [%012U]\n", 0x1F600, 'A', 'A', 'A', 'B', 'B', 'B')
	var u8 uint8 = 200
	var i8 int8 = -3
	fmt.Printf("%c %q %U | %c %q %U\n", u8, u8, u8, i8, i8, i8)
}

// Pins string/rune/byte conversions: string(rune) for valid/invalid/surrogate code points, []rune and []byte round trips, range over invalid UTF-8, indexing bytes vs runes, and utf8 counting on built strings.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{65, 0xE9, 0x4E16, 0x1F600, 0xD800, 0xDFFF, 0x10FFFF, 0x110000, -1} {
		s := string(r)
		fmt.Printf("%U %q %d % x %v\n", r, s, len(s), s, utf8.ValidString(s))
	}
	s := "Grüß 世界!"
	rs := []rune(s)
	bs := []byte(s)
	fmt.Println(len(s), len(rs), len(bs), string(rs[2:4]), string(bs[2:4]), s[2], s[3], rs[7])
	fmt.Printf("%q %q %v\n", string(bs[:3]), s[6:9], string(rs) == s)
	bad := string([]byte{'o', 'k', 0xC3, 0x28, 0xE2, 0x82, 0xF0, 0x9F, 0x98})
	for i, r := range bad {
		fmt.Printf("[%d %U]", i, r)
	}
	fmt.Println()
	fmt.Println(len([]rune(bad)), utf8.RuneCountInString(bad), []byte(string([]rune(bad))))
	var b []byte
	for _, r := range "aé世😀" {
		b = utf8.AppendRune(b, r)
		b = append(b, '|')
	}
	fmt.Println(string(b), len(b))
	x := []byte("hello")
	y := string(x)
	x[0] = 'J'
	fmt.Println(y, string(x))
	var sb []rune
	for i := 0; i < 5; i++ {
		sb = append(sb, rune('α'+i))
	}
	fmt.Println(string(sb), len(string(sb)))
	fmt.Println(string(rune(0x263A)), fmt.Sprint(rune(0x263A)), fmt.Sprintf("%c", 0x263A))
	str := "\xff\xfe"
	fmt.Printf("%q %+q %x %v\n", str, str, str, []byte(str))
	fmt.Println(s[len(s)-1:], s[:1]+s[len(s)-1:])
	cmp := []string{"a", "á", "b", "B", "Z", "é", "e"}
	for i := 0; i < len(cmp)-1; i++ {
		fmt.Print(cmp[i] < cmp[i+1], " ")
	}
	fmt.Println()
}

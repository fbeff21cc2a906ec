// Pins strings.Trim/TrimLeft/TrimRight/bytes.Trim and IndexAny/LastIndexAny over cutsets with empty, ASCII, multibyte, RuneError and invalid-UTF-8 members, plus TrimSpace/TrimFunc variants.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	ins := []string{"", "  a b  ", "xxaxx", "ééaé", "\xff\xffa\xff", "abc", "\t\n a\u00a0"}
	cuts := []string{"", " ", "x", "é", "\xff", "\uFFFD", "abc", "cba ", "é\xff"}
	for _, in := range ins {
		for _, c := range cuts {
			fmt.Printf("%q %q %q %q %q|", strings.Trim(in, c), strings.TrimLeft(in, c), strings.TrimRight(in, c), bytes.Trim([]byte(in), c), strings.IndexAny(in, c))
		}
		fmt.Println()
		fmt.Printf("%q %q %q %q %q\n", strings.TrimSpace(in), strings.TrimFunc(in, unicode.IsLetter), strings.TrimLeftFunc(in, unicode.IsSpace), bytes.TrimSpace([]byte(in)), strings.LastIndexAny(in, "a\xff"))
	}
}

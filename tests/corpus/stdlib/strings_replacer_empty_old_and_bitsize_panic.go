// Pins strings.NewReplacer with an empty old string beside other pairs (the other pairs still apply after the empty match, the search steps by byte so multi-byte runes get split), pair priority by order, and strconv.FormatFloat/AppendFloat panicking on a bitSize other than 32 or 64.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	cases := [][]string{
		{"", "X", "a", "A"},
		{"a", "A", "", "X"},
		{"", "-"},
		{"", "-", "l", "L"},
		{"l", "L", "", "-"},
		{"a", "1", "ab", "2", "", "-"},
		{"ab", "2", "a", "1"},
		{"", "<", "", ">"},
		{"na", "NA", "", "."},
	}
	for _, c := range cases {
		r := strings.NewReplacer(c...)
		for _, s := range []string{"banana", "héllo", ""} {
			var sb strings.Builder
			n, err := r.WriteString(&sb, s)
			fmt.Printf("%q %q -> %q | %q %d %v\n", c, s, r.Replace(s), sb.String(), n, err)
		}
	}
	for _, bits := range []int{32, 64, 16, 0, 128} {
		func() {
			defer func() {
				if e := recover(); e != nil {
					fmt.Println(bits, "panic:", e)
				}
			}()
			fmt.Println(bits, strconv.FormatFloat(0.1, 'g', -1, bits))
			fmt.Println(bits, string(strconv.AppendFloat([]byte("x="), 2.5, 'e', 2, bits)))
		}()
	}
}

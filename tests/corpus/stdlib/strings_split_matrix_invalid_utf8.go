// Pins strings.SplitN/SplitAfterN and bytes.SplitN over a matrix of inputs (empty, separators only, multibyte, invalid UTF-8), separators and counts, plus Fields/FieldsFunc and RuneError handling in Index/Trim/Count.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	ins := []string{"", "a", ",", ",,", "a,b", ",a,", "a,,b,", "héllo,wörld", "\xff,\xfe"}
	seps := []string{",", "", ",,", "a", "\xff"}
	for _, in := range ins {
		for _, sep := range seps {
			for _, n := range []int{-1, 0, 1, 2, 5} {
				s1 := strings.SplitN(in, sep, n)
				var s2 []string
				if sep != "" {
					s2 = strings.SplitAfterN(in, sep, n)
				}
				b1 := bytes.SplitN([]byte(in), []byte(sep), n)
				fmt.Printf("%q/%q/%d %q %q %d|", in, sep, n, s1, s2, len(b1))
			}
			fmt.Println()
		}
		fmt.Printf("%q %q %q\n", strings.Fields(in), strings.FieldsFunc(in, func(r rune) bool { return r == ',' }), bytes.Fields([]byte(in)))
	}
	fmt.Printf("%q\n", strings.Split("a\xffb", ""))
	fmt.Println(strings.IndexRune("a\xffb", '\uFFFD'), strings.IndexRune("a\uFFFDb", '\uFFFD'), strings.ContainsRune("\xff", '\uFFFD'), strings.IndexByte("\xff", 0xff), strings.Count("\xff\xff", ""))
	fmt.Println(strings.LastIndex("", ""), strings.Index("abc", "abcd"), strings.EqualFold("\xff", "\xfe"), strings.TrimLeft("\xff\xffa", "\xff"), len(strings.TrimRight("a\xff", "\uFFFD")))
}

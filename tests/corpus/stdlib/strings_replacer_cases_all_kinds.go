// Pins strings.Replacer across its kinds (byte, byte-to-string, single string, generic with an empty old string), Replace and WriteString results and counts.
package main

import (
	"fmt"
	"strings"
)

func main() {
	cases := []struct {
		pairs []string
		in    string
	}{
		{[]string{"a", "b", "b", "a"}, "abba cab"},
		{[]string{"a", "xyz", "b", ""}, "abcab"},
		{[]string{"", "X"}, ""},
		{[]string{"", "X", "a", "A"}, "banana"},
		{[]string{"a", "1", "a", "2"}, "aaa"},
		{[]string{"aaa", "3", "aa", "2", "a", "1"}, "aaaaaa"},
		{[]string{"ab", "X", "abc", "Y"}, "abcabd"},
		{[]string{"abc", "Y", "ab", "X"}, "abcabd"},
		{[]string{"世", "world", "界", "!"}, "hello 世界"},
		{[]string{"\xff", "?"}, "a\xffb"},
		{[]string{"x", "x"}, "xxx"},
		{[]string{"hello", ""}, "hellohello world"},
		{[]string{"", ""}, "abc"},
		{[]string{"b", "BB", "", "-"}, "abc"},
	}
	for _, c := range cases {
		r := strings.NewReplacer(c.pairs...)
		var sb strings.Builder
		n, err := r.WriteString(&sb, c.in)
		fmt.Printf("%q -> %q | %q %d %v\n", c.in, r.Replace(c.in), sb.String(), n, err)
	}
}

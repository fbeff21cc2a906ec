package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">link</a>"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("hello", "HI", "world", "EARTH")
	fmt.Println(r3.Replace("hello world, hello!"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("aaa", "a", "bb"))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	rest, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Printf("%q %v\n", rest, ok)
	rest, ok = strings.CutPrefix("body", "prefix-")
	fmt.Printf("%q %v\n", rest, ok)
	rest, ok = strings.CutSuffix("file.txt", ".txt")
	fmt.Printf("%q %v\n", rest, ok)
	rest, ok = strings.CutSuffix("file.txt", ".go")
	fmt.Printf("%q %v\n", rest, ok)
	config := "name=gojit\nversion=1\n# comment\nempty=\nbad line"
	for _, line := range strings.Split(config, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			fmt.Printf("skip %q\n", line)
			continue
		}
		fmt.Printf("%s -> %q\n", k, v)
	}
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banana xx box"))
	var sb strings.Builder
	n, _ := r.WriteString(&sb, "1 < 2 & 3 > 2")
	fmt.Println(sb.String(), n)
}

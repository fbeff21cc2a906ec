package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Hello, Wörld! Hello, Go!"
	fmt.Println(strings.LastIndex(s, "Hello"), strings.LastIndex(s, ""), strings.LastIndex(s, "x"))
	fmt.Println(strings.IndexByte(s, 'W'), strings.LastIndexByte(s, 'o'), strings.IndexRune(s, 'ö'), strings.IndexRune(s, -1), strings.IndexAny(s, "xyz!"), strings.IndexAny(s, ""))
	fmt.Println(strings.ContainsRune(s, 'ö'), strings.ContainsAny(s, "QZ"), strings.ContainsAny(s, "QW"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitN("héllo", "", 3))
	fmt.Printf("%q\n", strings.Split("a--b--", "--"))
	fmt.Printf("[%s] [%s] [%s]\n", strings.Trim("xxhixyx", "xy"), strings.TrimLeft("xxhix", "x"), strings.TrimRight("xxhix", "x"))
	fmt.Printf("[%s] [%s] [%s]\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"), strings.TrimPrefix("abc", "x"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("ǅ", "ǆ"), strings.EqualFold("a", "ab"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	rest, ok := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(rest, ok)
	rest, ok = strings.CutSuffix("file.txt", ".md")
	fmt.Println(rest, ok)
	fmt.Println(strings.Trim("  \t both  ", " \t"), strings.Trim("", "x"), strings.Trim("abc", ""))
}

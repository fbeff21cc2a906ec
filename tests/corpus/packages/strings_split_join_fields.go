package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "a,b,,c,"
	fmt.Printf("%q\n", strings.Split(s, ","))
	fmt.Printf("%q\n", strings.SplitN(s, ",", 2))
	fmt.Printf("%q\n", strings.SplitN(s, ",", 0))
	fmt.Printf("%q\n", strings.SplitN(s, ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter(s, ","))
	fmt.Printf("%q\n", strings.SplitAfterN(s, ",", 3))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n  qux  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333d", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Join(nil, "-") == "")
	fmt.Println(strings.Join([]string{"only"}, ", "))
	parts := strings.Split("key=value=more", "=")
	fmt.Println(len(parts), parts[0], strings.Join(parts[1:], "="))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexByte("golang", 'l'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.LastIndexAny("golang", "go"), strings.IndexFunc("Hello, 世界", unicode.IsUpper))
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'c'))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.TrimPrefix("golang", "go"), strings.TrimSuffix("golang", "ng"))
	fmt.Printf("%q\n", strings.Trim("  !!hi!! ", " !"))
	fmt.Printf("%q\n", strings.TrimLeft("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimSpace(" \t\n hello \r\n"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.ToUpper("hello, wörld"), strings.ToLower("HELLO ÀÉ"))
	fmt.Println(strings.Title("hello world"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	lines := strings.Split("line1\nline2\nline3", "\n")
	for i, l := range lines {
		fmt.Printf("%d:%s\n", i, l)
	}
}

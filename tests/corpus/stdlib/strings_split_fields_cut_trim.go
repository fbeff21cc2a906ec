// Pins strings Split/SplitN/SplitAfter/Fields/FieldsFunc/Cut/CutPrefix/CutSuffix/Trim*/Index*/Contains*/Count/EqualFold/Map/Title/Repeat/Compare and friends on edge cases.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q %q\n", strings.SplitN("a,b", ",", 0), strings.SplitN("a,b,c", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  foo bar\t\nbaz  \u00a0x "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Printf("%q\n", strings.Fields(""))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	s, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(s, ok)
	s, ok = strings.CutSuffix("body.go", ".rs")
	fmt.Println(s, ok)
	fmt.Printf("[%s][%s][%s][%s]\n", strings.TrimSpace(" \t x y \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabcaa", "ab"), strings.TrimRight("aabcaa", "a"))
	fmt.Printf("[%s][%s][%s]\n", strings.TrimPrefix("aaab", "a"), strings.TrimSuffix("abcc", "c"), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("x", ""), strings.Index("", "a"), strings.LastIndex("go gopher", "go"), strings.IndexByte("abc", 'c'))
	fmt.Println(strings.IndexRune("chicken 世界", '界'), strings.IndexAny("golang", "xyzn"), strings.LastIndexAny("golang", "go"), strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.LastIndexFunc("a1b2c", unicode.IsLetter))
	fmt.Println(strings.IndexRune("abc", -1), strings.IndexRune("a\uFFFDb", utf8RuneError()), strings.LastIndexByte("abcabc", 'b'))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("", ""), strings.ContainsAny("failure", "ui"), strings.ContainsAny("x", ""), strings.ContainsRune("abc", 'b'), strings.ContainsFunc("abc", unicode.IsUpper))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ß", "SS"), strings.EqualFold("K", "\u212a"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana split"))
	fmt.Println(strings.Title("hello wide world-wide"), strings.ToTitle("loud"), strings.ToUpper("straße"), strings.ToLower("ÀÉÎ HI"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "", strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.HasPrefix("", ""))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"), strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink", "oink", "moo", -1), strings.ReplaceAll("aaa", "", "-"))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
	fmt.Println(strings.Clone("clone"), strings.LastIndex("abc", ""), strings.Index("日本語", "語"))
}

func utf8RuneError() rune { return '\uFFFD' }

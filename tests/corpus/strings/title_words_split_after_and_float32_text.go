package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	fmt.Println(strings.EqualFold("K", "\u212a"), strings.EqualFold("ß", "SS"), strings.EqualFold("Σ", "ς"))
	fmt.Println(strings.Title("it's a dog's life o'neil x-ray héllo_world"))
	fmt.Printf("%q\n", strings.SplitAfterN("abc", "", 2))
	fmt.Printf("%q\n", strings.SplitAfterN("abc", "", -1))
	fmt.Printf("%q\n", strings.SplitN("abc", "", 2))
	r := strings.NewReplacer("", "X")
	fmt.Println(r.Replace("abc"))
	r = strings.NewReplacer("a", "1", "", "-")
	fmt.Println(r.Replace("abca"))
	for _, f := range []float64{0.1, 1.0 / 3, 3.4028234663852886e38, 1e-45, 16777217, 0.3, 2.5e-8} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'e', -1, 32), strconv.FormatFloat(f, 'f', 3, 32))
	}
	fmt.Println(strings.ToUpper("ǆ ß ﬁ"), strings.ToLower("İ Σ"), strings.ToTitle("ǆ"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
	fmt.Println(strings.Fields(" a\u00a0b\u2003c\u0085d "), len(strings.Fields(" a\u00a0b\u2003c\u0085d ")))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	fmt.Println(strings.IndexFunc("héllo", func(r rune) bool { return r > 127 }), strings.LastIndexByte("abcabc", 'b'), strings.IndexRune("chicken", 'k'), strings.IndexRune("a\xffb", 0xfffd))
	fmt.Println(strings.ContainsFunc("abc", func(r rune) bool { return r == 'c' }), strings.Count("cheese", ""), strings.Count("five", "e"))
}

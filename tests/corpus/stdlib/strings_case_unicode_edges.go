// Pins strings case mapping and comparison on non-ASCII input (ToUpper/ToLower/ToTitle/Title/EqualFold, special-casing like ß, İ, ǅ, final sigma), plus Fields/TrimSpace on Unicode spaces and Index on multibyte text.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, s := range []string{"straße", "İstanbul", "ǅemal", "ΟΔΟΣ", "ﬁre", "Ⅻ", "ǈ", "ÿ", "µ", "ǰ"} {
		fmt.Printf("%s|%s|%s|%s|%s\n", s, strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(strings.ToLower(s)))
	}
	fmt.Println(strings.EqualFold("ǆ", "ǅ"), strings.EqualFold("ﬃ", "ffi"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("µ", "Μ"))
	fmt.Printf("%q\n", strings.Fields("a\u2003b\u3000c\u0085d\u200be"))
	fmt.Printf("%q\n", strings.TrimSpace("\u2003\u00a0 text \u3000\u0085"))
	fmt.Println(strings.Index("ağaç ağacı", "ağacı"), strings.IndexRune("ağaç", 'ç'), strings.LastIndex("ağaçağaç", "ç"), len("ağaç"))
	fmt.Println(strings.Map(unicode.ToTitle, "AbC"))
	r := []rune("héllo wörld")
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(string(r), strings.Count("ñaña", "ñ"), strings.Count("ñaña", ""))
	fmt.Println(strings.Title("hello_world.foo-bar baz"), strings.Title("ünïcode wörds"))
}

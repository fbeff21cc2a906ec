package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  the quick\tbrown  fox\n"
	fmt.Println(strings.Contains(s, "quick"), strings.Contains(s, "slow"), strings.Contains(s, ""))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.HasPrefix("go", "golang"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("x", ""))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"), strings.Count("héllo", ""))
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a man a plan", "a "))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q %d\n", strings.Split("", ","), len(strings.Split("", ",")))
	fmt.Printf("%q %d\n", strings.Split("", ""), len(strings.Split("", "")))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.Fields("\u00a0a\u3000b\u2003 c\xffd "))
	fmt.Println(len(strings.Fields("   ")))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "), strings.Join(nil, "-"), strings.Join([]string{"one"}, "-"))
	fields := strings.Fields(s)
	fmt.Println(strings.Join(fields, "+"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("héllo", "", "-", -1), strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"), strings.ReplaceAll("banana", "x", "y"))
	fmt.Println(strings.ToUpper("Hello, Wörld ß ǆ"), strings.ToLower("HELLO, WÖRLD İ Σ"))
	fmt.Printf("%q %q\n", strings.ToUpper("a\xffb"), strings.ToLower("ABC"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace(s), strings.TrimSpace(" \u2003x y\u00a0\t"), strings.TrimSpace("\t \n"))
	fmt.Printf("%q\n", strings.TrimSpace("x\xff "))
}

package main

import "fmt"

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func main() {
	a := "go"
	b := "jit"
	c := a + b
	fmt.Println(c, len(c), len(""), len(repeat("ab", 5)))
	fmt.Println(c == "gojit", c != "gojit", a < b, b < a)
	fmt.Println("abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
	fmt.Println("apple" <= "apple", "apple" >= "banana")
	s := ""
	for i := 0; i < 3; i++ {
		s = s + "<" + repeat("*", i) + ">"
	}
	fmt.Println(s)
	e := "héllo"
	fmt.Println(len(e), e+"\t|")
	fmt.Println("multi\nline", `raw\n`)
}

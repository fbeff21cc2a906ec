package main

import "fmt"

type Name string

func main() {
	s := "héllo, 世界"
	fmt.Printf("[%s] [%v] [%q] [%+q] [%#q] [%x] [%X]\n", s, s, s, s, s, s, s)
	fmt.Printf("[% x] [%# x] [%#x] [% X] [%#X] [%# X]\n", "abc", "abc", "abc", "abc", "abc", "abc")
	fmt.Printf("[%.3s] [%.0s] [%.20s] [%.8s] [%.1q] [%.2x] [% .2x]\n", s, s, s, s, s, s, s)
	fmt.Printf("[%12s] [%-12s] [%012s] [%3s] [%12q] [%-12q]\n", s, s, s, s, "hi", "hi")
	fmt.Printf("[%10x] [%-10x] [%010x] [%10.2x]\n", "ab", "ab", "ab", "abc")
	fmt.Printf("[%s] [%q] [%x] [%5x] [%-5x|] [%#x] [%10s]\n", "", "", "", "", "", "", "")
	fmt.Printf("[%#v] [%#v] [%#v]\n", s, "", "tab\there")
	var n Name = "gopher"
	fmt.Printf("%v %s %q %x %T %#v\n", n, n, n, n, n, n)
	fmt.Printf("%T %T\n", s, "")
	fmt.Printf("[%5.2s] [%-5.1s] [%.3s]\n", "abcdef", "xyz", "日本語日本語")
}

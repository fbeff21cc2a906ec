package main

import "fmt"

func main() {
	samples := []string{
		"plain",
		"quote\"d",
		"back\\slash",
		"new\nline\ttab\rret",
		"bell\a back\b form\f vert\v",
		"nul\x00 esc\x1b del\x7f",
		"invalid \xff\xfe bytes",
		"trunc \xe4\xb8",
		"bom \ufeff here",
		"soft\u00adhyphen nbsp\u00a0",
		"line\u2028sep",
		"private\ue000use",
		"astral 𝄞 😀",
		"back`tick",
		"único",
	}
	for _, s := range samples {
		fmt.Printf("%q | %+q | %#q\n", s, s, s)
	}
	fmt.Printf("%#+q %#+q\n", "ok", "é")
	fmt.Printf("%x\n", "invalid \xff")
	fmt.Printf("%s|%v\n", "raw \xff bytes", "raw \xff bytes")
	fmt.Printf("[%8q] [%-8q] [%08q]\n", "é", "é", "é")
}

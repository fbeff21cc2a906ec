package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, r := range []rune{'a', 'é', '☺', '\n', '\'', 0x7f, 0x10ffff, 0xfffd, -5, 0x1F600} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.IsPrint(r))
	}
	for _, s := range []string{"abc", "a`b", "tab\there", "é☺", "\ufeff", "x\x7f", ""} {
		fmt.Println(strconv.CanBackquote(s))
	}
	fmt.Println(strconv.IsPrint('\u00a0'), strconv.IsPrint('\u2028'), strconv.IsPrint(' '))
}

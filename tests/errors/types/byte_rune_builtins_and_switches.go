package main

import (
	"fmt"
	"strings"
)

const limit byte = 256

const first byte = 'g'

func classify(x any) int {
	switch x.(type) {
	case byte:
		return 1
	case uint8:
		return 2
	case []rune, []int32:
		return 3
	}
	return 0
}

func main() {
	s := "gopher"
	raw := []byte(s)
	_ = strings.IndexByte(s, 1.5)
	_ = strings.ContainsRune(s, "x")
	copy(raw, []rune(s))
	var x float32 = []byte(s)
	big := byte(300)
	switch s[0] {
	case first, uint8('g'):
	}
	var r rune = 'a'
	fmt.Println(r + "b", x, big, classify(raw))
}

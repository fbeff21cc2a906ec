// Pins strings/bytes search results on long generated inputs (Index/LastIndex/Count/Contains/Replace/Split sizes) where fast-path algorithms engage.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 3000; i++ {
		sb.WriteString("ab")
		if i%97 == 0 {
			sb.WriteString("abc")
		}
		if i%500 == 499 {
			sb.WriteString("NEEDLE-in-haystack")
		}
	}
	hay := sb.String()
	fmt.Println(len(hay))
	for _, n := range []string{"abc", "NEEDLE-in-haystack", "bab", "abcab", "zzz", "ababababababababababababababababab", "ckNE", "a"} {
		fmt.Println(n, strings.Index(hay, n), strings.LastIndex(hay, n), strings.Count(hay, n), strings.Contains(hay, n))
	}
	parts := strings.Split(hay, "NEEDLE")
	lens := []int{}
	for _, p := range parts {
		lens = append(lens, len(p))
	}
	fmt.Println(len(parts), lens)
	rep := strings.ReplaceAll(hay, "abc", "X")
	fmt.Println(len(rep), strings.Count(rep, "X"), rep[:20])
	bh := []byte(hay)
	fmt.Println(bytes.Index(bh, []byte("haystackab")), bytes.LastIndex(bh, []byte("abcab")), bytes.Count(bh, []byte("b")))
	long := strings.Repeat("x", 10000) + "y"
	fmt.Println(strings.Index(long, strings.Repeat("x", 50)+"y"), strings.IndexByte(long, 'y'), strings.LastIndexByte(long, 'x'), strings.IndexAny(long, "zy"))
	f := strings.Fields(strings.Repeat(" w ", 1000))
	fmt.Println(len(f), strings.EqualFold(strings.Repeat("aB", 500), strings.Repeat("Ab", 500)))
}

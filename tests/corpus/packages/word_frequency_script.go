package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick fox, a lazy dog, and THE end.`

func main() {
	freq := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	lines := 0
	for sc.Scan() {
		lines++
		words := strings.FieldsFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\''
		})
		for _, w := range words {
			freq[strings.ToLower(w)]++
		}
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range freq {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	fmt.Printf("lines=%d unique=%d\n", lines, len(list))
	for i, e := range list {
		if i >= 6 {
			break
		}
		bar := strings.Repeat("#", e.v)
		fmt.Printf("%-6s %2d %s\n", e.k, e.v, bar)
	}
	longest := ""
	for _, e := range list {
		if len(e.k) > len(longest) || (len(e.k) == len(longest) && e.k < longest) {
			longest = e.k
		}
	}
	fmt.Println("longest:", longest)
	letters := map[rune]int{}
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) {
			letters[r]++
		}
	}
	keys := make([]rune, 0, len(letters))
	for r := range letters {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var sb strings.Builder
	for _, r := range keys {
		fmt.Fprintf(&sb, "%c%d", r, letters[r])
	}
	fmt.Println(sb.String())
}

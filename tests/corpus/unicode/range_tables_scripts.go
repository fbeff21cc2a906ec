package main

import (
	"fmt"
	"sort"
	"unicode"
)

// size counts the code points a table lists.
func size(t *unicode.RangeTable) int {
	n := 0
	for _, r := range t.R16 {
		n += int(r.Hi-r.Lo)/int(r.Stride) + 1
	}
	for _, r := range t.R32 {
		n += int(r.Hi-r.Lo)/int(r.Stride) + 1
	}
	return n
}

// probe checks Is at and around each range's ends, and returns how many
// of the probes were members.
func probe(t *unicode.RangeTable) int {
	hits := 0
	check := func(lo, hi, stride rune) {
		for _, r := range []rune{lo - 1, lo, lo + 1, (lo + hi) / 2, hi - 1, hi, hi + 1, lo + stride} {
			if unicode.Is(t, r) {
				hits++
			}
		}
	}
	for _, r := range t.R16 {
		check(rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	for _, r := range t.R32 {
		check(rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	return hits
}

func show(title string, m map[string]*unicode.RangeTable) {
	names := make([]string, 0, len(m))
	for name := range m {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println(title, len(m))
	for _, name := range names {
		t := m[name]
		fmt.Printf("%s r16=%d r32=%d latin=%d size=%d probes=%d nil16=%v nil32=%v\n",
			name, len(t.R16), len(t.R32), t.LatinOffset, size(t), probe(t), t.R16 == nil, t.R32 == nil)
	}
}

func main() {
	show("scripts", unicode.Scripts)
	show("categories", unicode.Categories)
	show("properties", unicode.Properties)
	show("fold categories", unicode.FoldCategory)
	show("fold scripts", unicode.FoldScript)
	fmt.Println(unicode.Scripts["Latin"] == unicode.Latin, unicode.Scripts["Han"] == unicode.Han,
		unicode.Properties["White_Space"] == unicode.White_Space, unicode.STerm == unicode.Sentence_Terminal,
		unicode.Categories["Nd"] == unicode.Digit, unicode.Categories["Lu"] == unicode.Upper,
		unicode.Letter == unicode.L, unicode.Lower == unicode.Ll, unicode.Title == unicode.Lt,
		unicode.Mark == unicode.M, unicode.Number == unicode.N, unicode.Punct == unicode.P,
		unicode.Symbol == unicode.S, unicode.Space == unicode.Z, unicode.Other == unicode.C,
		unicode.Latin == unicode.Greek)
	fmt.Println(unicode.Version, len(unicode.GraphicRanges), len(unicode.PrintRanges),
		unicode.GraphicRanges[0] == unicode.L, unicode.PrintRanges[4] == unicode.S, unicode.GraphicRanges[5] == unicode.Zs)
	fmt.Println(unicode.Latin.R16[:4], unicode.Greek.R32, unicode.Cyrillic.R16[0], unicode.Hiragana.R32)
	fmt.Println(len(unicode.Arabic.R16), len(unicode.Devanagari.R16), unicode.ASCII_Hex_Digit.R16, unicode.Dash.LatinOffset)
}

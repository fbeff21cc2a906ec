package main

import (
	"fmt"
	"unicode"
)

var vowels = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 'A', Hi: 'A', Stride: 1},
		{Lo: 'E', Hi: 'E', Stride: 1},
		{Lo: 'I', Hi: 'I', Stride: 1},
		{'O', 'U', 6},
		{0x3B1, 0x3C9, 4},
	},
	R32: []unicode.Range32{
		{Lo: 0x1D400, Hi: 0x1D419, Stride: 4},
		{Lo: 0x1F600, Hi: 0x1F64F, Stride: 1},
	},
	LatinOffset: 4,
}

// long has more than eighteen ranges, so Is searches it by bisection.
func long() *unicode.RangeTable {
	t := &unicode.RangeTable{}
	for i := 0; i < 40; i++ {
		lo := uint16(0x400 + 16*i)
		t.R16 = append(t.R16, unicode.Range16{Lo: lo, Hi: lo + 9, Stride: 3})
	}
	for i := 0; i < 30; i++ {
		lo := uint32(0x20000 + 100*i)
		t.R32 = append(t.R32, unicode.Range32{Lo: lo, Hi: lo + 50, Stride: 5})
	}
	return t
}

func try(name string, f func() bool) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(name, "panic:", e)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	for _, r := range "AEIOUaeiou" {
		fmt.Print(unicode.Is(vowels, r), " ")
	}
	fmt.Println()
	for _, r := range []rune{0x3B1, 0x3B2, 0x3B5, 0x3C9, 0x1D400, 0x1D401, 0x1D404, 0x1F600, 0x1F650, -5} {
		fmt.Print(unicode.Is(vowels, r), " ")
	}
	fmt.Println()
	t := long()
	n := 0
	for r := rune(0); r < 0x30000; r++ {
		if unicode.Is(t, r) {
			n++
		}
	}
	fmt.Println(n, len(t.R16), len(t.R32), unicode.In('A', t, vowels), unicode.In('B', t, vowels), unicode.IsOneOf([]*unicode.RangeTable{t, unicode.Greek}, 'λ'))

	// Tables out of order: Go's search order decides.
	unsorted := &unicode.RangeTable{R16: []unicode.Range16{{'x', 'z', 1}, {'a', 'c', 1}}}
	fmt.Println(unicode.Is(unsorted, 'b'), unicode.Is(unsorted, 'y'))
	empty := &unicode.RangeTable{}
	fmt.Println(unicode.Is(empty, 'a'), unicode.In('a'), unicode.In('a', empty, unicode.Latin))
	// The copy is a table of its own.
	c := *unicode.Digit
	c.R16 = c.R16[:1]
	fmt.Println(unicode.Is(&c, '5'), unicode.Is(&c, '٥'), unicode.Is(unicode.Digit, '٥'), c.R16[0])

	try("stride zero", func() bool {
		return unicode.Is(&unicode.RangeTable{R16: []unicode.Range16{{'a', 'z', 0}}}, 'q')
	})
	try("stride zero outside", func() bool {
		return unicode.Is(&unicode.RangeTable{R16: []unicode.Range16{{'a', 'z', 0}}}, '0')
	})
	try("nil table", func() bool {
		var nt *unicode.RangeTable
		return unicode.Is(nt, 'a')
	})
	try("nil in list", func() bool { return unicode.In('a', unicode.Greek, nil) })
	fmt.Printf("%v %+v\n", unicode.Range16{1, 2, 3}, unicode.Range32{Lo: 0x10000, Hi: 0x10010, Stride: 2})
	fmt.Printf("%T %T %T\n", unicode.Latin, unicode.Scripts, unicode.GraphicRanges)
}

// Package unicode's types and the functions over its tables, as gojit
// provides them. The rune classes, case mappings, SimpleFold and Is are
// natives (this file reaches Is by importing its own package), and so are
// the tables (Latin, Categories, CaseRanges, ...): variables made on first
// use from data generated from Go's own unicode package.
package unicode

import "unicode"

// Version is the Unicode edition the tables come from.
const Version = "15.0.0"

// Indices into the Delta arrays of CaseRanges.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower as a CaseRange's Delta means the range alternates upper and
// lower case runes (upper first); it is no valid delta.
const UpperLower = 0x10FFFF + 1

// RangeTable is a set of code points: sorted, non-overlapping ranges,
// those below 1<<16 in R16; LatinOffset counts the R16 ranges with
// Hi <= MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 is the code points from Lo to Hi inclusive, Stride apart.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is the code points from Lo to Hi inclusive, Stride apart; Lo
// and Hi are at least 1<<16.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange maps the code points from Lo to Hi by adding Delta[c] for
// case c (or alternates cases, for the UpperLower delta).
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// d holds a CaseRange's deltas, by case.
type d [MaxCase]rune

// SpecialCase is a language's case mappings that override the standard
// ones (TurkishCase).
type SpecialCase []CaseRange

// In reports whether r is in any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if unicode.Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether r is in any of the tables (In with a slice).
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if unicode.Is(t, r) {
			return true
		}
	}
	return false
}

// To maps r to case _case (UpperCase, LowerCase or TitleCase); another
// case gives ReplacementChar.
func To(_case int, r rune) rune {
	r, _ = to(_case, r, unicode.CaseRanges)
	return r
}

// to maps r to case _case through the sorted ranges, and says whether a
// range held r.
func to(_case int, r rune, ranges []CaseRange) (rune, bool) {
	if _case < 0 || MaxCase <= _case {
		return 0xFFFD, false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		cr := ranges[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > 0x10FFFF {
				// UpperLower: even offsets from Lo are upper case, odd
				// ones lower; title case is upper.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// ToUpper maps r to upper case, the special mappings first.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, mapped := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !mapped {
		r1 = unicode.ToUpper(r)
	}
	return r1
}

// ToTitle maps r to title case, the special mappings first.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, mapped := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !mapped {
		r1 = unicode.ToTitle(r)
	}
	return r1
}

// ToLower maps r to lower case, the special mappings first.
func (special SpecialCase) ToLower(r rune) rune {
	r1, mapped := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !mapped {
		r1 = unicode.ToLower(r)
	}
	return r1
}

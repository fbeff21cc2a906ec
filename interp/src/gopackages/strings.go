// Package strings' functions that take functions, Replacer and Reader, as
// gojit provides them: written in Go and compiled with the program that uses
// them (the rest of the package is native).
package strings

import (
	"errors"
	"io"
	"unicode"
	"unicode/utf8"
)

// Map gives s with each rune replaced by mapping's (dropped when negative).
func Map(mapping func(rune) rune, s string) string {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if m := mapping(r); m >= 0 {
			out = append(out, string(m)...)
		}
	}
	return string(out)
}

// Title upper-cases the first letter of each word (deprecated in Go, kept
// for old scripts).
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		start := isSeparator(prev)
		prev = r
		if start {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// isSeparator reports whether r ends a word for Title: any ASCII rune but
// letters, digits and underscore; beyond ASCII, only spaces.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		return !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_')
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// ToTitle maps s to title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// FieldsFunc splits s around runs of runes satisfying f.
func FieldsFunc(s string, f func(rune) bool) []string {
	var out []string
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// IndexFunc gives the index of the first rune satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

// LastIndexFunc gives the index of the last rune satisfying f, or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

// ContainsFunc reports whether a rune of s satisfies f.
func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

// TrimLeftFunc removes the leading runes satisfying f.
func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

// TrimRightFunc removes the trailing runes satisfying f.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := LastIndexFunc(s, func(r rune) bool { return !f(r) })
	if i < 0 {
		return ""
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[:i+size]
}

// TrimFunc removes the leading and trailing runes satisfying f.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// LastIndexAny gives the index of the last rune of s in chars, or -1.
func LastIndexAny(s, chars string) int {
	return LastIndexFunc(s, func(r rune) bool {
		for _, c := range chars {
			if c == r {
				return true
			}
		}
		return false
	})
}


// Clone gives a copy of s.
func Clone(s string) string {
	if s == "" {
		return ""
	}
	return string([]byte(s))
}

// ToValidUTF8 replaces each run of invalid UTF-8 in s with replacement.
func ToValidUTF8(s, replacement string) string {
	out := make([]byte, 0, len(s))
	invalid := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if !invalid {
				out = append(out, replacement...)
				invalid = true
			}
		} else {
			out = append(out, s[i:i+size]...)
			invalid = false
		}
		i += size
	}
	return string(out)
}

// A Replacer replaces strings by pairs (old, new), earlier pairs first at
// each position, without overlapping matches.
type Replacer struct {
	pairs []string
}

// NewReplacer makes a Replacer of the (old, new) pairs.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{pairs: append([]string(nil), oldnew...)}
}

// Replace gives s with the replacements done. Right after an empty old
// string matched, the other pairs get their chance at the same place; past
// a place where nothing matches, the search moves on one byte (not rune),
// as Go's generic replacer does.
func (r *Replacer) Replace(s string) string {
	out := make([]byte, 0, len(s))
	// s[last:] is not copied to out yet.
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		val, keylen, ok := r.lookup(s[i:], prevEmpty)
		prevEmpty = ok && keylen == 0
		if ok {
			out = append(out, s[last:i]...)
			out = append(out, val...)
			i += keylen
			last = i
			continue
		}
		i++
	}
	return string(append(out, s[last:]...))
}

// lookup finds the earliest pair whose old string starts s, skipping an
// empty old string when skipEmpty: its new string and old length.
func (r *Replacer) lookup(s string, skipEmpty bool) (val string, keylen int, ok bool) {
	for p := 0; p < len(r.pairs); p += 2 {
		old := r.pairs[p]
		if old == "" && skipEmpty {
			continue
		}
		if len(old) <= len(s) && s[:len(old)] == old {
			return r.pairs[p+1], len(old), true
		}
	}
	return "", 0, false
}

// WriteString writes s with the replacements done to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return w.Write([]byte(r.Replace(s)))
}

// Reader reads from a string: its io.Reader, io.ReaderAt, io.Seeker,
// io.WriterTo, io.ByteScanner and io.RuneScanner methods.
type Reader struct {
	s        string
	i        int64
	prevRune int
}

// NewReader gives a Reader of s.
func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

// Len gives how many bytes are left to read.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

// Size gives the length of the string.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return
}

// ReadAt reads from offset off, leaving the offset of Read as it is.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += int64(size)
	return
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

// Seek sets the offset of the next Read (io.SeekStart, io.SeekCurrent or
// io.SeekEnd).
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.i + offset
	case io.SeekEnd:
		abs = int64(len(r.s)) + offset
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

// WriteTo writes the rest of the string to w.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	s := r.s[r.i:]
	m, err := io.WriteString(w, s)
	if m > len(s) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(s) && err == nil {
		err = io.ErrShortWrite
	}
	return
}

// Reset makes r read s from the start.
func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

// ToUpperSpecial maps s to upper case by c's rules.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial maps s to lower case by c's rules.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial maps s to title case by c's rules.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }

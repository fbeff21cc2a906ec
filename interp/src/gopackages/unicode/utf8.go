// Package unicode/utf8's AppendRune and RuneStart, as gojit provides them:
// written in Go (the rest of the package is native).
package utf8

// AppendRune appends the UTF-8 encoding of r to p (that of RuneError when
// r is not a valid rune).
func AppendRune(p []byte, r rune) []byte { return append(p, string(r)...) }

// RuneStart reports whether b can start an encoded rune (is not a
// continuation byte).
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

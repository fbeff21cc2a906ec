// Package fmt's Append and Fscan functions, as gojit provides them:
// written in Go over the native Sprint and scanning functions (this file
// reaches them as fmt.X, importing its own package).
package fmt

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// Append appends the Sprint text of a to b.
func Append(b []byte, a ...any) []byte { return append(b, fmt.Sprint(a...)...) }

// Appendf appends the Sprintf text of format and a to b.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, fmt.Sprintf(format, a...)...)
}

// Appendln appends the Sprintln text of a to b.
func Appendln(b []byte, a ...any) []byte { return append(b, fmt.Sprintln(a...)...) }

// Fscan reads space-separated values from r into the operands a
// (newlines count as space), as Scan reads standard input; it gives the
// number of operands filled.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	src := newRuneSource(r)
	return fmt.fscan(src.next, src.unread, a...)
}

// Fscanln is Fscan that stops at a newline: after the last operand there
// must be a newline or the end of the input.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	src := newRuneSource(r)
	return fmt.fscanln(src.next, src.unread, a...)
}

// Fscanf reads from r the operands a as format says, as Scanf reads
// standard input.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	src := newRuneSource(r)
	return fmt.fscanf(src.next, src.unread, format, a...)
}

// runeSource gives the native scanner the bytes of a reader's runes:
// through ReadRune and UnreadRune when the reader has them, else a byte
// at a time, so only the rune that ends a scan is consumed past it (none
// with UnreadRune), as Go's fmt consumes it.
type runeSource struct {
	r   io.Reader
	rs  io.RuneScanner
	buf []byte
}

func newRuneSource(r io.Reader) *runeSource {
	src := &runeSource{r: r}
	src.rs, _ = r.(io.RuneScanner)
	return src
}

// next gives the next byte, or -1 at the end of the input or an error.
func (s *runeSource) next() int {
	if len(s.buf) == 0 {
		if s.rs != nil {
			c, _, err := s.rs.ReadRune()
			if err != nil {
				return -1
			}
			s.buf = utf8.AppendRune(s.buf, c)
		} else {
			var b [1]byte
			for {
				n, err := s.r.Read(b[:])
				if n == 1 {
					s.buf = append(s.buf, b[0])
					break
				}
				if err != nil {
					return -1
				}
			}
		}
	}
	b := s.buf[0]
	s.buf = s.buf[1:]
	return int(b)
}

// unread gives the rune begun by the last byte back to the reader.
func (s *runeSource) unread() {
	if s.rs != nil {
		s.rs.UnreadRune()
	}
}

// GoStringer is implemented by values with their own %#v text.
type GoStringer interface {
	GoString() string
}

// FormatString rebuilds the directive (flags, width, precision and verb)
// a Formatter was called with.
func FormatString(state fmt.State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = append(b, fmt.Sprint(w)...)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = append(b, fmt.Sprint(p)...)
	}
	return string(utf8.AppendRune(b, verb))
}

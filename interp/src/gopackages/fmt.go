// Package fmt's Append and Fscan functions, as gojit provides them:
// written in Go over the native Sprint and Sscan functions (this file
// reaches them as fmt.X, importing its own package).
package fmt

import (
	"errors"
	"fmt"
	"io"
	"unicode"
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
// (newlines count as space), converting each token as Sscan does; it
// gives the number of operands filled.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return fscan(r, a, true)
}

// Fscanln is Fscan that stops at a newline: after the last operand there
// must be a newline or the end of the input.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return fscan(r, a, false)
}

// runeSource reads the runes of a reader: through ReadRune and UnreadRune
// when it has them, else a byte at a time, so the rune that ends a token
// is consumed, as Go's fmt consumes it from such readers.
type runeSource struct {
	r  io.Reader
	rs io.RuneScanner
}

func (s *runeSource) read() (rune, bool) {
	if s.rs != nil {
		c, _, err := s.rs.ReadRune()
		return c, err == nil
	}
	var b [1]byte
	for {
		n, err := s.r.Read(b[:])
		if n == 1 {
			return rune(b[0]), true
		}
		if err != nil {
			return 0, false
		}
	}
}

func (s *runeSource) unread() {
	if s.rs != nil {
		s.rs.UnreadRune()
	}
}

// fscan fills the operands a from r, token by token.
func fscan(r io.Reader, a []any, nlIsSpace bool) (n int, err error) {
	src := &runeSource{r: r}
	src.rs, _ = r.(io.RuneScanner)
	for _, arg := range a {
		var tok []rune
		for {
			c, ok := src.read()
			if !ok {
				return n, io.EOF
			}
			if c == '\n' && !nlIsSpace {
				return n, errors.New("unexpected newline")
			}
			if !unicode.IsSpace(c) {
				tok = append(tok, c)
				break
			}
		}
		for {
			c, ok := src.read()
			if !ok {
				break
			}
			if unicode.IsSpace(c) {
				src.unread()
				break
			}
			tok = append(tok, c)
		}
		if _, err := fmt.Sscan(string(tok), arg); err != nil {
			return n, err
		}
		n++
	}
	if !nlIsSpace {
		for {
			c, ok := src.read()
			if !ok || c == '\n' {
				break
			}
			if !unicode.IsSpace(c) {
				return n, errors.New("expected newline")
			}
		}
	}
	return n, nil
}

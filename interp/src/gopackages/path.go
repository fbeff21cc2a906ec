// Package path, as gojit provides it: slash-separated paths, written in
// Go. ErrBadPattern is a native variable (a Go package here cannot declare
// variables); this file reaches it as path.ErrBadPattern, importing its own
// package. Package path/filepath's ErrBadPattern is another value.
package path

import (
	"path"
	"unicode/utf8"
)

// Clean gives the shortest path naming the same file as p by lexical
// processing: repeated slashes become one, "." elements go, ".." removes
// the element before it (at the root it goes), and no trailing slash
// stays except for the root; the empty path is ".".
func Clean(p string) string {
	if p == "" {
		return "."
	}
	rooted := p[0] == '/'
	// The elements kept so far: out[:dotdots] are the ".." a relative
	// path keeps, the rest names a later ".." removes.
	out := make([]string, 0, 8)
	dotdots := 0
	for i := 0; i < len(p); {
		j := i
		for j < len(p) && p[j] != '/' {
			j++
		}
		elem := p[i:j]
		i = j + 1
		switch {
		case elem == "" || elem == ".":
		case elem == "..":
			if len(out) > dotdots {
				out = out[:len(out)-1]
			} else if !rooted {
				out = append(out, "..")
				dotdots++
			}
		default:
			out = append(out, elem)
		}
	}
	size := len(out)
	for _, e := range out {
		size += len(e)
	}
	buf := make([]byte, 0, size+1)
	if rooted {
		buf = append(buf, '/')
	}
	for k, e := range out {
		if k > 0 {
			buf = append(buf, '/')
		}
		buf = append(buf, e...)
	}
	if len(buf) == 0 {
		return "."
	}
	return string(buf)
}

// lastSlash is the index of the last '/' in p, or -1.
func lastSlash(p string) int {
	i := len(p) - 1
	for i >= 0 && p[i] != '/' {
		i--
	}
	return i
}

// Split splits p after its last slash: dir ends with the slash (or is
// empty), and dir+file == p.
func Split(p string) (dir, file string) {
	i := lastSlash(p)
	return p[:i+1], p[i+1:]
}

// Join puts the non-empty elements together with slashes and cleans the
// result; with none it gives "".
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e) + 1
	}
	buf := make([]byte, 0, size)
	for _, e := range elem {
		if e == "" {
			continue
		}
		if len(buf) > 0 {
			buf = append(buf, '/')
		}
		buf = append(buf, e...)
	}
	if len(buf) == 0 {
		return ""
	}
	return Clean(string(buf))
}

// Ext gives the suffix of the last element of p from its last dot, or ""
// when that element has no dot.
func Ext(p string) string {
	for i := len(p) - 1; i >= 0 && p[i] != '/'; i-- {
		if p[i] == '.' {
			return p[i:]
		}
	}
	return ""
}

// Base gives the last element of p, trailing slashes dropped: "." for
// the empty path, "/" for one of slashes only.
func Base(p string) string {
	if p == "" {
		return "."
	}
	for len(p) > 0 && p[len(p)-1] == '/' {
		p = p[:len(p)-1]
	}
	if p == "" {
		return "/"
	}
	return p[lastSlash(p)+1:]
}

// IsAbs reports whether p starts at the root.
func IsAbs(p string) bool { return len(p) > 0 && p[0] == '/' }

// Dir gives p without its last element, cleaned.
func Dir(p string) string {
	dir, _ := Split(p)
	return Clean(dir)
}

// Match reports whether name matches the shell pattern: '*' stands for
// any run of bytes other than '/', '?' for one character other than '/',
// "[...]" for one character in (or with a leading '^', not in) a set of
// characters and "lo-hi" ranges, and '\\' makes the character after it
// literal. A malformed pattern is ErrBadPattern, reported when the match
// reaches it, or when the match fails before it.
func Match(pattern, name string) (matched bool, err error) {
	ok, bad := globMatch(pattern, name)
	if bad {
		return false, path.ErrBadPattern
	}
	return ok, nil
}

// globMatch is Match, bad meaning a malformed pattern. The pattern is
// taken a segment at a time: the stars before it, then the text up to the
// next star outside a class. A segment after a star matches at the
// leftmost place it can, and the star takes what it skips. (filepath.go
// has the same matcher, but for the check of what follows a failed
// segment: a Go package here cannot reach another's unexported names.)
func globMatch(pattern, name string) (ok, bad bool) {
	for pattern != "" {
		star := false
		for pattern != "" && pattern[0] == '*' {
			star = true
			pattern = pattern[1:]
		}
		seg := segmentEnd(pattern)
		chunk := pattern[:seg]
		pattern = pattern[seg:]
		if star && chunk == "" {
			// A star at the end takes the rest of the name, up to a '/'.
			for i := 0; i < len(name); i++ {
				if name[i] == '/' {
					return false, false
				}
			}
			return true, false
		}
		// The segment must use all the name when it is the last.
		last := pattern == ""
		rest, matched, bad := matchSegment(chunk, name)
		if bad {
			return false, true
		}
		found := matched && (!last || rest == "")
		for skip := 0; star && !found && skip < len(name) && name[skip] != '/'; skip++ {
			rest, matched, bad = matchSegment(chunk, name[skip+1:])
			if bad {
				return false, true
			}
			found = matched && (!last || rest == "")
		}
		if !found {
			return false, badPattern(pattern)
		}
		name = rest
	}
	return name == "", false
}

// segmentEnd is where the pattern's first segment ends: at a star outside
// a class, or at the end.
func segmentEnd(pattern string) int {
	inClass := false
	for i := 0; i < len(pattern); i++ {
		switch pattern[i] {
		case '\\':
			if i+1 < len(pattern) {
				i++
			}
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '*':
			if !inClass {
				return i
			}
		}
	}
	return len(pattern)
}

// badPattern reports whether what is left of a pattern is malformed.
func badPattern(pattern string) bool {
	for pattern != "" {
		for pattern != "" && pattern[0] == '*' {
			pattern = pattern[1:]
		}
		seg := segmentEnd(pattern)
		if _, _, bad := matchSegment(pattern[:seg], ""); bad {
			return true
		}
		pattern = pattern[seg:]
	}
	return false
}

// matchSegment matches a segment without stars against the start of s,
// giving what it leaves of s. The whole segment is read even after a
// mismatch, so that a malformed one is always reported.
func matchSegment(seg, s string) (rest string, matched, bad bool) {
	matched = true
	for seg != "" {
		if s == "" {
			matched = false
		}
		switch seg[0] {
		case '?':
			if matched {
				if s[0] == '/' {
					matched = false
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			seg = seg[1:]
		case '[':
			var r rune
			if matched {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			in, after, malformed := matchClass(seg[1:], r)
			if malformed {
				return "", false, true
			}
			if !in {
				matched = false
			}
			seg = after
		default:
			if seg[0] == '\\' {
				seg = seg[1:]
				if seg == "" {
					return "", false, true
				}
			}
			if matched {
				if seg[0] != s[0] {
					matched = false
				}
				s = s[1:]
			}
			seg = seg[1:]
		}
	}
	if !matched {
		return "", false, false
	}
	return s, true, false
}

// matchClass reads a class after its '[' and reports whether r is in it,
// giving the pattern after its ']'.
func matchClass(class string, r rune) (in bool, after string, bad bool) {
	negated := class != "" && class[0] == '^'
	if negated {
		class = class[1:]
	}
	found := false
	for n := 0; ; n++ {
		if n > 0 && class != "" && class[0] == ']' {
			return found != negated, class[1:], false
		}
		lo, next, bad := classChar(class)
		if bad {
			return false, "", true
		}
		hi := lo
		if next[0] == '-' {
			hi, next, bad = classChar(next[1:])
			if bad {
				return false, "", true
			}
		}
		if lo <= r && r <= hi {
			found = true
		}
		class = next
	}
}

// classChar reads one character of a class (escaped or not), which must
// not be the class's last byte; '-' and ']' must be escaped.
func classChar(class string) (r rune, rest string, bad bool) {
	if class == "" || class[0] == '-' || class[0] == ']' {
		return 0, "", true
	}
	if class[0] == '\\' {
		class = class[1:]
		if class == "" {
			return 0, "", true
		}
	}
	r, n := utf8.DecodeRuneInString(class)
	rest = class[n:]
	if r == utf8.RuneError && n == 1 || rest == "" {
		return 0, "", true
	}
	return r, rest, false
}

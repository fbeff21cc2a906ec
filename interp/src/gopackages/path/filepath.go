// Package path/filepath, as gojit provides it: Unix file paths, written in
// Go. On Unix they are package path's, so most functions are path's;
// the rest walk the file system through package os. ErrBadPattern, SkipDir
// and SkipAll are native variables (a Go package here cannot declare
// variables), reached as filepath.X by importing this package itself.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"
	"unicode/utf8"
)

// Separator and ListSeparator are Unix's.
const (
	Separator     = '/'
	ListSeparator = ':'
)

// Clean gives the shortest path naming the same file by lexical
// processing (path.Clean).
func Clean(p string) string { return path.Clean(p) }

// Split splits p after its last separator.
func Split(p string) (dir, file string) { return path.Split(p) }

// Join puts the non-empty elements together with separators, cleaned.
func Join(elem ...string) string { return path.Join(elem...) }

// Ext gives the suffix of p's last element from its last dot.
func Ext(p string) string { return path.Ext(p) }

// Base gives the last element of p.
func Base(p string) string { return path.Base(p) }

// Dir gives p without its last element, cleaned.
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether p starts at the root.
func IsAbs(p string) bool { return path.IsAbs(p) }

// VolumeName is empty: Unix paths have no volume.
func VolumeName(p string) string { return "" }

// ToSlash gives p with '/' for the separator, which it already is.
func ToSlash(p string) string { return p }

// FromSlash gives p with the separator for '/', which it already is.
func FromSlash(p string) string { return p }

// SplitList splits a list of paths joined by ListSeparator (as $PATH is);
// the empty list has no paths.
func SplitList(list string) []string {
	if list == "" {
		return []string{}
	}
	return strings.Split(list, string(ListSeparator))
}

// Localize gives the path of the operating system for the slash-separated
// path p, which must satisfy fs.ValidPath; on Unix it is p, unless p holds
// a NUL byte, which no Unix path can.
func Localize(p string) (string, error) {
	if !fs.ValidPath(p) || strings.IndexByte(p, 0) >= 0 {
		return "", errors.New("invalid path")
	}
	return p, nil
}

// HasPrefix reports whether p starts with prefix, byte for byte (Go
// deprecates it: it does not respect element boundaries).
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// IsLocal reports whether p, lexically, stays within the directory it is
// evaluated in: it is neither empty nor absolute and does not climb out
// with "..".
func IsLocal(p string) bool {
	if p == "" || IsAbs(p) {
		return false
	}
	c := Clean(p)
	return c != ".." && !strings.HasPrefix(c, "../")
}

// Abs gives an absolute form of p: joined to the current directory when
// it is relative, cleaned.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel gives a path that, joined to basepath, names targpath, lexically:
// ".." for each element of basepath past what the two share, then the
// rest of targpath. It is an error when only one is absolute, or when
// basepath has a ".." past the shared part.
func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if base == targ {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	bs, ts := elements(base), elements(targ)
	k := 0
	for k < len(bs) && k < len(ts) && bs[k] == ts[k] {
		k++
	}
	if k < len(bs) && bs[k] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	parts := make([]string, 0, len(bs)-k+len(ts)-k)
	for i := k; i < len(bs); i++ {
		parts = append(parts, "..")
	}
	parts = append(parts, ts[k:]...)
	return strings.Join(parts, "/"), nil
}

// elements splits a clean path into its names, the root's slash dropped.
func elements(p string) []string {
	p = strings.TrimPrefix(p, "/")
	if p == "" {
		return nil
	}
	return strings.Split(p, "/")
}

// Match reports whether name matches the shell pattern, as path.Match
// does, except that a malformed part after the place the match fails is
// not reported; a malformed pattern is this package's ErrBadPattern.
func Match(pattern, name string) (matched bool, err error) {
	matched, bad := globMatch(pattern, name)
	if bad {
		return false, filepath.ErrBadPattern
	}
	return matched, nil
}

// globMatch is Match, bad meaning a malformed pattern: path.go's matcher
// (a Go package here cannot reach another's unexported names) without its
// check of the pattern after a failed segment, which Go's filepath.Match
// does not make.
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
			return false, false
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

// hasMeta reports whether p has a character special to Match.
func hasMeta(p string) bool { return strings.ContainsAny(p, `*?[\`) }

// Glob gives the names of the files that match pattern, in lexical order
// directory by directory; I/O errors are ignored, so the only error is a
// malformed pattern.
func Glob(pattern string) (matches []string, err error) {
	return glob(pattern, 0)
}

// maxGlobDepth bounds the directories Glob descends for a pattern made of
// many separators.
const maxGlobDepth = 10000

// glob is Glob at depth directories of the pattern.
func glob(pattern string, depth int) ([]string, error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if depth == maxGlobDepth {
		return nil, filepath.ErrBadPattern
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globDir(dir, file, nil)
	}
	dirs, err := glob(dir, depth+1)
	if err != nil {
		return nil, err
	}
	var matches []string
	for _, d := range dirs {
		if matches, err = globDir(d, file, matches); err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// globDir appends to matches the names in directory dir that match
// pattern, dir joined before each; a dir that cannot be read adds none.
func globDir(dir, pattern string, matches []string) ([]string, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return matches, nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return matches, nil
	}
	for _, e := range entries {
		ok, err := Match(pattern, e.Name())
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, e.Name()))
		}
	}
	return matches, nil
}

// WalkFunc is the function Walk calls for each file: err is non-nil when
// the file (info nil) or, for a directory, its listing could not be read.
// Returning SkipDir skips the rest of the directory (the directory itself
// for a directory's call), SkipAll the rest of the walk, and any other
// error stops the walk with that error.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Walk calls fn for root and every file under it, directories before
// what they hold and names in lexical order; it follows no symbolic
// link.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == filepath.SkipDir || err == filepath.SkipAll {
		return nil
	}
	return err
}

// walk is Walk from p, whose info was read.
func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	entries, readErr := os.ReadDir(p)
	if err := fn(p, info, readErr); err != nil || readErr != nil {
		return err
	}
	for _, e := range entries {
		name := Join(p, e.Name())
		info, err := os.Lstat(name)
		if err != nil {
			if err := fn(name, nil, err); err != nil && err != filepath.SkipDir {
				return err
			}
			continue
		}
		if err := walk(name, info, fn); err != nil && (!info.IsDir() || err != filepath.SkipDir) {
			return err
		}
	}
	return nil
}

// WalkDir calls fn for root and every file under it as Walk does, with
// directory entries rather than descriptions: a directory whose listing
// fails gets a second call with the error.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == filepath.SkipDir || err == filepath.SkipAll {
		return nil
	}
	return err
}

// walkDir is WalkDir from p, whose entry is d.
func walkDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(p, d, nil); err != nil || !d.IsDir() {
		if err == filepath.SkipDir && d.IsDir() {
			return nil
		}
		return err
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		if err := fn(p, d, err); err != nil {
			if err == filepath.SkipDir {
				return nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkDir(Join(p, e.Name()), e, fn); err != nil {
			if err == filepath.SkipDir {
				return nil
			}
			return err
		}
	}
	return nil
}

// EvalSymlinks gives p with every symbolic link in it replaced by its
// target, cleaned. Elements are resolved from the left, each checked with
// os.Lstat (whose error is EvalSymlinks'), and one with more of p after it
// must be a directory. A ".." removes the element before it when the
// resolved part has two or more elements, not ending in ".."; else it is
// kept for the system to resolve. That decides the names errors report,
// as in Go.
func EvalSymlinks(p string) (string, error) {
	// dest is the resolved part; its first rootLen bytes are the root.
	rootLen, dest := 0, ""
	if IsAbs(p) {
		rootLen, dest = 1, "/"
	}
	links := 0
	for rest := p; rest != ""; {
		rest = strings.TrimLeft(rest, "/")
		elem := rest
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			elem = rest[:i]
		}
		rest = rest[len(elem):]
		switch elem {
		case "", ".":
			continue
		case "..":
			last := strings.LastIndexByte(dest[rootLen:], '/')
			if last < 0 || dest[rootLen+last+1:] == ".." {
				if len(dest) > rootLen {
					dest += "/"
				}
				dest += ".."
			} else {
				dest = dest[:rootLen+last]
			}
			continue
		}
		next := dest
		if next != "" && next[len(next)-1] != '/' {
			next += "/"
		}
		next += elem
		info, err := os.Lstat(next)
		if err != nil {
			return "", err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			if !info.IsDir() && rest != "" {
				return "", syscall.ENOTDIR
			}
			dest = next
			continue
		}
		links++
		if links > maxLinks {
			return "", errors.New("EvalSymlinks: too many links")
		}
		target, err := os.Readlink(next)
		if err != nil {
			return "", err
		}
		// The target's elements come next, resolved from dest, or from
		// the root when it is absolute.
		rest = target + rest
		if IsAbs(target) {
			rootLen, dest = 1, "/"
		}
	}
	return Clean(dest), nil
}

// maxLinks is how many symbolic links EvalSymlinks follows before it
// gives up, as Go's does.
const maxLinks = 255

// Package bytes, as gojit provides it: written in Go and compiled with the
// program that imports it; most functions work through package strings.
package bytes

import (
	"errors"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Compare gives -1, 0 or +1 as a is less than, equal to or greater than b.
func Compare(a, b []byte) int { return strings.Compare(string(a), string(b)) }

// Equal reports whether a and b hold the same bytes (nil equals empty).
func Equal(a, b []byte) bool { return string(a) == string(b) }

// EqualFold reports whether s and t are equal under Unicode case folding.
func EqualFold(s, t []byte) bool { return strings.EqualFold(string(s), string(t)) }

// Contains reports whether subslice is in b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) >= 0 }

// ContainsAny reports whether any of the runes of chars is in b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether r is in b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// Count counts the non-overlapping instances of sep in s (runes plus one
// for an empty sep).
func Count(s, sep []byte) int { return strings.Count(string(s), string(sep)) }

// Index gives the first index of sep in s, or -1.
func Index(s, sep []byte) int { return strings.Index(string(s), string(sep)) }

// IndexByte gives the first index of c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// IndexRune gives the index of the first r in s, or -1.
func IndexRune(s []byte, r rune) int { return strings.IndexRune(string(s), r) }

// IndexAny gives the index of the first rune of chars in s, or -1.
func IndexAny(s []byte, chars string) int { return strings.IndexAny(string(s), chars) }

// LastIndex gives the last index of sep in s, or -1.
func LastIndex(s, sep []byte) int { return strings.LastIndex(string(s), string(sep)) }

// LastIndexByte gives the last index of c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && string(s[:len(prefix)]) == string(prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && string(s[len(s)-len(suffix):]) == string(suffix)
}

// toBytes gives each string as a byte slice.
func toBytes(ss []string) [][]byte {
	out := make([][]byte, len(ss))
	for i, s := range ss {
		out[i] = []byte(s)
	}
	return out
}

// Split slices s around each sep.
func Split(s, sep []byte) [][]byte { return toBytes(strings.Split(string(s), string(sep))) }

// SplitN slices s around the first n-1 seps.
func SplitN(s, sep []byte, n int) [][]byte {
	if n == 0 {
		return nil
	}
	return toBytes(strings.SplitN(string(s), string(sep), n))
}

// Fields slices s around runs of white space.
func Fields(s []byte) [][]byte { return toBytes(strings.Fields(string(s))) }

// Join concatenates the slices with sep between them.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	out := make([]byte, 0, n)
	for i, v := range s {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, v...)
	}
	return out
}

// Repeat gives count copies of b.
func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	return []byte(strings.Repeat(string(b), count))
}

// Replace replaces the first n instances of old with new (all for n < 0).
func Replace(s, old, new []byte, n int) []byte {
	return []byte(strings.Replace(string(s), string(old), string(new), n))
}

// ReplaceAll replaces every instance of old with new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// ToUpper maps s to upper case.
func ToUpper(s []byte) []byte { return []byte(strings.ToUpper(string(s))) }

// ToLower maps s to lower case.
func ToLower(s []byte) []byte { return []byte(strings.ToLower(string(s))) }

// Title is strings.Title over bytes.
func Title(s []byte) []byte { return []byte(strings.Title(string(s))) }

// TrimSpace removes leading and trailing white space.
func TrimSpace(s []byte) []byte {
	t := strings.TrimSpace(string(s))
	if t == "" {
		return nil
	}
	start := strings.Index(string(s), t)
	return s[start : start+len(t)]
}

// trimmed gives the subslice of s that strings' trimming t of s left.
func trimmed(s []byte, t string, fromStart bool) []byte {
	if t == "" {
		return nil
	}
	if fromStart {
		return s[len(s)-len(t):]
	}
	return s[:len(t)]
}

// Trim removes leading and trailing runes in cutset.
func Trim(s []byte, cutset string) []byte {
	left := trimmed(s, strings.TrimLeft(string(s), cutset), true)
	return trimmed(left, strings.TrimRight(string(left), cutset), false)
}

// TrimLeft removes leading runes in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	return trimmed(s, strings.TrimLeft(string(s), cutset), true)
}

// TrimRight removes trailing runes in cutset.
func TrimRight(s []byte, cutset string) []byte {
	return trimmed(s, strings.TrimRight(string(s), cutset), false)
}

// TrimPrefix removes a leading prefix.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix removes a trailing suffix.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Cut slices s around the first sep.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// FieldsFunc splits s around runs of runes satisfying f.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	return toBytes(strings.FieldsFunc(string(s), f))
}

// IndexFunc gives the index of the first rune satisfying f, or -1.
func IndexFunc(s []byte, f func(rune) bool) int { return strings.IndexFunc(string(s), f) }

// LastIndexFunc gives the index of the last rune satisfying f, or -1.
func LastIndexFunc(s []byte, f func(rune) bool) int { return strings.LastIndexFunc(string(s), f) }

// ContainsFunc reports whether a rune of b satisfies f.
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// TrimFunc removes the leading and trailing runes satisfying f.
func TrimFunc(s []byte, f func(rune) bool) []byte {
	return trimmed(trimmed(s, strings.TrimLeftFunc(string(s), f), true), strings.TrimRightFunc(strings.TrimLeftFunc(string(s), f), f), false)
}

// TrimLeftFunc removes the leading runes satisfying f.
func TrimLeftFunc(s []byte, f func(rune) bool) []byte {
	return trimmed(s, strings.TrimLeftFunc(string(s), f), true)
}

// TrimRightFunc removes the trailing runes satisfying f.
func TrimRightFunc(s []byte, f func(rune) bool) []byte {
	return trimmed(s, strings.TrimRightFunc(string(s), f), false)
}

// CutPrefix gives s without prefix and whether it began with it.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix gives s without suffix and whether it ended with it.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// Runes gives the runes of s.
func Runes(s []byte) []rune { return []rune(string(s)) }

// Map gives s with each rune replaced by mapping's (dropped when negative).
func Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range string(s) {
		if m := mapping(r); m >= 0 {
			out = append(out, string(m)...)
		}
	}
	return out
}

// Clone gives a copy of b (nil for nil).
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// A Buffer is a growable byte buffer read from the front; its zero value
// is an empty buffer ready to use.
type Buffer struct {
	buf []byte
	off int
	// What the last operation read, for UnreadByte and UnreadRune: -1
	// bytes, 1 to 4 a rune of that size, 0 nothing (or not a read).
	lastRead int
}

// NewBuffer makes a buffer holding buf.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString makes a buffer holding s.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes gives the unread bytes.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// String gives the unread bytes as a string ("<nil>" for a nil buffer).
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

// Len gives the number of unread bytes.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap gives the capacity of the buffer's storage.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Available gives how many bytes fit before the storage must grow.
func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

// Reset empties the buffer, keeping its storage.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = 0
}

// Truncate keeps the first n unread bytes.
func (b *Buffer) Truncate(n int) {
	b.lastRead = 0
	if n == 0 {
		b.Reset()
		return
	}
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// grow makes room for n more bytes and gives where they go.
func (b *Buffer) grow(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		b.Reset()
	}
	if n <= cap(b.buf)-len(b.buf) {
		b.buf = b.buf[:len(b.buf)+n]
		return len(b.buf) - n
	}
	if b.buf == nil && n <= 64 {
		// The least a buffer allocates.
		b.buf = make([]byte, n, 64)
		return 0
	}
	c := cap(b.buf)
	if n <= c/2-m {
		// Slide the unread bytes down instead of allocating.
		copy(b.buf, b.buf[b.off:])
	} else {
		size := m + n
		if size < 2*c {
			size = 2 * c
		}
		grown := append([]byte(nil), make([]byte, size)...)
		copy(grown, b.buf[b.off:])
		b.buf = grown[:m]
	}
	b.off = 0
	b.buf = b.buf[:m+n]
	return m
}

// Grow makes room for n more bytes.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.buf = b.buf[:m]
}

// Write appends p.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = 0
	m := b.grow(len(p))
	return copy(b.buf[m:], p), nil
}

// WriteString appends s.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = 0
	m := b.grow(len(s))
	return copy(b.buf[m:], s), nil
}

// WriteByte appends c.
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = 0
	m := b.grow(1)
	b.buf[m] = c
	return nil
}

// WriteRune appends the UTF-8 encoding of r.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	return b.WriteString(string(r))
}

// Read reads up to len(p) bytes; io.EOF when the buffer is empty.
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = 0
	if b.off >= len(b.buf) {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = -1
	}
	return n, nil
}

// Next gives the next n unread bytes (fewer at the end), consuming them.
func (b *Buffer) Next(n int) []byte {
	m := b.Len()
	if n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	b.lastRead = 0
	if n > 0 {
		b.lastRead = -1
	}
	return data
}

// ReadByte reads one byte; io.EOF when the buffer is empty.
func (b *Buffer) ReadByte() (byte, error) {
	if b.off >= len(b.buf) {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = -1
	return c, nil
}

// ReadRune reads one UTF-8 encoded rune and its size.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.off >= len(b.buf) {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(b.buf[b.off:])
	b.off += size
	b.lastRead = size
	return r, size, nil
}

// ReadBytes reads up to and including the first delim (io.EOF without it).
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = append([]byte(nil), b.buf[b.off:end]...)
	b.off = end
	b.lastRead = -1
	return line, err
}

// ReadString is ReadBytes as a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	bytes, err := b.ReadBytes(delim)
	return string(bytes), err
}

// WriteTo writes the unread bytes to w; a short write without an error is
// io.ErrShortWrite.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = 0
	if want := b.Len(); want > 0 {
		m, err := w.Write(b.buf[b.off:])
		if m > want {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if err != nil {
			return n, err
		}
		if m != want {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// MinRead is the room ReadFrom makes before each Read.
const MinRead = 512

// ReadFrom appends what r gives until io.EOF, which it does not report.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = 0
	for {
		i := b.grow(MinRead)
		b.buf = b.buf[:i]
		m, e := r.Read(b.buf[i:cap(b.buf)])
		if m < 0 {
			panic(errors.New("bytes.Buffer: reader returned negative count from Read"))
		}
		b.buf = b.buf[:i+m]
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// AvailableBuffer gives the free storage after the data, empty, to append
// to and pass to Write.
func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }

// UnreadByte takes back the last byte a read returned.
func (b *Buffer) UnreadByte() error {
	if b.lastRead == 0 {
		return errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")
	}
	b.lastRead = 0
	if b.off > 0 {
		b.off--
	}
	return nil
}

// UnreadRune takes back the rune ReadRune returned last.
func (b *Buffer) UnreadRune() error {
	if b.lastRead <= 0 {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= b.lastRead {
		b.off -= b.lastRead
	}
	b.lastRead = 0
	return nil
}

// A Reader reads a byte slice; it implements io.Reader, io.ReaderAt,
// io.Seeker, io.WriterTo and the byte and rune scanners.
type Reader struct {
	s []byte
	i int64
	// Where the last ReadRune started, for UnreadRune (-1 when not
	// after ReadRune).
	prevRune int
}

// NewReader gives a Reader of b.
func NewReader(b []byte) *Reader { return &Reader{b, 0, -1} }

// Len gives how many bytes are left to read.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

// Size gives the length of the slice.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Read reads up to len(b) bytes; io.EOF at the end.
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
		return 0, errors.New("bytes.Reader.ReadAt: negative offset")
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

// ReadByte reads one byte.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

// UnreadByte steps back one byte.
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadByte: at beginning of slice")
	}
	r.prevRune = -1
	r.i--
	return nil
}

// ReadRune reads one UTF-8 encoded rune and its size.
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
	ch, size = utf8.DecodeRune(r.s[r.i:])
	r.i += int64(size)
	return
}

// UnreadRune steps back over the rune ReadRune gave last.
func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	}
	if r.prevRune < 0 {
		return errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
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
		return 0, errors.New("bytes.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("bytes.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

// WriteTo writes the rest of the slice to w.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	b := r.s[r.i:]
	m, err := w.Write(b)
	if m > len(b) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(b) && err == nil {
		err = io.ErrShortWrite
	}
	return
}

// Reset makes r read b from the start.
func (r *Reader) Reset(b []byte) { *r = Reader{b, 0, -1} }

// LastIndexAny gives the index of the last rune of s in chars, or -1.
func LastIndexAny(s []byte, chars string) int { return strings.LastIndexAny(string(s), chars) }

// SplitAfter slices s after each sep.
func SplitAfter(s, sep []byte) [][]byte {
	return toBytes(strings.SplitAfter(string(s), string(sep)))
}

// SplitAfterN slices s after each of the first n-1 seps.
func SplitAfterN(s, sep []byte, n int) [][]byte {
	return toBytes(strings.SplitAfterN(string(s), string(sep), n))
}

// ToTitle maps s to title case.
func ToTitle(s []byte) []byte { return []byte(strings.ToTitle(string(s))) }

// ToValidUTF8 replaces each run of invalid UTF-8 in s with replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	return []byte(strings.ToValidUTF8(string(s), string(replacement)))
}

// ToUpperSpecial maps s to upper case by c's rules.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial maps s to lower case by c's rules.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial maps s to title case by c's rules.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

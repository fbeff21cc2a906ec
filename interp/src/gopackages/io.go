// Package io's helpers, as gojit provides them: written in Go and compiled
// with the program that uses them (Reader, Writer and EOF are native; this
// file reaches them as io.X, importing its own package).
package io

import (
	"errors"
	"io"
)

// ReadAll reads r until EOF and gives what it read.
func ReadAll(r io.Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// Copy copies from src to dst until EOF, giving the bytes copied; src's
// WriteTo or else dst's ReadFrom does the work when there is one.
func Copy(dst io.Writer, src io.Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is Copy through buf (allocated when nil) when neither src nor
// dst can do the copying.
func CopyBuffer(dst io.Writer, src io.Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

// CopyN copies n bytes (or until EOF) from src to dst.
func CopyN(dst io.Writer, src io.Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		// src ended early.
		err = io.EOF
	}
	return written, err
}

// copyBuffer is Copy and CopyBuffer: a writer that takes fewer bytes than
// it was given without an error stops the copy with ErrShortWrite.
func copyBuffer(dst io.Writer, src io.Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		size := 32 * 1024
		// A limited source needs no more than its limit.
		if l, ok := src.(*LimitedReader); ok && int64(size) > l.N {
			if l.N < 1 {
				size = 1
			} else {
				size = int(l.N)
			}
		}
		buf = make([]byte, size)
	}
	for {
		nr, rerr := src.Read(buf)
		if nr > 0 {
			nw, werr := dst.Write(buf[0:nr])
			if nw < 0 || nr < nw {
				nw = 0
				if werr == nil {
					werr = errors.New("invalid write result")
				}
			}
			written += int64(nw)
			if werr != nil {
				err = werr
				break
			}
			if nr != nw {
				err = io.ErrShortWrite
				break
			}
		}
		if rerr != nil {
			if rerr != io.EOF {
				err = rerr
			}
			break
		}
	}
	return written, err
}

// WriteString writes s to w, through its WriteString method if it has
// one.
func WriteString(w io.Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// LimitReader reads from r until n bytes are read.
func LimitReader(r io.Reader, n int64) io.Reader { return &LimitedReader{r, n} }

// LimitedReader reads from R at most N more bytes.
type LimitedReader struct {
	R io.Reader
	N int64
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > l.N {
		p = p[0:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return
}

// TeeReader reads from r and writes what it reads to w.
func TeeReader(r io.Reader, w io.Writer) io.Reader { return &teeReader{r, w} }

type teeReader struct {
	r io.Reader
	w io.Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n > 0 {
		if n, err := t.w.Write(p[:n]); err != nil {
			return n, err
		}
	}
	return
}

// MultiReader reads from each reader in turn.
func MultiReader(readers ...io.Reader) io.Reader {
	return &multiReader{append([]io.Reader(nil), readers...)}
}

type multiReader struct {
	readers []io.Reader
}

func (mr *multiReader) Read(p []byte) (n int, err error) {
	for len(mr.readers) > 0 {
		n, err = mr.readers[0].Read(p)
		if err == io.EOF {
			mr.readers = mr.readers[1:]
		}
		if n > 0 || err != io.EOF {
			if err == io.EOF && len(mr.readers) > 0 {
				err = nil
			}
			return
		}
	}
	return 0, io.EOF
}

// MultiWriter writes to every writer.
func MultiWriter(writers ...io.Writer) io.Writer {
	return &multiWriter{append([]io.Writer(nil), writers...)}
}

type multiWriter struct {
	writers []io.Writer
}

func (t *multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range t.writers {
		n, err = w.Write(p)
		if err != nil {
			return
		}
	}
	return len(p), nil
}

// The whence values of Seek: from the start, the current offset, the end.
const (
	SeekStart   = 0
	SeekCurrent = 1
	SeekEnd     = 2
)

// Seeker sets the offset of the next Read or Write.
type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

// Closer is what Close releases.
type Closer interface {
	Close() error
}

// ReadAtLeast reads into buf until it has at least min bytes: fewer at
// the end of the input is io.ErrUnexpectedEOF (io.EOF when none).
func ReadAtLeast(r io.Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, io.ErrShortBuffer
	}
	for n < min && err == nil {
		var nn int
		nn, err = r.Read(buf[n:])
		n += nn
	}
	if n >= min {
		err = nil
	} else if n > 0 && err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return
}

// ReadFull reads exactly len(buf) bytes, as ReadAtLeast does.
func ReadFull(r io.Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// ReadWriter reads and writes.
type ReadWriter interface {
	Read(p []byte) (n int, err error)
	Write(p []byte) (n int, err error)
}

// ReadCloser reads and closes.
type ReadCloser interface {
	Read(p []byte) (n int, err error)
	Close() error
}

// WriteCloser writes and closes.
type WriteCloser interface {
	Write(p []byte) (n int, err error)
	Close() error
}

// ReadSeeker reads and seeks.
type ReadSeeker interface {
	Read(p []byte) (n int, err error)
	Seek(offset int64, whence int) (int64, error)
}

// ReaderAt reads from an offset.
type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

// WriterTo writes its data to a Writer.
type WriterTo interface {
	WriteTo(w io.Writer) (n int64, err error)
}

// ReaderFrom reads its data from a Reader.
type ReaderFrom interface {
	ReadFrom(r io.Reader) (n int64, err error)
}

// StringWriter writes strings.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// ByteReader reads a byte at a time.
type ByteReader interface {
	ReadByte() (byte, error)
}

// ByteScanner reads a byte at a time and can take the last one back.
type ByteScanner interface {
	ReadByte() (byte, error)
	UnreadByte() error
}

// ByteWriter writes a byte at a time.
type ByteWriter interface {
	WriteByte(c byte) error
}

// RuneReader reads a rune at a time.
type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// RuneScanner reads a rune at a time and can take the last one back.
type RuneScanner interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
}

// SectionReader reads the n bytes of a ReaderAt from offset off on.
type SectionReader struct {
	r     ReaderAt
	base  int64
	off   int64
	limit int64
	n     int64
}

// NewSectionReader gives a SectionReader of r's bytes off to off+n.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	const maxint64 = 1<<63 - 1
	remaining := int64(maxint64)
	if off <= maxint64-n {
		remaining = n + off
	}
	return &SectionReader{r, off, off, remaining, n}
}

func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.off >= s.limit {
		return 0, io.EOF
	}
	if max := s.limit - s.off; int64(len(p)) > max {
		p = p[0:max]
	}
	n, err = s.r.ReadAt(p, s.off)
	s.off += int64(n)
	return
}

// Seek sets the offset of the next Read within the section.
func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case SeekStart:
		offset += s.base
	case SeekCurrent:
		offset += s.off
	case SeekEnd:
		offset += s.limit
	default:
		return 0, errors.New("Seek: invalid whence")
	}
	if offset < s.base {
		return 0, errors.New("Seek: invalid offset")
	}
	s.off = offset
	return offset - s.base, nil
}

// ReadAt reads from offset off of the section.
func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.Size() {
		return 0, io.EOF
	}
	off += s.base
	if max := s.limit - off; int64(len(p)) > max {
		p = p[0:max]
		n, err = s.r.ReadAt(p, off)
		if err == nil {
			err = io.EOF
		}
		return n, err
	}
	return s.r.ReadAt(p, off)
}

// Size gives the length of the section.
func (s *SectionReader) Size() int64 { return s.limit - s.base }

// Outer gives the ReaderAt, offset and length the section was made with.
func (s *SectionReader) Outer() (r ReaderAt, off int64, n int64) { return s.r, s.base, s.n }

// NopCloser gives r with a Close method that does nothing.
func NopCloser(r io.Reader) ReadCloser { return nopCloser{r} }

type nopCloser struct {
	r io.Reader
}

func (c nopCloser) Read(p []byte) (int, error) { return c.r.Read(p) }

func (nopCloser) Close() error { return nil }

// WriterAt writes at an offset.
type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

// ReadWriteCloser reads, writes and closes.
type ReadWriteCloser interface {
	Read(p []byte) (n int, err error)
	Write(p []byte) (n int, err error)
	Close() error
}

// ReadSeekCloser reads, seeks and closes.
type ReadSeekCloser interface {
	Read(p []byte) (n int, err error)
	Seek(offset int64, whence int) (int64, error)
	Close() error
}

// WriteSeeker writes and seeks.
type WriteSeeker interface {
	Write(p []byte) (n int, err error)
	Seek(offset int64, whence int) (int64, error)
}

// ReadWriteSeeker reads, writes and seeks.
type ReadWriteSeeker interface {
	Read(p []byte) (n int, err error)
	Write(p []byte) (n int, err error)
	Seek(offset int64, whence int) (int64, error)
}

// An OffsetWriter writes to an underlying WriterAt from a base offset.
type OffsetWriter struct {
	w    io.WriterAt
	base int64
	off  int64
}

// NewOffsetWriter writes to w from offset off.
func NewOffsetWriter(w io.WriterAt, off int64) *OffsetWriter {
	return &OffsetWriter{w, off, off}
}

// Write writes p at the current offset and moves past it.
func (o *OffsetWriter) Write(p []byte) (n int, err error) {
	n, err = o.w.WriteAt(p, o.off)
	o.off += int64(n)
	return
}

// WriteAt writes p at offset off from the base.
func (o *OffsetWriter) WriteAt(p []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("Seek: invalid offset")
	}
	return o.w.WriteAt(p, o.base+off)
}

// Seek moves the offset, relative to the base (SeekStart) or to the
// current offset (SeekCurrent).
func (o *OffsetWriter) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	default:
		return 0, errors.New("Seek: invalid whence")
	case io.SeekStart:
		offset += o.base
	case io.SeekCurrent:
		offset += o.off
	}
	if offset < o.base {
		return 0, errors.New("Seek: invalid offset")
	}
	o.off = offset
	return offset - o.base, nil
}

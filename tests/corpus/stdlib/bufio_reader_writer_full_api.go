// Pins the rest of bufio's API: NewReaderSize/NewWriterSize reuse and minimum sizes, Peek/ReadSlice/ReadLine with a full buffer, Discard, Reset, WriteTo, Writer.ReadFrom/AvailableBuffer/Reset, NewReadWriter, the sentinel errors, and the panics of Split/Buffer after Scan.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// shortWriter accepts at most 3 bytes per call and reports no error.
type shortWriter struct{ got []byte }

func (w *shortWriter) Write(p []byte) (int, error) {
	n := min(len(p), 3)
	w.got = append(w.got, p[:n]...)
	return n, nil
}

// plainReader hides every method but Read.
type plainReader struct{ r io.Reader }

func (p plainReader) Read(b []byte) (int, error) { return p.r.Read(b) }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	fmt.Println(bufio.ErrFinalToken, "|", bufio.ErrTooLong, "|", bufio.ErrBufferFull, "|", bufio.ErrNegativeCount)
	fmt.Println(bufio.ErrNegativeAdvance, "|", bufio.ErrAdvanceTooFar, "|", bufio.ErrBadReadCount)
	fmt.Println(bufio.ErrInvalidUnreadByte, "|", bufio.ErrInvalidUnreadRune, "|", bufio.MaxScanTokenSize)

	r := bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijKLMNOP\nshort\r\nlast"), 4)
	fmt.Println("size", r.Size(), bufio.NewReaderSize(r, 10) == r, bufio.NewReaderSize(r, 17) == r)
	p, err := r.Peek(20)
	fmt.Printf("peek %q %v buffered=%d\n", p, err, r.Buffered())
	p, err = r.Peek(-1)
	fmt.Printf("peek %q %v\n", p, err)
	line, prefix, err := r.ReadLine()
	fmt.Printf("line %q %v %v\n", line, prefix, err)
	n, err := r.Discard(3)
	fmt.Println("discard", n, err)
	s, err := r.ReadSlice('\n')
	fmt.Printf("slice %q %v\n", s, err)
	for {
		line, prefix, err = r.ReadLine()
		fmt.Printf("line %q %v %v\n", line, prefix, err)
		if err != nil {
			break
		}
	}
	n, err = r.Discard(5)
	fmt.Println("discard at eof", n, err)
	fmt.Println("unread", r.UnreadByte(), r.UnreadRune())

	r.Reset(strings.NewReader("again\nand more"))
	word, err := r.ReadString('\n')
	fmt.Printf("%q %v %d\n", word, err, r.Size())
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Printf("writeto %d %v %q\n", m, err, sb.String())

	var zero bufio.Reader
	zero.Reset(strings.NewReader("zero value"))
	all, err := io.ReadAll(&zero)
	fmt.Printf("%q %v %d\n", all, err, zero.Size())

	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 8)
	fmt.Println("sizes", w.Size(), bufio.NewWriterSize(w, 8) == w, bufio.NewWriterSize(w, 9) == w, bufio.NewWriterSize(&out, -1).Size())
	w.WriteString("abc")
	ab := w.AvailableBuffer()
	fmt.Println("avail buffer", len(ab), cap(ab))
	ab = append(ab, "xyz"...)
	w.Write(ab)
	fmt.Println(w.Buffered(), w.Available(), out.Len())
	m, err = w.ReadFrom(plainReader{strings.NewReader("-read from a reader-")})
	fmt.Println("readfrom", m, err, w.Buffered(), out.String())
	w.Flush()
	fmt.Printf("%q\n", out.String())

	sw := &shortWriter{}
	w.Reset(sw)
	w.WriteString("hello")
	fmt.Println("short", w.Flush(), w.Buffered(), string(sw.got))
	fmt.Println("sticky", w.WriteByte('x'), w.Flush())
	w.Reset(&out)
	fmt.Println("after reset", w.Buffered(), w.Flush())

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw line\n")), bufio.NewWriter(&out))
	got, _ := rw.ReadString('\n')
	rw.WriteString("written by rw")
	rw.Flush()
	fmt.Printf("%q %q\n", got, out.String())

	copied, err := io.Copy(sw, strings.NewReader("copy me"))
	fmt.Println("copy", copied, err)

	sc := bufio.NewScanner(strings.NewReader("a b"))
	sc.Scan()
	try("split", func() { sc.Split(bufio.ScanWords) })
	try("buffer", func() { sc.Buffer(nil, 10) })

	sc = bufio.NewScanner(strings.NewReader("0123456789 toolong"))
	sc.Buffer(make([]byte, 2), 5)
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Println("tok", sc.Text())
	}
	fmt.Println(sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong))

	sc = bufio.NewScanner(strings.NewReader("x,y,STOP,z"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanRunes(data, atEOF)
		if err == nil && tok != nil && tok[0] == 'S' {
			return 0, []byte("final"), bufio.ErrFinalToken
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 10, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
}

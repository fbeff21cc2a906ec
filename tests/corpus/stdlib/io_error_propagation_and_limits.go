// Pins error propagation through io helpers: LimitedReader.N bookkeeping, SectionReader Seek errors/Outer, Copy into a failing writer, MultiWriter stopping at the first error, ReadAll/Copy/MultiReader/ReadFull over a reader that fails mid-stream, and WriteString on a short writer.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type errW struct{ n int }

func (e *errW) Write(p []byte) (int, error) {
	if len(p) > e.n {
		return e.n, errors.New("full")
	}
	e.n -= len(p)
	return len(p), nil
}

type shortW struct{}

func (shortW) Write(p []byte) (int, error) { return len(p) / 2, nil }

type errR struct{ left int }

func (e *errR) Read(p []byte) (int, error) {
	if e.left == 0 {
		return 0, errors.New("boom")
	}
	e.left--
	p[0] = 'x'
	return 1, nil
}

func main() {
	lr := &io.LimitedReader{R: strings.NewReader("abcdefgh"), N: 5}
	b := make([]byte, 3)
	n, err := lr.Read(b)
	fmt.Println(n, err, lr.N, string(b[:n]))
	rest, _ := io.ReadAll(lr)
	fmt.Println(string(rest), lr.N)
	n, err = lr.Read(b)
	fmt.Println(n, err)
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 3, 4)
	pos, err := sr.Seek(1, io.SeekCurrent)
	fmt.Println(pos, err)
	pos, err = sr.Seek(-1, io.SeekEnd)
	fmt.Println(pos, err)
	x, _ := io.ReadAll(sr)
	fmt.Println(string(x))
	_, err = sr.Seek(-10, io.SeekStart)
	fmt.Println(err)
	_, err = sr.Seek(0, 7)
	fmt.Println(err)
	off, base, size := sr.Outer()
	fmt.Println(off, base, size)
	n64, err := io.Copy(&errW{5}, strings.NewReader("0123456789"))
	fmt.Println(n64, err)
	n64, err = io.Copy(shortW{}, strings.NewReader("0123456789"))
	fmt.Println(n64, err)
	mw := io.MultiWriter(&errW{3}, &errW{100})
	k, err := mw.Write([]byte("hello"))
	fmt.Println(k, err)
	d, err := io.ReadAll(&errR{3})
	fmt.Println(string(d), err)
	n64, err = io.Copy(io.Discard, &errR{2})
	fmt.Println(n64, err)
	mr := io.MultiReader(strings.NewReader("ab"), &errR{1}, strings.NewReader("cd"))
	d, err = io.ReadAll(mr)
	fmt.Println(string(d), err)
	k, err = io.ReadFull(&errR{2}, make([]byte, 4))
	fmt.Println(k, err)
	k, err = io.WriteString(shortW{}, "abcd")
	fmt.Println(k, err)
}

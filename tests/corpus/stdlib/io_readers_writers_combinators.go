// Pins io helpers: ReadAll, Copy/CopyN, MultiReader, MultiWriter, LimitReader, SectionReader, TeeReader, ReadFull/ReadAtLeast errors, WriteString, Discard, NopCloser and EOF/ErrUnexpectedEOF semantics.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func main() {
	all, err := io.ReadAll(strings.NewReader("read everything"))
	fmt.Printf("%q %v\n", all, err)
	var b1, b2 bytes.Buffer
	n, err := io.Copy(io.MultiWriter(&b1, upper{&b2}), io.MultiReader(strings.NewReader("abc "), strings.NewReader(""), strings.NewReader("def")))
	fmt.Println(n, err, b1.String(), b2.String())
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	lim, _ := io.ReadAll(lr)
	fmt.Printf("%q\n", lim)
	var cb bytes.Buffer
	n, err = io.CopyN(&cb, strings.NewReader("short"), 10)
	fmt.Println(n, err, cb.String())
	n, err = io.CopyN(&cb, strings.NewReader("longer text"), 3)
	fmt.Println(n, err, cb.String())
	buf := make([]byte, 6)
	k, err := io.ReadFull(strings.NewReader("abc"), buf)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(oneByte{strings.NewReader("abcdefgh")}, buf)
	fmt.Println(k, err, string(buf))
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abc"), buf[:2], 3)
	fmt.Println(k, err)
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	sec, _ := io.ReadAll(sr)
	fmt.Printf("%q %d\n", sec, sr.Size())
	at := make([]byte, 3)
	k, err = sr.ReadAt(at, 3)
	fmt.Println(k, err, string(at[:k]))
	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee data"), &tee)
	td, _ := io.ReadAll(tr)
	fmt.Println(string(td), tee.String())
	var sb strings.Builder
	k, err = io.WriteString(&sb, "ws")
	fmt.Println(k, err, sb.String())
	n, err = io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println(n, err)
	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.SeekStart, io.SeekCurrent, io.SeekEnd)
}

// Pins bytes.Reader (Read/ReadAt/ReadByte/UnreadByte/ReadRune/UnreadRune/Seek/WriteTo/Reset and their errors), bytes.Buffer ReadFrom/WriteTo/AvailableBuffer and MinRead, and io.Copy/CopyBuffer choosing WriterTo/ReaderFrom or reporting a short write.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

type failReader struct{ n int }

func (f *failReader) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("reader broke")
	}
	f.n--
	return copy(p, "chunk"), nil
}

func main() {
	r := bytes.NewReader([]byte("héllo, world"))
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 3)
	n, err := r.Read(buf)
	fmt.Printf("%d %v %q %d\n", n, err, buf[:n], r.Len())
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err, r.UnreadRune(), r.UnreadRune())
	b, _ := r.ReadByte()
	fmt.Println(b, r.UnreadByte())
	n, err = r.ReadAt(buf, 9)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	_, err = r.ReadAt(buf, -1)
	fmt.Println(err)
	pos, err := r.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	_, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String())
	m, err = r.WriteTo(&sb)
	fmt.Println(m, err)
	r.Reset([]byte("x"))
	fmt.Println(r.UnreadByte(), r.Len())
	r.Seek(0, io.SeekEnd)
	fmt.Println(r.UnreadRune())
	_, _, err = r.ReadRune()
	fmt.Println(err)

	fmt.Println(bytes.MinRead)
	var bb bytes.Buffer
	m, err = bb.ReadFrom(strings.NewReader("from reader"))
	fmt.Println(m, err, bb.String(), bb.Cap() >= bytes.MinRead)
	m, err = bb.ReadFrom(&failReader{n: 2})
	fmt.Println(m, err, bb.String())
	ab := bb.AvailableBuffer()
	fmt.Println(len(ab), cap(ab) == bb.Available())
	m, err = bb.WriteTo(shortWriter{})
	fmt.Println(m, err, bb.Len())

	var dst bytes.Buffer
	m, err = io.Copy(&dst, bytes.NewReader([]byte("via WriteTo")))
	fmt.Println(m, err, dst.String())
	m, err = io.CopyBuffer(&dst, &failReader{n: 1}, make([]byte, 2))
	fmt.Println(m, err, dst.String())
	m, err = io.Copy(shortWriter{}, io.LimitReader(&failReader{n: 9}, 7))
	fmt.Println(m, err)
	m, err = io.CopyN(&dst, strings.NewReader("abcdef"), 4)
	fmt.Println(m, err, dst.String())
	m, err = io.CopyN(&dst, strings.NewReader("ab"), 4)
	fmt.Println(m, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(&dst, strings.NewReader("x"), []byte{})
	}()
}

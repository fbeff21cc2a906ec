// Pins bufio.Writer error stickiness with a failing underlying writer (partial writes, repeated Flush, later writes returning the saved error), tiny buffers forcing pass-through writes, and Size/Available/Buffered bookkeeping.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

type failAfter struct {
	n   int
	got strings.Builder
}

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("device full")
	}
	k := len(p)
	if k > f.n {
		k = f.n
	}
	f.got.Write(p[:k])
	f.n -= k
	if k < len(p) {
		return k, errors.New("partial")
	}
	return k, nil
}

func main() {
	fw := &failAfter{n: 6}
	w := bufio.NewWriterSize(fw, 4)
	n, err := w.WriteString("ab")
	fmt.Println(n, err, w.Buffered())
	n, err = w.WriteString("cdefgh")
	fmt.Println(n, err, w.Buffered(), fw.got.String())
	n, err = w.Write([]byte("ijkl"))
	fmt.Println(n, err, w.Buffered())
	fmt.Println(w.Flush(), w.Flush())
	fmt.Println(w.WriteByte('z'), w.Available())
	_, err = w.WriteRune('é')
	fmt.Println(err, fw.got.String())
	var sb strings.Builder
	w2 := bufio.NewWriterSize(&sb, 2)
	fmt.Println(w2.Size())
	w2.WriteString("a")
	fmt.Println(sb.Len(), w2.Buffered())
	w2.WriteString("bcdef")
	fmt.Println(sb.String(), w2.Buffered())
	fmt.Fprintf(w2, "%d-%s", 12, "x")
	fmt.Println(sb.String(), w2.Buffered())
	w2.Flush()
	fmt.Println(sb.String())
	w3 := bufio.NewWriter(&sb)
	fmt.Println(w3.Size(), w3.Available())
	b := bufio.NewWriterSize(w3, 8)
	fmt.Println(b == w3, b.Size())
}

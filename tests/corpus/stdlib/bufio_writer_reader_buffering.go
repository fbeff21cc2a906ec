// Pins bufio.Writer buffering (Buffered/Available/Flush, nothing visible before Flush, WriteRune/WriteByte/WriteString) and bufio.Reader (ReadString/ReadLine/ReadRune/Peek/Discard/UnreadByte, EOF handling).
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var sb strings.Builder
	w := bufio.NewWriterSize(&sb, 16)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("hello")
	w.WriteByte(' ')
	w.WriteRune('世')
	fmt.Printf("before flush: %q buffered=%d avail=%d\n", sb.String(), w.Buffered(), w.Available())
	fmt.Println(w.Flush())
	fmt.Printf("after flush: %q buffered=%d\n", sb.String(), w.Buffered())
	w.WriteString("this string is longer than sixteen bytes")
	fmt.Printf("overflow: %q buffered=%d\n", sb.String(), w.Buffered())
	fmt.Fprintf(w, "|%d", 7)
	w.Flush()
	fmt.Printf("%q\n", sb.String())

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintln(out, "buffered stdout line 1")
	fmt.Println("direct stdout line (appears first)")
	fmt.Fprintln(out, "buffered stdout line 2")
	out.Flush()

	r := bufio.NewReaderSize(strings.NewReader("first line\nsecond\r\nthird世\nno-newline"), 16)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	pk, err := r.Peek(3)
	fmt.Printf("peek %q %v buffered=%d\n", pk, err, r.Buffered())
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	d, err := r.Discard(5)
	fmt.Println(d, err)
	ru, size, err := r.ReadRune()
	fmt.Println(string(ru), size, err, r.UnreadRune())
	ru, size, _ = r.ReadRune()
	b, _ := r.ReadByte()
	fmt.Println(string(ru), size, string(b), r.UnreadByte())
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	rest, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.ReadByte()
	fmt.Println(err == io.EOF)
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw-in")), bufio.NewWriter(&sb))
	got, _ := rw.ReadString(0)
	rw.WriteString("+" + got)
	rw.Flush()
	fmt.Printf("%q\n", sb.String())
	long := bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)+"\n"), 16)
	l1, p1, _ := long.ReadLine()
	fmt.Println(len(l1), p1)
}

// Pins strings.Builder (Write*, Grow, Len, Reset), strings.Reader (Read, ReadByte, UnreadByte, ReadRune, Seek, ReadAt, Len/Size) and strings.Replacer including overlapping and empty patterns.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("héllo")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte("!!"))
	fmt.Fprintf(&b, "%03d", 7)
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(64)
	fmt.Println(b.Cap() >= 64, b.Len())

	r := strings.NewReader("abc世界xyz")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 2)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.Len())
	c, _ = r.ReadByte()
	ru, sz, err := r.ReadRune()
	fmt.Println(string(c), string(ru), sz, err)
	fmt.Println(r.UnreadRune(), r.Len())
	pos, err := r.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest), r.Len())
	n, err = r.Read(buf)
	fmt.Println(n, err)
	at := make([]byte, 4)
	n, err = r.ReadAt(at, 1)
	fmt.Println(n, err, string(at[:n]))
	n, err = r.ReadAt(at, 10)
	fmt.Println(n, err, string(at[:n]))
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	r.Reset("new")
	var sb strings.Builder
	m, _ := r.WriteTo(&sb)
	fmt.Println(m, sb.String())

	rep := strings.NewReplacer("a", "1", "aa", "2", "b", "")
	fmt.Println(rep.Replace("aaab aba"))
	rep2 := strings.NewReplacer("aa", "X", "a", "y")
	fmt.Println(rep2.Replace("aaaaa"))
	rep3 := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(rep3.Replace("<a href=\"x&y\">"))
	rep4 := strings.NewReplacer("", "-")
	fmt.Println(rep4.Replace("abc"))
	rep5 := strings.NewReplacer("hello", "bye", "hell", "heaven", "he", "she")
	fmt.Println(rep5.Replace("hello hell he h"))
	var w strings.Builder
	rep3.WriteString(&w, "1<2")
	fmt.Println(w.String())
}

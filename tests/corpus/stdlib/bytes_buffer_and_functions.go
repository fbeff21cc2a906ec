// Pins bytes.Buffer (Write*/Read*/Next/Truncate/UnreadByte/UnreadRune/ReadString/ReadBytes/WriteTo/ReadFrom) and bytes package functions mirroring strings.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("line one\nline two\n")
	buf.WriteByte('x')
	buf.WriteRune('é')
	buf.Write([]byte{'\n'})
	fmt.Fprintf(&buf, "n=%d\n", 5)
	fmt.Println(buf.Len())
	l, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", l, err)
	lb, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", lb, err)
	c, _ := buf.ReadByte()
	fmt.Println(string(c), buf.UnreadByte(), buf.UnreadByte())
	c, _ = buf.ReadByte()
	r, sz, _ := buf.ReadRune()
	fmt.Println(string(c), string(r), sz, buf.UnreadRune())
	r, sz, _ = buf.ReadRune()
	fmt.Println(string(r), sz)
	fmt.Printf("%q\n", buf.Next(3))
	fmt.Printf("%q %d\n", buf.String(), buf.Len())
	buf.Truncate(1)
	fmt.Printf("%q\n", buf.String())
	tail, err := buf.ReadString('z')
	fmt.Printf("%q %v\n", tail, err)
	n, err := buf.Read(make([]byte, 4))
	fmt.Println(n, err)
	buf.Reset()
	m, err := buf.ReadFrom(strings.NewReader("from reader"))
	fmt.Println(m, err, buf.String())
	var out strings.Builder
	m, err = buf.WriteTo(&out)
	fmt.Println(m, err, out.String(), buf.Len())
	b2 := bytes.NewBufferString("abc")
	b2.Grow(10)
	fmt.Println(b2.String(), b2.Available() >= 10, string(b2.Bytes()))
	b3 := bytes.NewBuffer([]byte("hello"))
	p := make([]byte, 10)
	n, _ = io.ReadFull(b3, p[:5])
	fmt.Println(n, string(p[:n]))

	s := []byte("  Hello, World, Go  ")
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q %q\n", bytes.Trim([]byte("xxaxx"), "x"), bytes.TrimPrefix([]byte("prefix"), []byte("pre")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, nil))
	fmt.Println(bytes.Contains(s, []byte("World")), bytes.Index(s, []byte("o")), bytes.LastIndex(s, []byte("o")), bytes.IndexByte(s, 'W'), bytes.Count(s, []byte("o")), bytes.IndexRune([]byte("héllo"), 'l'))
	fmt.Println(bytes.HasPrefix(s, []byte("  H")), bytes.HasSuffix(s, []byte("Go")), bytes.EqualFold([]byte("GoLang"), []byte("golang")))
	fmt.Printf("%s %s %s\n", bytes.ToUpper([]byte("abc")), bytes.ToLower([]byte("ABC")), bytes.Title([]byte("ab cd")))
	fmt.Printf("%s|%s\n", bytes.Repeat([]byte("-="), 3), bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte(", ")))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("a.b.c"), []byte("."), []byte("::")))
	fmt.Printf("%s\n", bytes.Map(unicode.ToUpper, []byte("mapped")))
	before, after, ok := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%s %s %v\n", before, after, ok)
	fmt.Printf("%q\n", bytes.Runes([]byte("日本")))
	fmt.Println(bytes.ContainsAny([]byte("abc"), "xc"), bytes.IndexAny([]byte("abc"), "cb"), bytes.IndexFunc([]byte("ab1"), unicode.IsDigit))
	rd := bytes.NewReader([]byte("reader"))
	fmt.Println(rd.Len(), rd.Size())
	all, _ := io.ReadAll(rd)
	fmt.Println(string(all), rd.Len())
	fmt.Println(bytes.MinRead)
}

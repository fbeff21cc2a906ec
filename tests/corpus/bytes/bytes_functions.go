package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

func main() {
	b := []byte("Hello, Gophers! Hello!")
	fmt.Println(bytes.Contains(b, []byte("Goph")), bytes.Count(b, []byte("Hello")), bytes.Index(b, []byte("!")))
	fmt.Println(bytes.HasPrefix(b, []byte("Hell")), bytes.HasSuffix(b, []byte("?")), bytes.IndexByte(b, 'G'), bytes.LastIndex(b, []byte("Hello")))
	fmt.Printf("%s|%s\n", bytes.ToUpper(b), bytes.ToLower(b))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  x  y z ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("1"), []byte("2"), []byte("3")}, []byte("-")))
	fmt.Printf("%q %q\n", bytes.TrimSpace([]byte("\t pad \n")), bytes.Trim([]byte("xxhixx"), "x"))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("a-b-c"), []byte("-"), []byte("+")))
	before, after, ok := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, ok)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), string(bytes.Repeat([]byte("ab"), 3)))
	fmt.Println(bytes.Runes([]byte("héllo")), bytes.IndexRune([]byte("héllo"), 'l'))

	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.WriteByte('w')
	buf.WriteRune('ö')
	buf.Write([]byte("rld"))
	fmt.Fprintf(&buf, " %d+%d=%d", 1, 2, 3)
	fmt.Println(buf.String(), buf.Len())
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	p := make([]byte, 4)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p[:n]))
	rest, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", rest, err)
	n, err = buf.Read(p)
	fmt.Println(n, err)

	nb := bytes.NewBufferString("line1\nline2\n")
	for {
		l, err := nb.ReadBytes('\n')
		if err != nil {
			break
		}
		fmt.Printf("%q ", l)
	}
	fmt.Println()

	var grow bytes.Buffer
	for i := 0; i < 100; i++ {
		grow.WriteString("0123456789")
	}
	fmt.Println(grow.Len(), grow.Cap())
	grow.Reset()
	fmt.Println(grow.Len(), grow.Cap())
	var small bytes.Buffer
	small.WriteByte('x')
	fmt.Println(small.Cap())
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	fmt.Println(&small)
	var sb strings.Builder
	sb.WriteString("via builder")
	w := bytes.NewBuffer(nil)
	w.WriteString(sb.String())
	w.WriteTo(os.Stdout)
	fmt.Println()
	f := bytes.ToUpper
	fmt.Println(string(f([]byte("value"))))
	dropA := func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}
	fmt.Printf("%s\n", bytes.Map(dropA, []byte("banana é")))
}

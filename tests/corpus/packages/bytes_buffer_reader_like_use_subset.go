package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('☺')
	fmt.Fprintf(&buf, " n=%d\n", 42)
	fmt.Println(buf.Len(), buf.String())
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p[:n]))
	b, _ := buf.ReadByte()
	fmt.Printf("%c\n", b)
	word, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", word, err)
	r, size, _ := buf.ReadRune()
	fmt.Println(string(r), size)
	line, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", line, err)
	n, err = buf.Read(p)
	fmt.Println(n, err, err == io.EOF)
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	b2 := bytes.NewBufferString("line one\nline two\nlast")
	for {
		l, err := b2.ReadString('\n')
		fmt.Printf("%q\n", l)
		if err != nil {
			fmt.Println("err:", err)
			break
		}
	}
	b3 := bytes.NewBuffer([]byte("abcdef"))
	fmt.Println(string(b3.Next(2)), b3.String())
	b3.Truncate(2)
	fmt.Println(b3.String())
	var out bytes.Buffer
	src := bytes.NewBufferString("copy me")
	cn, err := src.WriteTo(&out)
	fmt.Println(cn, err, out.String())
	fmt.Println(string(out.Bytes()[:4]))
	var w io.Writer = &out
	fmt.Fprint(w, "+more")
	fmt.Println(out.String())
	data, err := bytes.NewBufferString("all of it").Bytes(), error(nil)
	fmt.Println(string(data), err)
	var lines bytes.Buffer
	for i := 0; i < 3; i++ {
		fmt.Fprintln(&lines, "row", i)
	}
	fmt.Print(lines.String())
	fmt.Println(bytes.Equal(lines.Bytes(), []byte("row 0\nrow 1\nrow 2\n")))
	var bb bytes.Buffer
	bb.Grow(64)
	fmt.Println(bb.Len(), bb.Cap() >= 64)
}

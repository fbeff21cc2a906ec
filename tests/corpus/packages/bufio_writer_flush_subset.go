package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

func main() {
	var dst bytes.Buffer
	w := bufio.NewWriter(&dst)
	w.WriteString("hello")
	fmt.Println(w.Buffered(), w.Available(), dst.Len())
	w.WriteString(" world, this is long")
	fmt.Println(w.Buffered(), dst.Len())
	w.WriteByte('!')
	w.WriteRune('☺')
	fmt.Fprintf(w, "%d", 123)
	fmt.Println(w.Buffered(), dst.Len())
	err := w.Flush()
	fmt.Println(err, w.Buffered(), dst.String())
	out := bufio.NewWriter(os.Stdout)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(out, "line %d\n", i)
	}
	out.Flush()
	rd := bufio.NewReader(strings.NewReader("alpha\nbeta\ngamma"))
	for {
		line, err := rd.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	r2 := bufio.NewReader(strings.NewReader("xy☺z"))
	b, _ := r2.ReadByte()
	fmt.Printf("%c\n", b)
	ru, sz, _ := r2.ReadRune()
	fmt.Println(string(ru), sz)
	rest, err := r2.ReadString(0)
	fmt.Printf("%q %v\n", rest, err)
	r3 := bufio.NewReader(strings.NewReader("l1\nl2\n"))
	l3, err := r3.ReadString('\n')
	fmt.Printf("%q %v\n", l3, err)
	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	bw.WriteString("buffered")
	fmt.Printf("before flush: %q\n", sb.String())
	bw.Flush()
	fmt.Printf("after flush: %q\n", sb.String())
}

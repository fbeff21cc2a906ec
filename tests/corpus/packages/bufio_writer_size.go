package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var dst bytes.Buffer
	w := bufio.NewWriterSize(&dst, 16)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("0123456789")
	fmt.Println(w.Buffered(), w.Available(), dst.Len())
	w.WriteString("abcdefghij")
	fmt.Println(w.Buffered(), w.Available(), dst.Len(), dst.String())
	w.Write([]byte(strings.Repeat("x", 40)))
	fmt.Println(w.Buffered(), dst.Len())
	for i := 0; i < 20; i++ {
		w.WriteByte('b')
	}
	fmt.Println(w.Buffered(), dst.Len())
	w.WriteRune('世')
	fmt.Println(w.Buffered(), dst.Len())
	fmt.Println(w.Flush(), w.Buffered(), dst.Len())
	fmt.Println(bufio.NewWriterSize(&dst, 0).Size(), bufio.NewWriterSize(&dst, -3).Available(), bufio.NewWriter(&dst).Size())
}

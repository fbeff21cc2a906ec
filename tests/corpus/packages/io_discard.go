package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	n, err := fmt.Fprintf(io.Discard, "%d %s", 42, "dropped")
	fmt.Println(n, err)
	c, err := io.Copy(io.Discard, strings.NewReader("twelve bytes"))
	fmt.Println(c, err)
	m, err := io.WriteString(io.Discard, "abc")
	fmt.Println(m, err)
	w := bufio.NewWriter(io.Discard)
	fmt.Fprint(w, "buffered")
	fmt.Println(w.Buffered(), w.Flush(), w.Buffered())
	fmt.Printf("%T %v %+v\n", io.Discard, io.Discard, io.Discard)
	var sw io.StringWriter = io.Discard.(io.StringWriter)
	k, _ := sw.WriteString("xyz")
	fmt.Println(k, io.Discard == io.Discard)
	mw := io.MultiWriter(io.Discard, io.Discard)
	fmt.Println(mw.Write([]byte("hello")))
}

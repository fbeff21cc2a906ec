package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) { return u.w.Write(bytes.ToUpper(p)) }

func main() {
	data, err := io.ReadAll(strings.NewReader("hello, reader"))
	fmt.Printf("%q %v\n", data, err)
	var buf bytes.Buffer
	n, err := io.Copy(&buf, strings.NewReader("copied text"))
	fmt.Println(n, err, buf.String())
	n, err = io.CopyN(os.Stdout, strings.NewReader("0123456789"), 4)
	fmt.Println()
	fmt.Println(n, err)
	n, err = io.CopyN(&buf, strings.NewReader("ab"), 5)
	fmt.Println(n, err)
	io.WriteString(upper{os.Stdout}, "shout\n")
	lim, _ := io.ReadAll(io.LimitReader(strings.NewReader("limited reader"), 7))
	fmt.Printf("%s\n", lim)
	var log bytes.Buffer
	tee, _ := io.ReadAll(io.TeeReader(strings.NewReader("tee"), &log))
	fmt.Println(string(tee), log.String())
	all, _ := io.ReadAll(io.MultiReader(strings.NewReader("a"), strings.NewReader(""), strings.NewReader("bc")))
	fmt.Println(string(all))
	var b1, b2 bytes.Buffer
	w := io.MultiWriter(&b1, &b2)
	fmt.Fprintf(w, "x=%d", 7)
	fmt.Println(b1.String(), b2.String())
	big, _ := io.ReadAll(strings.NewReader(strings.Repeat("z", 5000)))
	fmt.Println(len(big))
}

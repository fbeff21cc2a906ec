package main

import (
	"fmt"
	"strings"
	"unicode"
	"bytes"
	"io"
	"os"
)

type T int

func (t T) Format(s fmt.State, verb rune) { fmt.Fprintf(s, "[%s]", fmt.FormatString(s, verb)) }

type G struct{}

func (G) GoString() string { return "G!" }

func main() {
	fmt.Printf("%v %+d %-8.3x %#v % 05q %10.2f\n", T(1), T(2), T(3), T(4), T(5), T(6))
	var gs fmt.GoStringer = G{}
	fmt.Printf("%#v %s\n", gs, gs.GoString())
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul"), strings.ToLowerSpecial(unicode.TurkishCase, "İSTANBUL"), strings.ToTitleSpecial(unicode.TurkishCase, "iı"))
	fmt.Printf("%s %q %s %q\n", bytes.ToUpperSpecial(unicode.TurkishCase, []byte("i")), bytes.SplitAfter([]byte("a,b,c"), []byte(",")), bytes.ToTitle([]byte("ǆx")), bytes.ToValidUTF8([]byte("a\xffb"), []byte("?")))
	fmt.Println(bytes.LastIndexAny([]byte("go gopher"), "ordent"), len(bytes.SplitAfterN([]byte("a,b,c"), []byte(","), 2)))
	f, _ := os.CreateTemp("", "ow")
	defer os.Remove(f.Name())
	w := io.NewOffsetWriter(f, 3)
	w.Write([]byte("abc"))
	w.WriteAt([]byte("Z"), 1)
	pos, err := w.Seek(1, io.SeekCurrent)
	fmt.Println(pos, err)
	_, err = w.Seek(0, 7)
	fmt.Println(err)
	_, err = w.Seek(-5, io.SeekStart)
	fmt.Println(err)
	data, _ := os.ReadFile(f.Name())
	fmt.Printf("%q\n", data)
	var rwc io.ReadWriteCloser = f
	var ws io.WriteSeeker = f
	var wa io.WriterAt = f
	fmt.Println(rwc != nil, ws != nil, wa != nil)
}

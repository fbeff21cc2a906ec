package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	src := strings.NewReader("0123456789abcdef")
	sr := io.NewSectionReader(src, 3, 8)
	fmt.Println(sr.Size())
	all, err := io.ReadAll(sr)
	fmt.Printf("%q %v\n", all, err)
	pos, err := sr.Seek(2, io.SeekStart)
	fmt.Println(pos, err)
	buf := make([]byte, 3)
	n, err := sr.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = sr.ReadAt(buf, 6)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = sr.ReadAt(buf, 9)
	fmt.Println(n, err)
	_, err = sr.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, err = sr.Seek(0, 5)
	fmt.Println(err)
	pos, _ = sr.Seek(-2, io.SeekEnd)
	rest, _ := io.ReadAll(sr)
	fmt.Println(pos, string(rest))
	_, off, size := sr.Outer()
	fmt.Println(off, size)
	rc := io.NopCloser(strings.NewReader("closer"))
	data, _ := io.ReadAll(rc)
	fmt.Println(string(data), rc.Close())
	var ra io.ReaderAt = src
	n, _ = ra.ReadAt(buf, 13)
	fmt.Println(string(buf[:n]))
}

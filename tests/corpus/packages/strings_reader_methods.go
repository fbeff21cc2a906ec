package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	b, _ := r.ReadByte()
	fmt.Printf("%c %d\n", b, r.Len())
	fmt.Println(r.UnreadByte(), r.UnreadByte())
	for i := 0; i < 3; i++ {
		ch, size, err := r.ReadRune()
		fmt.Printf("%q %d %v\n", ch, size, err)
	}
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	ch, _, _ := r.ReadRune()
	fmt.Printf("%q\n", ch)
	buf := make([]byte, 5)
	n, err := r.ReadAt(buf, 7)
	fmt.Printf("%d %q %v %d\n", n, buf[:n], err, r.Len())
	n, err = r.ReadAt(buf, 11)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	_, err = r.ReadAt(buf, -1)
	fmt.Println(err)
	pos, err := r.Seek(-6, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	n, err = r.Read(buf)
	fmt.Println(n, err)
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	r.Reset("line one\nline two\n")
	r.Seek(5, io.SeekStart)
	written, err := r.WriteTo(os.Stdout)
	fmt.Println(written, err)
	r.Reset("a b  c\nd")
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Print("[", sc.Text(), "]")
	}
	fmt.Println()
	var rs io.RuneScanner = strings.NewReader("xy")
	var bs io.ByteScanner = strings.NewReader("xy")
	c1, _, _ := rs.ReadRune()
	c2, _ := bs.ReadByte()
	fmt.Println(c1, c2)
}

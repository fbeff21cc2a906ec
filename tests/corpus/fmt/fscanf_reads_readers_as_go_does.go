package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// plain has only Read, so fmt reads it a byte at a time and keeps no
// rune it peeks at.
type plain struct{ r io.Reader }

func (p plain) Read(b []byte) (int, error) { return p.r.Read(b) }

func main() {
	var n, m int
	var s string
	var f float64
	r := strings.NewReader("12abc 7\n3.5 x")
	c, err := fmt.Fscan(r, &n, &s, &m)
	fmt.Println(c, err, n, s, m)
	c, err = fmt.Fscan(r, &f, &s)
	fmt.Println(c, err, f, s)
	c, err = fmt.Fscan(r, &n)
	fmt.Println(c, err)

	br := bufio.NewReader(strings.NewReader("x=10 y=20 name=gopher\nrest of line\n(1,2)\n"))
	var x, y int
	c, err = fmt.Fscanf(br, "x=%d y=%d name=%s\n", &x, &y, &s)
	fmt.Println(c, err, x, y, s)
	line, _ := br.ReadString('\n')
	fmt.Printf("%q\n", line)
	c, err = fmt.Fscanf(br, "(%d,%d)", &x, &y)
	fmt.Println(c, err, x, y)
	rest, _ := io.ReadAll(br)
	fmt.Printf("%q\n", rest)

	p := plain{strings.NewReader("5 6 7\n8 9\nnine")}
	c, err = fmt.Fscanln(p, &n, &m)
	fmt.Println(c, err, n, m)
	c, err = fmt.Fscanln(p, &n, &m)
	fmt.Println(c, err, n, m)
	c, err = fmt.Fscanf(p, "%d", &n)
	fmt.Println(c, err, n)

	sr := strings.NewReader("héllo wörld 42")
	var a, b string
	c, err = fmt.Fscan(sr, &a, &b, &n)
	fmt.Println(c, err, a, b, n)

	c, err = fmt.Fscanf(strings.NewReader("abc"), "%d", &n)
	fmt.Println(c, err)
	c, err = fmt.Fscanf(strings.NewReader("1 2"), "%d %d %d", &n, &m, &x)
	fmt.Println(c, err)
	c, err = fmt.Fscanf(strings.NewReader("7"), "%d %d", &n)
	fmt.Println(c, err)
	c, err = fmt.Fscanf(strings.NewReader("ff 0x1F 101"), "%x %v %b", &n, &m, &x)
	fmt.Println(c, err, n, m, x)
	var ch rune
	c, err = fmt.Fscanf(strings.NewReader("é!"), "%c", &ch)
	fmt.Println(c, err, string(ch))
	var q string
	c, err = fmt.Fscanf(strings.NewReader(`"a b\tc" tail`), "%q", &q)
	fmt.Printf("%d %v %q\n", c, err, q)
}

func init() {
	var s string
	var b []byte
	c, err := fmt.Sscanf("xy", "%c", &s)
	fmt.Println(c, err, s)
	c, err = fmt.Sscanf("xy", "%c", &b)
	fmt.Println(c, err, b)
	var n, m int
	c, err = fmt.Sscanf("1\n2", "%d\n%d", &n, &m)
	fmt.Println(c, err, n, m)
	c, err = fmt.Sscanf("1 \n 2", "%d \n %d", &n, &m)
	fmt.Println(c, err, n, m)
	c, err = fmt.Sscanf("1 2", "%d\n%d", &n, &m)
	fmt.Println(c, err, n, m)
	c, err = fmt.Sscanf("1\n\n2", "%d\n%d", &n, &m)
	fmt.Println(c, err, n, m)
	c, err = fmt.Sscanf("1\n2", "%d %d", &n, &m)
	fmt.Println(c, err, n, m)
}

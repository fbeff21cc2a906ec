// Pins bufio.Scanner over a reader that returns tiny chunks, lines longer than the 64 KiB default buffer (token too long), a line just under the limit, and a reader that fails mid-stream.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type chunky struct {
	s string
	n int
}

func (c *chunky) Read(p []byte) (int, error) {
	if c.s == "" {
		return 0, io.EOF
	}
	k := c.n
	if k > len(c.s) {
		k = len(c.s)
	}
	if k > len(p) {
		k = len(p)
	}
	copy(p, c.s[:k])
	c.s = c.s[k:]
	return k, nil
}

type failing struct{ n int }

func (f *failing) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, fmt.Errorf("disk on fire")
	}
	f.n--
	copy(p, "ab\n")
	return 3, nil
}

func main() {
	sc := bufio.NewScanner(&chunky{"hello world\nsecond line here\n\nlast", 3})
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	long := strings.Repeat("y", 70000)
	sc = bufio.NewScanner(strings.NewReader("short\n" + long + "\nafter\n"))
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("z", 65535) + "\nok"))
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(&failing{2})
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(sc.Err(), sc.Scan())
	sc = bufio.NewScanner(strings.NewReader("a b"))
	sc.Split(bufio.ScanWords)
	sc.Scan()
	defer func() { fmt.Println("recovered:", recover()) }()
	sc.Split(bufio.ScanLines)
}

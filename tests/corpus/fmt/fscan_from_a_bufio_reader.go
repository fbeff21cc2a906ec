package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// fmt.Fscan and Fscanln from a *bufio.Reader on standard input, the way
// scripts read numbers: tokens across lines, the rest of a line left for
// ReadString, Fscanln's newline rules, conversion errors and EOF; then
// bufio.Reader's UnreadRune and UnreadByte.

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	sum := 0
	for i := 0; i < n; i++ {
		var x int
		fmt.Fscan(in, &x)
		sum += x
	}
	var name string
	var f float64
	k, err := fmt.Fscan(in, &name, &f)
	fmt.Println(sum, name, f, k, err)
	rest, err := in.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	var a, b int
	k, err = fmt.Fscanln(in, &a, &b)
	fmt.Println(a, b, k, err)
	k, err = fmt.Fscanln(in, &a, &b)
	fmt.Println(a, b, k, err)
	k, err = fmt.Fscanln(in, &a)
	fmt.Println(a, k, err)
	var w string
	k, err = fmt.Fscan(in, &a, &w)
	fmt.Println(a, w, k, err)
	k, err = fmt.Fscan(in, &a)
	fmt.Println(k, err)
	r := strings.NewReader("7 eight")
	k, err = fmt.Fscan(r, &a, &b)
	fmt.Println(a, k, err)
	k, err = fmt.Fscan(strings.NewReader("1"), &a, &b)
	fmt.Println(k, err)
	br := bufio.NewReader(strings.NewReader("héllo"))
	fmt.Println(br.UnreadRune())
	c, size, _ := br.ReadRune()
	c, size, _ = br.ReadRune()
	fmt.Println(string(c), size, br.UnreadRune(), br.UnreadRune())
	c, size, _ = br.ReadRune()
	bt, _ := br.ReadByte()
	fmt.Println(string(c), size, string(bt), br.UnreadByte())
	s, _ := br.ReadString(0)
	fmt.Println(s)
}

package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	input := "first line\nsecond  line with words\n\nlast line no newline"
	sc := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println("err:", sc.Err())
	ws := bufio.NewScanner(strings.NewReader(input))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(len(words), words)
	rs := bufio.NewScanner(strings.NewReader("héy☺"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("[%s]", rs.Text())
	}
	fmt.Println()
	bs := bufio.NewScanner(strings.NewReader("abc"))
	bs.Split(bufio.ScanBytes)
	for bs.Scan() {
		fmt.Print(bs.Bytes(), " ")
	}
	fmt.Println()
	crlf := bufio.NewScanner(strings.NewReader("a\r\nb\r\n\r\nc"))
	for crlf.Scan() {
		fmt.Printf("%q ", crlf.Text())
	}
	fmt.Println()
	sum := 0
	ns := bufio.NewScanner(strings.NewReader("10 20 x 30\n40"))
	ns.Split(bufio.ScanWords)
	for ns.Scan() {
		var v int
		if _, err := fmt.Sscan(ns.Text(), &v); err == nil {
			sum += v
		} else {
			fmt.Println("skip", ns.Text())
		}
	}
	fmt.Println("sum", sum)
	custom := bufio.NewScanner(strings.NewReader("a;b;;c"))
	custom.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ';' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for custom.Scan() {
		fmt.Printf("<%s>", custom.Text())
	}
	fmt.Println()
	empty := bufio.NewScanner(strings.NewReader(""))
	fmt.Println(empty.Scan(), empty.Err())
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	long.Buffer(make([]byte, 10), 20)
	fmt.Println(long.Scan(), long.Err())
}

// Pins bufio.Scanner split functions (ScanLines with CRLF and no trailing newline, ScanWords, ScanRunes incl. invalid UTF-8, ScanBytes), a custom comma SplitFunc, Buffer limits and ErrTooLong.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func scanAll(s string, split bufio.SplitFunc) {
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Split(split)
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	fmt.Printf("%q err=%v\n", out, sc.Err())
}

func main() {
	scanAll("a\nb\r\nc\n\nd", bufio.ScanLines)
	scanAll("a\n", bufio.ScanLines)
	scanAll("", bufio.ScanLines)
	scanAll("  one two\tthree\n four  ", bufio.ScanWords)
	scanAll("héy\xff!", bufio.ScanRunes)
	scanAll("ab\x00", bufio.ScanBytes)
	comma := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	scanAll("x,,yy,zzz", comma)
	stop := func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil && string(tok) == "STOP" {
			return 0, nil, bufio.ErrFinalToken
		}
		return adv, tok, err
	}
	scanAll("a b STOP c d", stop)
	sc := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 10), 20)
	for sc.Scan() {
		fmt.Println("tok", sc.Text())
	}
	fmt.Println(sc.Err(), sc.Err() == bufio.ErrTooLong)
	sc2 := bufio.NewScanner(strings.NewReader("1 2 3"))
	sc2.Split(bufio.ScanWords)
	sc2.Scan()
	fmt.Printf("%q %q\n", sc2.Bytes(), sc2.Text())
	fmt.Println(bufio.MaxScanTokenSize)
}

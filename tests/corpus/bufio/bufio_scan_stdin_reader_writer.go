package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sum := 0
	lines := 0
	for sc.Scan() {
		lines++
		for _, f := range strings.Fields(sc.Text()) {
			n, err := strconv.Atoi(f)
			if err != nil {
				fmt.Println("skip:", err)
				continue
			}
			sum += n
		}
	}
	fmt.Println("lines", lines, "sum", sum, sc.Err())

	ws := bufio.NewScanner(strings.NewReader("alpha  beta\tgamma\n delta"))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		fmt.Printf("[%s]", ws.Text())
	}
	fmt.Println()
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()
	r := bufio.NewReader(strings.NewReader("one\ntwo\nthree"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("two\n")
	w.WriteByte('3')
	w.WriteRune('\n')
	fmt.Println("before flush", w.Buffered())
	w.Flush()
	fmt.Println("after flush", w.Buffered(), w.Available())
}

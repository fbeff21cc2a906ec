// Pins bufio.Scanner over os.Stdin: reads lines, counts words per line with a nested word scanner, sums integer tokens, and reports malformed tokens.
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
	lines, words, sum := 0, 0, 0
	var bad []string
	for sc.Scan() {
		line := sc.Text()
		lines++
		ws := bufio.NewScanner(strings.NewReader(line))
		ws.Split(bufio.ScanWords)
		cnt := 0
		for ws.Scan() {
			cnt++
			if n, err := strconv.Atoi(ws.Text()); err == nil {
				sum += n
			} else {
				bad = append(bad, ws.Text())
			}
		}
		words += cnt
		fmt.Printf("%2d %-3d %q\n", lines, cnt, line)
	}
	fmt.Println("err:", sc.Err())
	fmt.Println("lines:", lines, "words:", words, "sum:", sum)
	fmt.Printf("non-numbers: %q\n", bad)
}

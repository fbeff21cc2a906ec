package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Library-bound: writes a 50 MB file of 1,000,000 lines with bufio.Writer,
// then reads it back with bufio.Scanner, by lines and by words.

func main() {
	dir, err := os.MkdirTemp("", "scanbench")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	path := dir + "/lines.txt"
	f, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(f)
	line := strings.Repeat("lorem ipsum ", 3)
	for i := 0; i < 1_000_000; i++ {
		w.WriteString(strconv.Itoa(i))
		w.WriteByte(' ')
		w.WriteString(line)
		w.WriteString("dolor\n")
	}
	w.Flush()
	f.Close()

	f, err = os.Open(path)
	if err != nil {
		panic(err)
	}
	sc := bufio.NewScanner(f)
	lines, bytes := 0, 0
	for sc.Scan() {
		lines++
		bytes += len(sc.Bytes()) + 1
	}
	f.Close()
	f, _ = os.Open(path)
	sc = bufio.NewScanner(f)
	sc.Split(bufio.ScanWords)
	words := 0
	for sc.Scan() {
		words++
	}
	f.Close()
	fmt.Println(lines, bytes, words)
}

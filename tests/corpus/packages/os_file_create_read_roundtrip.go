package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "roundtrip-*")
	if err != nil {
		fmt.Println("MkdirTemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(dir, os.TempDir()), strings.Contains(dir, "roundtrip-"))

	name := dir + "/notes.txt"
	f, err := os.Create(name)
	if err != nil {
		fmt.Println("Create:", err)
		return
	}
	fmt.Println(f.Name() == name)
	n, err := f.WriteString("alpha beta\n")
	fmt.Println(n, err)
	n, err = f.Write([]byte("gamma\n"))
	fmt.Println(n, err)
	n, err = fmt.Fprintf(f, "%d %s\n", 3, "delta")
	fmt.Println(n, err)
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "buffered line")
	fmt.Println(w.Flush())
	fmt.Println(f.Close())

	// Read it back with a Scanner, whole, and in small pieces.
	g, err := os.Open(name)
	if err != nil {
		fmt.Println("Open:", err)
		return
	}
	sc := bufio.NewScanner(g)
	for i := 1; sc.Scan(); i++ {
		fmt.Printf("%d: %q\n", i, sc.Text())
	}
	fmt.Println(sc.Err(), g.Close())

	data, err := os.ReadFile(name)
	fmt.Printf("%d bytes, %v\n%s", len(data), err, data)

	h, _ := os.Open(name)
	buf := make([]byte, 7)
	for {
		n, err := h.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	h.Close()

	all, err := io.ReadAll(strings.NewReader("x"))
	fmt.Println(string(all), err)
	h, _ = os.Open(name)
	all, err = io.ReadAll(h)
	fmt.Println(len(all), err)
	fmt.Println(h.Close())
}

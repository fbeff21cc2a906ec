package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// bufio.Reader's Read and ReadBytes: Read gives what is buffered (reading
// once when nothing is), ReadBytes up to a delimiter or io.EOF, and a
// *bufio.Reader is an io.Reader.

func main() {
	r := bufio.NewReader(strings.NewReader("alpha,beta,gamma"))
	for {
		b, err := r.ReadBytes(',')
		fmt.Printf("%q %v\n", b, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReader(strings.NewReader(strings.Repeat("0123456789", 5)))
	buf := make([]byte, 16)
	total := 0
	for {
		n, err := r.Read(buf)
		total += n
		fmt.Println(n, err, string(buf[:n]))
		if err == io.EOF {
			break
		}
	}
	n, err := r.Read(nil)
	fmt.Println(total, n, err)
	var src io.Reader = bufio.NewReader(strings.NewReader("copied through io.Copy\n"))
	io.Copy(os.Stdout, src)
	all, _ := io.ReadAll(bufio.NewReader(strings.NewReader("read all")))
	fmt.Println(string(all))
}

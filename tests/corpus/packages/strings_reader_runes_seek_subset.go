package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len())
	buf := make([]byte, 5)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	n, err = r.Read(buf)
	fmt.Printf("%d %v %q %d\n", n, err, buf[:n], r.Len())
	for {
		n, err = r.Read(buf)
		if err == io.EOF {
			fmt.Println("eof", n)
			break
		}
		fmt.Printf("%q ", buf[:n])
	}
	fmt.Println(r.Len())
	s := "a☺b"
	for i, c := range s {
		fmt.Print(i, ":", string(c), " ")
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	rs := []rune(s)
	fmt.Println(len(s), len(rs), string(rs[1]), string(rs[len(rs)-1:]))
	bs := []byte(s)
	bs[0] = 'A'
	fmt.Println(string(bs), s)
	fmt.Println(strings.IndexRune("a☺b", '☺'), strings.IndexByte("a☺b", 'b'), strings.LastIndexByte("abcb", 'b'))
	fmt.Println(strings.ContainsRune("a☺b", '☺'), strings.Count("a☺b☺", "☺"))
}

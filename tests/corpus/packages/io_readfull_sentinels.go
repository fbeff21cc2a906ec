package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("0123456789")
	buf := make([]byte, 4)
	for i := 0; i < 4; i++ {
		n, err := io.ReadFull(r, buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
	}
	n, err := io.ReadAtLeast(strings.NewReader("abc"), make([]byte, 2), 3)
	fmt.Println(n, err, err == io.ErrShortBuffer)
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), make([]byte, 8), 3)
	fmt.Println(n, err)

	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer)
	fmt.Println(errors.ErrUnsupported, os.ErrInvalid, os.ErrPermission, os.ErrExist, os.ErrNotExist, os.ErrClosed)
	w := fmt.Errorf("op: %w", errors.ErrUnsupported)
	fmt.Println(errors.Is(w, errors.ErrUnsupported), errors.Is(w, io.EOF))
	fmt.Printf("%T %v\n", io.EOF, io.EOF == io.EOF)

	dir, _ := os.MkdirTemp("", "readfull")
	defer os.RemoveAll(dir)
	f, _ := os.Create(dir + "/f")
	f.WriteString("hello")
	f.Seek(0, io.SeekStart)
	var s io.Seeker = f
	var c io.Closer = f
	big := make([]byte, 8)
	n, err = io.ReadFull(f, big)
	fmt.Println(n, err)
	pos, _ := s.Seek(1, io.SeekStart)
	n, err = io.ReadFull(f, big[:3])
	fmt.Println(pos, n, string(big[:n]), err)
	fmt.Println(c.Close())
}

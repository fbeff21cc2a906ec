// Pins *os.File random access in a temp dir: Seek whence modes, ReadAt/WriteAt, Read to EOF, Truncate, Sync, Stat size changes, reading a closed file error, and os.ReadFile of an empty file.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() {
	dir, err := os.MkdirTemp("", "gojit-seek-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	name := dir + "/data.bin"
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0600)
	fmt.Println("open:", err)
	n, err := f.Write([]byte("0123456789abcdef"))
	fmt.Println(n, err)
	pos, err := f.Seek(4, io.SeekStart)
	fmt.Println(pos, err)
	buf := make([]byte, 3)
	n, err = f.Read(buf)
	fmt.Println(n, err, string(buf))
	pos, _ = f.Seek(2, io.SeekCurrent)
	fmt.Println(pos)
	pos, _ = f.Seek(-2, io.SeekEnd)
	n, err = f.Read(buf)
	fmt.Println(pos, n, err, string(buf[:n]))
	n, err = f.Read(buf)
	fmt.Println(n, err == io.EOF)
	n, err = f.ReadAt(buf, 10)
	fmt.Println(n, err, string(buf))
	n, err = f.ReadAt(buf, 15)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.WriteAt([]byte("XY"), 1)
	fmt.Println(n, err)
	fmt.Println("truncate:", f.Truncate(6), "sync:", f.Sync())
	st, _ := f.Stat()
	fmt.Println(st.Size(), st.Name())
	f.Seek(0, io.SeekStart)
	all, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", all, err)
	fmt.Println("close:", f.Close())
	_, err = f.Read(buf)
	fmt.Println(errors.Is(err, os.ErrClosed), err != nil)
	fmt.Println(f.Close() != nil)
	os.WriteFile(dir+"/empty", nil, 0600)
	e, err := os.ReadFile(dir + "/empty")
	fmt.Println(len(e), e == nil, err)
	g, _ := os.Open(dir + "/empty")
	n, err = g.Read(buf)
	fmt.Println(n, err)
	g.Close()
	_, err = os.OpenFile(dir+"/empty", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
	fmt.Println(errors.Is(err, os.ErrExist))
}

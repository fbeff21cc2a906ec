package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "readdir")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	rel := func(s string) string { return strings.ReplaceAll(s, dir, "$DIR") }

	for _, n := range []string{"b.txt", "a.txt", "c"} {
		if n == "c" {
			os.Mkdir(dir+"/"+n, 0755)
		} else {
			os.WriteFile(dir+"/"+n, []byte("content of "+n), 0644)
		}
	}
	entries, err := os.ReadDir(dir)
	fmt.Println(len(entries), err)
	for _, e := range entries {
		info, err := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), e.Type().IsDir(), info.Name(), info.Size() > 0, err)
		fmt.Println(e)
	}
	fmt.Printf("%T\n", entries[0])
	_, err = os.ReadDir(dir + "/a.txt")
	fmt.Println(rel(err.Error()))
	_, err = os.ReadDir(dir + "/missing")
	fmt.Println(rel(err.Error()), errors.Is(err, fs.ErrNotExist))

	fmt.Println(os.Rename(dir+"/a.txt", dir+"/c/moved.txt"))
	data, err := os.ReadFile(dir + "/c/moved.txt")
	fmt.Println(string(data), err)
	err = os.Rename(dir+"/a.txt", dir+"/x.txt")
	fmt.Println(rel(err.Error()), os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	var le *os.LinkError
	fmt.Println(errors.As(err, &le), le.Op, rel(le.Old), rel(le.New), le.Err)
	fmt.Printf("%T\n", err)

	f, _ := os.OpenFile(dir+"/b.txt", os.O_RDWR, 0)
	pos, err := f.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	buf := make([]byte, 10)
	n, _ := f.Read(buf)
	fmt.Printf("%q\n", buf[:n])
	pos, _ = f.Seek(8, io.SeekStart)
	f.WriteString("OF")
	pos, _ = f.Seek(0, io.SeekCurrent)
	fmt.Println(pos)
	_, err = f.Seek(-100, io.SeekCurrent)
	fmt.Println(rel(err.Error()))
	fmt.Println(f.Sync())
	f.Close()
	_, err = f.Seek(0, 0)
	fmt.Println(rel(err.Error()))
	data, _ = os.ReadFile(dir + "/b.txt")
	fmt.Println(string(data))

	fmt.Println(os.Truncate(dir+"/b.txt", 4))
	data, _ = os.ReadFile(dir + "/b.txt")
	fmt.Printf("%q\n", data)
	fmt.Println(os.Chmod(dir+"/b.txt", 0600))
	info, _ := os.Stat(dir + "/b.txt")
	fmt.Println(info.Mode())

	wd, _ := os.Getwd()
	fmt.Println(os.Chdir(dir + "/c"))
	here, err := os.Getwd()
	fmt.Println(rel(here), err)
	data, err = os.ReadFile("moved.txt")
	fmt.Println(string(data), err)
	fmt.Println(os.Chdir(wd))
	fmt.Println(rel(os.Chdir(dir + "/nope").Error()))
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd, os.SEEK_END)
}

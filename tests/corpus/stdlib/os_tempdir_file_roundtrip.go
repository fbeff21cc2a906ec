// Pins os file round-trips in a temp folder: MkdirTemp, WriteFile/ReadFile, Create/Write/Close, Open + bufio.Scanner, OpenFile append, Stat size/IsDir/Name, Rename, ReadDir sorted names, Remove/RemoveAll and ErrNotExist/ErrExist checks.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	dir, err := os.MkdirTemp("", "gojit-os-test-")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	p := dir + "/" + "a.txt"
	err = os.WriteFile(p, []byte("alpha\nbeta\n\ngamma"), 0644)
	fmt.Println("write:", err)
	data, err := os.ReadFile(p)
	fmt.Printf("read: %q %v\n", data, err)
	f, err := os.Open(p)
	fmt.Println("open:", err)
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("line %d: %q\n", n, sc.Text())
	}
	fmt.Println("scan err:", sc.Err(), "close:", f.Close())
	g, err := os.Create(dir + "/" + "b.txt")
	fmt.Println("create:", err)
	w, err := g.WriteString("hello ")
	fmt.Println(w, err)
	w, err = g.Write([]byte("world"))
	fmt.Println(w, err)
	fmt.Fprintf(g, "! %d\n", 42)
	fmt.Println("close:", g.Close())
	h, err := os.OpenFile(dir + "/" + "b.txt", os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println("openfile:", err)
	h.WriteString("appended\n")
	h.Close()
	data, _ = os.ReadFile(dir + "/" + "b.txt")
	fmt.Printf("%q\n", data)
	st, err := os.Stat(dir + "/" + "b.txt")
	fmt.Println(st.Name(), st.Size(), st.IsDir(), st.Mode().IsRegular(), err)
	dst, _ := os.Stat(dir)
	fmt.Println(dst.IsDir())
	fmt.Println("mkdir:", os.Mkdir(dir + "/" + "sub", 0755))
	err = os.Mkdir(dir + "/" + "sub", 0755)
	fmt.Println(errors.Is(err, os.ErrExist), errors.Is(err, fs.ErrExist))
	fmt.Println("rename:", os.Rename(p, dir + "/" + "sub" + "/" + "c.txt"))
	entries, err := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println("entry", e.Name(), e.IsDir())
	}
	_, err = os.ReadFile(p)
	fmt.Println(errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
	_, err = os.Stat(dir + "/" + "nope")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	fmt.Println("remove:", os.Remove(dir + "/" + "b.txt"))
	err = os.Remove(dir + "/" + "b.txt")
	fmt.Println(errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path[len(dir)+1:])
	err = os.Remove(dir + "/" + "sub")
	fmt.Println("remove nonempty dir fails:", err != nil)
	fmt.Println("removeall:", os.RemoveAll(dir + "/" + "sub"))
	entries, _ = os.ReadDir(dir)
	fmt.Println(len(entries))
}

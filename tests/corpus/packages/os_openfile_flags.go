package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func show(name string) {
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
}

func main() {
	dir, err := os.MkdirTemp("", "flags")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	name := dir + "/f"

	// O_CREATE|O_EXCL creates once, then fails with "file exists".
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0644)
	fmt.Println(err)
	f.WriteString("one\n")
	f.Close()
	_, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0644)
	fmt.Println(err != nil, errors.Is(err, fs.ErrExist), os.IsExist(err))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path == name, pe.Err)
	}

	// O_APPEND adds at the end.
	f, _ = os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	f.WriteString("two\n")
	f.Close()
	show(name)

	// O_TRUNC empties it.
	f, _ = os.OpenFile(name, os.O_RDWR|os.O_TRUNC, 0)
	f.WriteString("three\n")
	f.Close()
	show(name)

	// A file opened read-only cannot be written; a closed one not at all.
	f, _ = os.Open(name)
	_, err = f.Write([]byte("x"))
	fmt.Println(err != nil)
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Err)
	}
	f.Close()
	_, err = f.Read(make([]byte, 4))
	fmt.Println(errors.Is(err, os.ErrClosed), errors.Is(err, fs.ErrClosed))
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Err)
	}
	err = f.Close()
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Err)
	}

	// A nil *File.
	var nf *os.File
	_, err = nf.Write(nil)
	fmt.Println(err, err == os.ErrInvalid)
	fmt.Println(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREATE, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
}

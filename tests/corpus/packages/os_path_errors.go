package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	_, err := os.Open("/nope/x")
	fmt.Println(err)
	fmt.Printf("%T\n", err)
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	fmt.Println(errors.Is(err, os.ErrExist), os.IsExist(err), os.IsPermission(err))
	fmt.Println(os.ErrNotExist == fs.ErrNotExist, os.ErrNotExist)
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe))
	fmt.Println(pe.Op, pe.Path, pe.Err)
	fmt.Printf("%T %v %d\n", pe.Err, pe.Err, pe.Err)
	fmt.Println(pe.Err == syscall.ENOENT, errors.Is(err, syscall.ENOENT))
	fmt.Println(errors.Unwrap(err) == syscall.ENOENT)

	// Wrapped further, errors.Is still finds it; os.IsNotExist does not.
	w := fmt.Errorf("loading config: %w", err)
	fmt.Println(w)
	fmt.Println(errors.Is(w, fs.ErrNotExist), os.IsNotExist(w))

	_, err = os.ReadFile("/nope/y")
	fmt.Println(err)
	err = os.WriteFile("/nope/z", []byte("x"), 0644)
	fmt.Println(err)
	err = os.Remove("/nope/z")
	fmt.Println(err)
	_, err = os.Stat("/nope")
	fmt.Println(err)
	_, err = os.Lstat("/nope")
	fmt.Println(err)
	err = os.Mkdir("/nope/a/b", 0755)
	fmt.Println(err)
	_, err = os.ReadFile("/")
	fmt.Println(err)
	_, err = os.MkdirTemp("", "a/b")
	fmt.Println(err)
	_, err = os.MkdirTemp("/nope", "x*")
	fmt.Println(err)
	fmt.Println(os.RemoveAll("/nope/nothing/here"))
}

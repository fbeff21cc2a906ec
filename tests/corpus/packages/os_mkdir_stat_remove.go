package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

func main() {
	base, err := os.MkdirTemp(os.TempDir(), "tree-*-x")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(base)
	fmt.Println(strings.HasSuffix(base, "-x"))
	rel := func(p string) string { return strings.TrimPrefix(p, base) }

	fmt.Println(os.Mkdir(base+"/a", 0755))
	err = os.Mkdir(base+"/a", 0755)
	fmt.Println(rel(err.(*fs.PathError).Path), errors.Is(err, fs.ErrExist), err.(*fs.PathError).Err)
	fmt.Println(os.MkdirAll(base+"/a/b/c/", 0755))
	fmt.Println(os.MkdirAll(base+"/a/b/c", 0755))
	fmt.Println(os.WriteFile(base+"/a/b/c/file.txt", []byte("0123456789"), 0600))
	err = os.MkdirAll(base+"/a/b/c/file.txt/d", 0755)
	fmt.Println(rel(err.(*fs.PathError).Path), err.(*fs.PathError).Err)

	for _, p := range []string{"/a", "/a/b/c/", "/a/b/c/file.txt"} {
		info, err := os.Stat(base + p)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(info.Name(), info.IsDir(), info.Mode().IsDir(), info.Mode().IsRegular(), info.Mode().Perm())
		if !info.IsDir() {
			fmt.Println(info.Size(), info.Mode(), info.Mode()&fs.ModeType == 0)
		}
	}
	f, _ := os.Open(base + "/a/b/c/file.txt")
	info, err := f.Stat()
	fmt.Println(info.Name(), info.Size(), err)
	f.Close()

	err = os.Remove(base + "/a")
	fmt.Println(rel(err.(*fs.PathError).Path), err.(*fs.PathError).Err)
	fmt.Println(os.Remove(base + "/a/b/c/file.txt"))
	_, err = os.Stat(base + "/a/b/c/file.txt")
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.RemoveAll(base + "/a"))
	_, err = os.Stat(base + "/a")
	fmt.Println(errors.Is(err, os.ErrNotExist))
	fmt.Println(fs.ModeDir, fs.FileMode(0755), os.ModePerm, fs.ModeDir|fs.ModeSymlink|0640)
}

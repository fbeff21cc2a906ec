// filepath.EvalSymlinks over links the program makes (relative, absolute,
// chained, to "..", dangling, looping) and the names its errors report;
// os.Symlink and os.Readlink with their errors; Walk and WalkDir list a
// link without following it. Paths print relative to the tree.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

var root string

func show(v ...any) string {
	return strings.ReplaceAll(fmt.Sprint(v...), root, "ROOT")
}

func main() {
	var err error
	root, err = os.MkdirTemp("", "evaltree")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	if err := os.Chdir(root); err != nil {
		panic(err)
	}
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	must(os.MkdirAll("d/e/f", 0755))
	must(os.WriteFile("d/file", []byte("x"), 0644))
	for _, l := range [][2]string{
		{"d", "ld"}, {"e/f", "d/lef"}, {"../file", "d/e/lfile"}, {root + "/d/e", "abse"},
		{"loop1", "loop2"}, {"loop2", "loop1"}, {"missing", "dangling"}, {"..", "d/up"},
		{".", "dot"}, {"d/../d/e/../..", "weird"},
	} {
		must(os.Symlink(l[0], l[1]))
	}
	err = os.Symlink("d", "ld")
	var linkErr *os.LinkError
	fmt.Println(show(err), errors.As(err, &linkErr), errors.Is(err, fs.ErrExist))

	for _, n := range []string{"ld", "d/e/lfile", "abse", "d", "missing"} {
		target, err := os.Readlink(n)
		fmt.Printf("Readlink(%s) = %s\n", n, show(target, " ", err))
	}

	names := []string{
		"", ".", "d", "ld", "ld/", "ld/lef", "ld/lef/..", "ld/lef/../..", "d/e/lfile",
		"d/e/lfile/", "d/e/lfile/x", "abse", "abse/..", "abse/f/../..", "loop1", "dangling",
		"dangling/x", "missing", "d/up", "d/up/d/up/ld", "dot", "dot/dot/ld/./e", "weird",
		"weird/ld", "d/..", "d/../missing", "x/../d", "d/file/..", "ld/e/../../ld/../missing",
		"./ld//e/", "d/e/f/../../up/missing", "d/up/up", "ld/lef/../lef/../../up/abse",
	}
	for _, n := range names {
		for _, p := range []string{n, root + "/" + n} {
			got, err := filepath.EvalSymlinks(p)
			fmt.Printf("%-28s %s", show(p), show(got, " ", err))
			if err != nil {
				fmt.Print(" ENOTDIR=", err == syscall.ENOTDIR)
			}
			fmt.Println()
		}
	}

	err = filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		info, _ := d.Info()
		fmt.Println("WalkDir", p, d, d.Type(), info.Mode().Type(), err)
		return nil
	})
	fmt.Println(err)
	err = filepath.Walk("d", func(p string, info fs.FileInfo, err error) error {
		fmt.Println("Walk", p, info.Mode().Type(), err)
		return nil
	})
	fmt.Println(err)
	m, err := filepath.Glob("l*/*")
	fmt.Println(m, err)
}

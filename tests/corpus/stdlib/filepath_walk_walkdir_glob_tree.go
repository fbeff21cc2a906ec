// filepath.Walk, WalkDir and Glob over a tree the program makes: lexical
// order, SkipDir from a file and from a directory, SkipAll, errors handed
// to the callback (a missing root; a file or directory removed during the
// walk), an error that stops the walk. Paths print relative to the tree.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

var root string

func rel(p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil {
		return "?" + err.Error()
	}
	return r
}

// hide spells the temporary directory's name as ROOT.
func hide(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), filepath.Base(root), "ROOT")
}

func show(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), root, "ROOT")
}

func main() {
	var err error
	root, err = os.MkdirTemp("", "walktree")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	for _, d := range []string{"b/sub/deep", "a", "c", ".dot", "Z"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0755); err != nil {
			panic(err)
		}
	}
	for _, f := range []string{"b/x.go", "b/y.txt", "b/sub/z.go", "b/sub/deep/w.go", "a/1", "a/10", "a/2", "top.go", "c/gone", ".dot/h.go", "Z/q"} {
		if err := os.WriteFile(filepath.Join(root, f), []byte(f), 0644); err != nil {
			panic(err)
		}
	}

	fmt.Println("WalkDir, all:")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		fmt.Printf("  %s dir=%v type=%v err=%s %s\n", rel(p), d.IsDir(), d.Type(), show(err), hide(d))
		return nil
	})
	fmt.Println("  ->", show(err))

	fmt.Println("Walk, all:")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		size := int64(-1)
		if !info.IsDir() {
			size = info.Size()
		}
		fmt.Printf("  %s name=%s dir=%v size=%d mode=%v err=%s\n", rel(p), hide(info.Name()), info.IsDir(), size, info.Mode().Type(), show(err))
		return nil
	})
	fmt.Println("  ->", show(err))

	fmt.Println("WalkDir, SkipDir at b, SkipDir from file a/10:")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		fmt.Println(" ", rel(p))
		if rel(p) == "b" || rel(p) == "a/10" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("  ->", show(err))

	fmt.Println("Walk, SkipDir at b, SkipDir from file a/10:")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		fmt.Println(" ", rel(p))
		if rel(p) == "b" || rel(p) == "a/10" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("  ->", show(err))

	fmt.Println("SkipAll at b/sub:")
	for _, walk := range []string{"WalkDir", "Walk"} {
		visit := func(p string) error {
			fmt.Println(" ", walk, rel(p))
			if rel(p) == "b/sub" {
				return fs.SkipAll
			}
			return nil
		}
		if walk == "WalkDir" {
			err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error { return visit(p) })
		} else {
			err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error { return visit(p) })
		}
		fmt.Println("  ->", show(err), filepath.SkipAll == fs.SkipAll, filepath.SkipDir == fs.SkipDir)
	}

	fmt.Println("An error stops the walk:")
	stop := errors.New("stop here")
	err = filepath.WalkDir(filepath.Join(root, "b"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println(" ", rel(p))
		if d.Name() == "sub" {
			return stop
		}
		return nil
	})
	fmt.Println("  ->", show(err), err == stop)

	fmt.Println("Missing roots:")
	missing := filepath.Join(root, "missing")
	err = filepath.WalkDir(missing, func(p string, d fs.DirEntry, err error) error {
		fmt.Println("  WalkDir", rel(p), d == nil, show(err), errors.Is(err, fs.ErrNotExist))
		return err
	})
	fmt.Println("  ->", show(err))
	err = filepath.Walk(missing, func(p string, info fs.FileInfo, err error) error {
		fmt.Println("  Walk", rel(p), info == nil, show(err))
		return nil
	})
	fmt.Println("  ->", show(err))

	fmt.Println("Files removed during the walk:")
	err = filepath.Walk(filepath.Join(root, "a"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("  Walk", rel(p), info == nil, show(err))
		if rel(p) == "a/1" {
			os.Remove(filepath.Join(root, "a/10"))
		}
		return nil
	})
	fmt.Println("  ->", show(err))
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if rel(p) == "b" {
			os.RemoveAll(filepath.Join(root, "c"))
		}
		if err != nil || strings.HasPrefix(rel(p), "c") {
			fmt.Println("  WalkDir", rel(p), hide(d), show(err))
		}
		if err != nil && rel(p) == "c" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("  ->", show(err))

	fmt.Println("Glob:")
	for _, pat := range []string{"*.go", "*/*.go", "b/*/*", "[ab]/*", "?/1*", "*/su[a-c]", "nothing*", "top.go", "missing", "b/s*/d*/w.go", "[", "*/["} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		var rels []string
		for _, p := range m {
			rels = append(rels, rel(p))
		}
		fmt.Printf("  %-14s %q nil=%v %v\n", pat, rels, m == nil, err)
	}
	// Glob descends at most 10000 directories of a pattern.
	for _, n := range []int{2, 10000, 10001} {
		m, err := filepath.Glob(root + strings.Repeat("/*", n))
		fmt.Println("  depth", n, len(m), err)
	}
}

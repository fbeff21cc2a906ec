// Package path's lexical functions on edge cases: empty paths, ".." past
// the root, trailing and repeated slashes, dotfiles for Ext.
package main

import (
	"fmt"
	"path"
)

func main() {
	paths := []string{
		"", ".", "..", "/", "//", "///a//b//", "a/b/../..", "a/b/../../..",
		"/../..", "/../a/./b/", "./a", "a/.", "../../x/../y", "abc/./../def/",
		".hidden", "dir/.bashrc", "file.tar.gz", "a.b/c", "a.b/", "noext",
		"x/y.", "/.", "a//b", "a/./b/..//c/", "...", ".../..", "a/.../b",
	}
	for _, p := range paths {
		dir, file := path.Split(p)
		fmt.Printf("%-16q Clean=%q Base=%q Dir=%q Ext=%q Split=%q,%q IsAbs=%v\n",
			p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), dir, file, path.IsAbs(p))
	}
	joins := [][]string{
		{}, {""}, {"", ""}, {"a", "b"}, {"a", "", "b"}, {"", "a"}, {"/", "a"},
		{"a/", "/b/"}, {"a", "../.."}, {"/", ".."}, {"a", "b/../../../c"},
		{"", "/"}, {".", "."}, {"a", "/abs"},
	}
	for _, j := range joins {
		fmt.Printf("Join%q = %q\n", j, path.Join(j...))
	}
}

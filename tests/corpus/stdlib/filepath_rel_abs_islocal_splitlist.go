// path/filepath's lexical functions on Unix: Rel and its errors, Abs
// against the working directory, IsLocal, SplitList, VolumeName, the
// slash conversions and the separators.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	rels := [][2]string{
		{"a/b", "a/b"}, {"a/b", "a/b/c"}, {"a/b/c", "a/b"}, {"a/b", "a/c/d"},
		{"/a/b", "/a/c"}, {"/", "/a/b"}, {"/a/b", "/"}, {".", "a/b"}, {"", "a"},
		{"a", "."}, {"a", ""}, {"..", "a"}, {"../a", "../b"}, {"a", "../b"},
		{"/a", "b"}, {"a", "/b"}, {"a/../..", "x"}, {"a//b/./", "a/b/c/"},
		{"/../x", "/y"}, {"..", ".."}, {"../..", ".."}, {"x/y/z", "x/q"},
	}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q, %v\n", r[0], r[1], rel, err)
	}
	for _, p := range []string{"", ".", "..", "a", "a/..", "a/../..", "../a", "/a", "a/./b", "a/b/../../c", "...", "a/.."} {
		fmt.Printf("IsLocal(%q) = %v\n", p, filepath.IsLocal(p))
	}
	wd, err := os.Getwd()
	if err != nil {
		panic(err)
	}
	abs, err := filepath.Abs("/abs//path/./")
	fmt.Printf("%q %v\n", abs, err)
	for _, p := range []string{"", ".", "x/../y", "sub/"} {
		abs, err := filepath.Abs(p)
		rel, _ := filepath.Rel(wd, abs)
		fmt.Printf("Abs(%q): abs=%v, relative to the working directory %q, %v\n", p, filepath.IsAbs(abs), rel, err)
	}
	for _, l := range []string{"", ":", "/bin:/usr/bin", "a::b:", "single"} {
		fmt.Printf("SplitList(%q) = %q (nil: %v)\n", l, filepath.SplitList(l), filepath.SplitList(l) == nil)
	}
	fmt.Printf("%q %q %q %q\n", filepath.VolumeName("/a/b"), filepath.FromSlash("a/b"), filepath.ToSlash("a\\b"), filepath.Ext("x/.bashrc"))
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator), filepath.Separator == os.PathSeparator)
	d, f := filepath.Split("/usr/lib/go")
	fmt.Println(d, f, filepath.Join("a", "b/", "../c"), filepath.Clean("//a/./b/"), filepath.Base("/x/y/"), filepath.Dir("/x/y/"))
}

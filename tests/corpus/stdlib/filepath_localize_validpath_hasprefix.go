// filepath.Localize (Go 1.23) against fs.ValidPath: empty, rooted, "." and
// ".." elements, doubled and trailing slashes, NUL, invalid UTF-8; the
// deprecated HasPrefix compares bytes, not elements.
package main

import (
	"fmt"
	"io/fs"
	"path/filepath"
)

func main() {
	for _, p := range []string{"", ".", "..", "a", "a/b", "/a", "a/", "a//b", "a/./b", "a/../b", "./a", "a/.", "a\\b", "a\x00b", "\xff", "é/ü", "...", ".a/b.", "a/b/c/d"} {
		l, err := filepath.Localize(p)
		fmt.Printf("%q valid=%v Localize=%q %v\n", p, fs.ValidPath(p), l, err)
	}
	fmt.Println(filepath.HasPrefix("/a/bc", "/a/b"), filepath.HasPrefix("a", "ab"))
}

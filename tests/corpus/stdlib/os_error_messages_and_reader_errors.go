// Pins os error message text for common failures (open/read/mkdir/remove/rename/readdir/stat in a temp dir, with the dir replaced by $TMP), MkdirAll idempotence, nil *os.File errors, and strings.Reader/bytes.Buffer/strings.Builder misuse errors and panics.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

var dir string

func clean(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), dir, "$TMP")
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "gojit-errs-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	_, err = os.Open(dir + "/missing.txt")
	fmt.Println(clean(err))
	_, err = os.ReadFile(dir)
	fmt.Println(clean(err))
	err = os.WriteFile(dir+"/nodir/x.txt", []byte("x"), 0644)
	fmt.Println(clean(err))
	err = os.Mkdir(dir, 0755)
	fmt.Println(clean(err))
	err = os.Remove(dir + "/missing.txt")
	fmt.Println(clean(err))
	err = os.Rename(dir+"/missing.txt", dir+"/other.txt")
	fmt.Println(clean(err))
	_, err = os.ReadDir(dir + "/missing")
	fmt.Println(clean(err))
	_, err = os.Stat(dir + "/missing")
	fmt.Println(clean(err))
	os.WriteFile(dir+"/file", []byte("data"), 0644)
	err = os.Mkdir(dir+"/file/sub", 0755)
	fmt.Println(clean(err))
	err = os.MkdirAll(dir+"/a/b/c", 0755)
	fmt.Println(clean(err), clean(os.MkdirAll(dir+"/a/b/c", 0755)))
	st, err := os.Stat(dir + "/a/b")
	fmt.Println(st.Name(), st.IsDir(), clean(err))
	r := strings.NewReader("abc")
	_, err = r.ReadAt(make([]byte, 1), -1)
	fmt.Println(err)
	_, err = r.Seek(0, 9)
	fmt.Println(err)
	pos, err := r.Seek(10, io.SeekStart)
	fmt.Println(pos, err)
	n, err := r.Read(make([]byte, 1))
	fmt.Println(n, err)
	try("buf-grow", func() { var b bytes.Buffer; b.Grow(-1) })
	try("builder-grow", func() { var b strings.Builder; b.Grow(-1) })
	try("buf-next", func() { var b bytes.Buffer; b.WriteString("ab"); fmt.Printf("%q %q\n", b.Next(5), b.Next(1)) })
	var nf *os.File
	_, err = nf.Write([]byte("x"))
	fmt.Println(err)
	fmt.Println(nf.Close())
}

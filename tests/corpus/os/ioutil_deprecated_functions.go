// io/ioutil's deprecated functions still work: a temporary folder, files
// written and read back, the folder listed sorted by name, ReadAll,
// NopCloser and Discard.
package main

import (
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "ioutil-test")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	for _, f := range []struct{ name, data string }{{"b.txt", "bee"}, {"a.txt", "a"}, {"c.txt", "sea!"}} {
		if err := ioutil.WriteFile(filepath.Join(dir, f.name), []byte(f.data), 0o644); err != nil {
			panic(err)
		}
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	infos, err := ioutil.ReadDir(dir)
	fmt.Println(len(infos), err)
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size(), fi.IsDir())
	}
	data, err := ioutil.ReadFile(filepath.Join(dir, "c.txt"))
	fmt.Printf("%q %v\n", data, err)
	_, err = ioutil.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(err != nil, os.IsNotExist(err))
	all, err := ioutil.ReadAll(strings.NewReader("all of it"))
	fmt.Println(string(all), err)
	rc := ioutil.NopCloser(strings.NewReader("closer"))
	b, _ := io.ReadAll(rc)
	fmt.Println(string(b), rc.Close())
	n, err := fmt.Fprintf(ioutil.Discard, "%d bytes gone", 12345)
	fmt.Println(n, err)
	f, err := ioutil.TempFile(dir, "tmp*.log")
	fmt.Println(err, strings.HasPrefix(filepath.Base(f.Name()), "tmp"), strings.HasSuffix(f.Name(), ".log"))
	f.Close()
	ioutil.Discard = io.MultiWriter()
	fmt.Println(ioutil.Discard != io.Discard)
}

// Pins os.Chmod + FileInfo.Mode() rendering (String, Perm, IsDir, IsRegular, ModeType bits), DirEntry Name/IsDir/Type/Info from os.ReadDir in sorted order, and fs.FileMode String for composed modes.
package main

import (
	"fmt"
	"io/fs"
	"os"
)

func main() {
	dir, err := os.MkdirTemp("", "gojit-mode-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	os.WriteFile(dir+"/f.txt", []byte("hello"), 0600)
	fmt.Println(os.Chmod(dir+"/f.txt", 0640))
	st, _ := os.Stat(dir + "/f.txt")
	fmt.Println(st.Mode(), st.Mode().Perm(), st.Mode().IsDir(), st.Mode().IsRegular(), st.Mode()&fs.ModeType)
	os.Mkdir(dir+"/d", 0700)
	os.Chmod(dir+"/d", 0750)
	ds, _ := os.Stat(dir + "/d")
	fmt.Println(ds.Mode(), ds.Mode().IsDir(), ds.Mode().Perm(), ds.Mode()&fs.ModeDir != 0)
	os.WriteFile(dir+"/b.txt", nil, 0600)
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		info, err := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), e.Type().IsDir(), info.Mode().IsRegular(), err)
	}
	fmt.Println(fs.FileMode(0755), fs.FileMode(0644)|fs.ModeDir, fs.ModeSymlink|0777, fs.FileMode(0))
}

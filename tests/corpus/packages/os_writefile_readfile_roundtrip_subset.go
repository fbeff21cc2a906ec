package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	dir := os.Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	// One file per process: the engines may run side by side.
	path := fmt.Sprintf("%s/gojit_pkgtest_roundtrip_%d.txt", dir, os.Getpid())
	content := "line one\nline two\nüñí\n"
	if err := os.WriteFile(path, []byte(content), 0644); err != nil {
		fmt.Println("write error:", err)
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Println("read error:", err)
		return
	}
	fmt.Println(len(data), string(data) == content)
	for i, l := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		fmt.Printf("%d %q\n", i, l)
	}
	os.WriteFile(path, []byte("short"), 0644)
	data, _ = os.ReadFile(path)
	fmt.Printf("%q\n", data)
	if err := os.Remove(path); err != nil {
		fmt.Println("remove error:", err)
	}
	_, err = os.ReadFile(path)
	fmt.Println(err != nil)
	err = os.Remove(path)
	fmt.Println(err != nil)
	fmt.Println(len(os.Args) >= 1)
	fmt.Println(os.Getenv("GOJIT_SURELY_UNSET_VAR") == "")
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
}

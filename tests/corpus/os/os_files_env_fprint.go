package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ sb strings.Builder }

func (u *upper) Write(p []byte) (int, error) {
	u.sb.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

func emit(w io.Writer, msg string) {
	fmt.Fprintf(w, "[%s]\n", msg)
}

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2.5)
	fmt.Fprint(os.Stderr, "to stderr\n")
	n, err := fmt.Fprintf(os.Stdout, "%d-%s\n", 42, "x")
	fmt.Println(n, err)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%05.1f|%v", 3.14159, []int{1, 2})
	fmt.Println(sb.String())
	u := &upper{}
	emit(u, "shout")
	emit(os.Stdout, "plain")
	fmt.Print(u.sb.String())
	os.Stdout.WriteString("direct\n")
	os.Stdout.Write([]byte("bytes\n"))
	fmt.Println(len(os.Args) >= 1, os.Getenv("GOJIT_TEST_UNSET") == "")
	v, ok := os.LookupEnv("GOJIT_TEST_UNSET")
	fmt.Printf("%q %v\n", v, ok)
	// One file per process: the engines may run side by side.
	path := fmt.Sprintf("/tmp/gojit_os_test_%d.txt", os.Getpid())
	if err := os.WriteFile(path, []byte("line1\nline2\n"), 0644); err != nil {
		fmt.Println("write:", err)
	}
	data, err := os.ReadFile(path)
	fmt.Printf("%q %v %d\n", string(data), err, len(data))
	err1, err2 := os.Remove(path), os.Remove(path)
	fmt.Println(err1, strings.Replace(err2.Error(), path, "PATH", 1))
	_, err = os.ReadFile("/nonexistent/file")
	fmt.Println(err)
	fmt.Println(io.EOF, errors.Is(fmt.Errorf("wrap: %w", io.EOF), io.EOF), io.EOF == io.EOF)
	fmt.Printf("%T %T\n", os.Stdout, io.EOF)
}

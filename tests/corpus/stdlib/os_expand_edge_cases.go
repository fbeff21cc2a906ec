// Pins os.Expand's parsing ($name, ${name}, one-character shell names, "$" at the end or before a non-name, "${}" and an unclosed "${" dropped), Setenv's EINVAL errors as *os.SyscallError, Unsetenv of an unset key, and File.ReadAt/WriteAt/Truncate errors (negative offsets, closed file).
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	m := func(k string) string { return "[" + k + "]" }
	for _, s := range []string{"plain", "$", "a$", "$$", "$1x", "${*}", "$*x", "${}", "${abc", "x${a b}y", "$-$?$!", "$_a1.b", "$ é", "${é}", "$é"} {
		fmt.Printf("%q -> %q\n", s, os.Expand(s, m))
	}
	for _, kv := range [][2]string{{"", "v"}, {"A=B", "v"}, {"A\x00", "v"}, {"GOJIT_OK", "a\x00b"}} {
		err := os.Setenv(kv[0], kv[1])
		var se *os.SyscallError
		fmt.Println(err, errors.As(err, &se), errors.Is(err, syscall.EINVAL))
	}
	fmt.Println(os.Unsetenv("GOJIT_NEVER_SET_ANYWHERE"))
	os.Setenv("GOJIT_EMPTY", "")
	v, ok := os.LookupEnv("GOJIT_EMPTY")
	fmt.Printf("%q %v %q\n", v, ok, os.ExpandEnv("<$GOJIT_EMPTY>"))

	dir, err := os.MkdirTemp("", "gojit-expand-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	f, err := os.Create(dir + "/f")
	if err != nil {
		fmt.Println(err)
		return
	}
	buf := make([]byte, 4)
	_, err = f.ReadAt(buf, -1)
	fmt.Println(err != nil, errors.Unwrap(err))
	_, err = f.WriteAt(buf, -1)
	fmt.Println(err != nil, errors.Unwrap(err))
	n, err := f.WriteAt([]byte("far"), 6)
	fmt.Println(n, err)
	n, err = f.ReadAt(buf, 0)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	fmt.Println(f.Truncate(2))
	st, _ := f.Stat()
	fmt.Println(st.Size())
	f.Close()
	_, err = f.ReadAt(buf, 0)
	fmt.Println(errors.Is(err, os.ErrClosed))
	err = f.Truncate(0)
	fmt.Println(errors.Is(err, os.ErrClosed))
}

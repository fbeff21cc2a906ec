// Dot imports of os (with the names it aliases from io/fs), runtime (a
// variable assigned through its address) and math/rand (a seeded source).
package main

import (
	"errors"
	"fmt"
	. "math/rand"
	. "os"
	. "runtime"
)

func main() {
	var m FileMode = 0644
	fmt.Println(m, ModeDir.IsDir(), ModePerm)
	_, err := Open("/nonexistent/x")
	var pe *PathError
	fmt.Println(errors.As(err, &pe), pe.Op, IsNotExist(err), errors.Is(err, ErrNotExist))
	var fi FileInfo
	fmt.Println(fi == nil, GOOS, NumGoroutine())
	r := New(NewSource(1))
	fmt.Println(r.Intn(100), r.Intn(100))
	MemProfileRate = 5
	p := &MemProfileRate
	*p += 1
	fmt.Println(MemProfileRate)
	if len(Args) > 0 {
		fmt.Println("args")
	}
}

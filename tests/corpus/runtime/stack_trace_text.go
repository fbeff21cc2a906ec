// runtime.Stack writes the calling goroutine's trace (and, with all, the
// other goroutines'), Go's way: a header, then a function line and a
// tab-indented file:line line per frame, method value wrappers left out,
// and where a goroutine was started; a short buffer takes the start of it.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct{}

func (T) Trace(all bool) string {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, all)
	return string(buf[:n])
}

// describe prints the lines of a trace without what differs between
// builds: goroutine numbers, file paths and code offsets.
func describe(trace string) {
	for _, line := range strings.Split(strings.TrimRight(trace, "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "goroutine "):
			fmt.Println("header", line[strings.Index(line, "["):])
		case strings.HasPrefix(line, "\t"):
			file, _, _ := strings.Cut(line[strings.LastIndex(line, "/")+1:], " ")
			fmt.Println("  at", file)
		case line == "":
			fmt.Println("--")
		case strings.HasPrefix(line, "created by "):
			fmt.Println("  created by", strings.Fields(line)[2])
		default:
			fmt.Println("  func", line[:strings.Index(line, "(")])
		}
	}
}

func main() {
	var t T
	trace := t.Trace
	describe(trace(false))
	block, started := make(chan int), make(chan bool)
	go func() {
		started <- true
		<-block
	}()
	<-started
	runtime.Gosched()
	describe(t.Trace(true))
	buf := make([]byte, 10)
	n := runtime.Stack(buf, false)
	fmt.Printf("%d %q\n", n, buf[:n])
}

package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where() string {
	pc, _, line, ok := runtime.Caller(1)
	return fmt.Sprint(runtime.FuncForPC(pc).Name(), ":", line, " ", ok)
}

func trace(skip int) []string {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(skip, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		entry := f.Function
		if strings.HasPrefix(f.Function, "main.") {
			entry += fmt.Sprint(":", f.Line, " ", strings.HasSuffix(f.File, "runtime_callers_frames.go"))
		}
		out = append(out, entry)
		if !more {
			break
		}
	}
	return out
}

type T struct{}

func (T) Method() []string { return trace(1) }

func inner() []string { return trace(0) }

func outer() []string {
	return inner()
}

func main() {
	fmt.Println(where())
	for _, f := range outer() {
		fmt.Println(f)
	}
	fmt.Println(T{}.Method())
	func() {
		fmt.Println(trace(2)[0])
	}()
}

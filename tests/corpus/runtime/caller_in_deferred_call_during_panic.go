package main

import (
	"fmt"
	"runtime"
	"strings"
)

// runtime.Caller and Callers from a deferred call that a panic runs see
// runtime.gopanic between it and the panicking function, as in Go; a
// deferred call run at a normal return sees its function directly.

func base(file string) string { return file[strings.LastIndex(file, "/")+1:] }

func where(tag string) {
	for i := 1; i < 5; i++ {
		pc, file, line, ok := runtime.Caller(i)
		if !ok {
			break
		}
		fmt.Println(tag, i, runtime.FuncForPC(pc).Name(), base(file), line)
	}
	pcs := make([]uintptr, 10)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		fmt.Println(tag, "frame", f.Function, base(f.File), f.Line)
		if !more {
			break
		}
	}
}

func panics() {
	defer func() {
		where("panic")
		recover()
	}()
	panic("p")
}

func returns() {
	defer where("return")
}

func main() {
	panics()
	returns()
}

package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

// Line directives change the positions runtime.Caller, runtime.Callers
// and panics report.

func where() string {
	_, file, line, ok := runtime.Caller(1)
	if !ok {
		return "no caller"
	}
	if strings.HasSuffix(file, "line_directives_change_positions.go") {
		file = filepath.Base(file)
	}
	return fmt.Sprintf("%s:%d", file, line)
}

func show(label string, f func() string) {
	fmt.Printf("%-10s %s\n", label, f())
}

var idx = 7

// failedAt reports where the bounds check in f failed.
func failedAt(f func()) (at string) {
	defer func() {
		recover()
		pcs := make([]uintptr, 20)
		n := runtime.Callers(1, pcs)
		frames := runtime.CallersFrames(pcs[:n])
		for {
			frame, more := frames.Next()
			if strings.HasPrefix(frame.Function, "main.main.func") {
				at = fmt.Sprintf("%s:%d", filepath.Base(frame.File), frame.Line)
				return
			}
			if !more {
				return
			}
		}
	}()
	f()
	return ""
}

func main() {
	fmt.Println("plain", where())
//line gen.go:100
	fmt.Println("gen", where())
	fmt.Println("next", where())

//line /abs/path/tmpl.go:7
	fmt.Println("abs", where())
//line c:/windows/path.go:42
	fmt.Println("colon", where())
//line :11:22
	fmt.Println("keep file", where())
	/*line inline.go:500:3*/ fmt.Println("inline", where())
	fmt.Println("after", where()); /*line :9:1*/ fmt.Println("same line", where())
	show("closure", func() string {
		return where()
	})

//line :3
	fmt.Println("no file", where())
	// A comment that only looks like one: //line nope.go:1
	s := "//line not.go:1"
	fmt.Println(len(s), where())

//line index.go:1
	var a [3]int
	var sl []int
	str := "abc"
	fmt.Println(failedAt(func() { _ = a /*line :1000:1*/ [ /*line :2000:1*/ idx] }))
	fmt.Println(failedAt(func() { sl /*line :1100:1*/ [ /*line :2100:1*/ idx] = 1 }))
	fmt.Println(failedAt(func() { _ = str /*line :1200:1*/ [ /*line :2200:1*/ idx:] }))
	fmt.Println(failedAt(func() { _ = sl /*line :1300:1*/ [: /*line :2300:1*/ idx] }))
	fmt.Println(failedAt(func() { _ = str /*line :1400:1*/ [ /*line :2400:1*/ idx] }))
}

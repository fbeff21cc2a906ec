package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	parts := strings.Split(file, "/")
	return fmt.Sprintf("%s:%d %v", parts[len(parts)-1], line, ok)
}

func inner() {
	fmt.Println("inner called from", where())
	_, _, line, _ := runtime.Caller(0)
	fmt.Println("line", line)
}

func main() {
	fmt.Println(where())
	inner()
	func() {
		fmt.Println("closure", where())
	}()
	defer func() { fmt.Println("deferred", where()) }()
	_, _, _, ok := runtime.Caller(50)
	fmt.Println(ok, runtime.GOOS, runtime.NumGoroutine())
}

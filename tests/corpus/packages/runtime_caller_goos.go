package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	if !ok {
		return "?"
	}
	idx := strings.LastIndex(file, "/")
	return fmt.Sprintf("%s:%d", file[idx+1:], line)
}

func helper() string {
	return where()
}

func main() {
	fmt.Println(where())
	fmt.Println(helper())
	_, file, line, ok := runtime.Caller(0)
	fmt.Println(strings.HasSuffix(file, "runtime_caller_goos.go"), line, ok)
	fmt.Println(runtime.GOOS)
	runtime.GC()
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	done := make(chan bool)
	go func() {
		fmt.Println("in goroutine", where())
		done <- true
	}()
	<-done
	_, _, _, ok = runtime.Caller(100)
	fmt.Println(ok)
}

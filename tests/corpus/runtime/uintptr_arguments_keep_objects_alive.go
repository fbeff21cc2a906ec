// An address passed as uintptr(p) keeps its object alive until the call
// returns, even when the call is deferred or started as a goroutine: the
// collector runs inside the callee and the finalizer that would spoil the
// object does not run before the callee has read it.
package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type record struct {
	text string
	n    int
}

var done = make(chan string, 1)

func fresh(text string) unsafe.Pointer {
	r := &record{text: text, n: len(text)}
	runtime.SetFinalizer(r, func(r *record) { r.text = "spoiled" })
	return unsafe.Pointer(r)
}

//go:uintptrescapes
func read(how string, p uintptr, more ...uintptr) string {
	runtime.GC()
	runtime.GC()
	out := how + ":"
	for _, a := range append([]uintptr{p}, more...) {
		r := (*record)(unsafe.Pointer(a))
		out += fmt.Sprintf(" %s/%d", r.text, r.n)
	}
	done <- out
	return out
}

type reader struct{}

//go:uintptrescapes
func (reader) read(how string, p uintptr) string { return read(how, p) }

func main() {
	read("call", uintptr(fresh("a")), uintptr(fresh("bb")))
	fmt.Println(<-done)

	go read("go", uintptr(fresh("ccc")))
	fmt.Println(<-done)

	func() {
		defer read("defer", uintptr(fresh("dddd")), uintptr(fresh("e")))
	}()
	fmt.Println(<-done)

	var r reader
	func() {
		defer r.read("method", uintptr(fresh("ff")))
	}()
	fmt.Println(<-done)
}

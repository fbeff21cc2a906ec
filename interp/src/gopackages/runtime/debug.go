// Package debug, as gojit provides it: SetGCPercent and SetMaxStack are
// natives; the traces are runtime.Stack's.
package debug

import (
	"os"
	"runtime"
)

// FreeOSMemory forces a garbage collection.
func FreeOSMemory() {
	runtime.GC()
}

// Stack returns the calling goroutine's trace, as runtime.Stack formats it.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack prints Stack's trace to standard error.
func PrintStack() {
	os.Stderr.Write(Stack())
}

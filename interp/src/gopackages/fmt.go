// Package fmt's Append functions, as gojit provides them: written in Go
// over the native Sprint functions (this file reaches them as fmt.X,
// importing its own package).
package fmt

import "fmt"

// Append appends the Sprint text of a to b.
func Append(b []byte, a ...any) []byte { return append(b, fmt.Sprint(a...)...) }

// Appendf appends the Sprintf text of format and a to b.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, fmt.Sprintf(format, a...)...)
}

// Appendln appends the Sprintln text of a to b.
func Appendln(b []byte, a ...any) []byte { return append(b, fmt.Sprintln(a...)...) }

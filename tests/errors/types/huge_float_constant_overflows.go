// Huge and tiny untyped float constants compile; they fail only where a
// typed value must hold them, printed as go/constant prints them.
package main

const (
	huge = 1e646456992
	tiny = -1.5e-646456992
)

var _ = huge
var _ int = tiny
var _ = -huge
var _ int64 = 2.5e-10000
var _ float32 = 1e-10000 * 1e10000 * 1e39
var _ = complex(1, tiny) * 1e1000
var _ byte = 0x1.8p10000
var _ = 0x1p-2147483649
var _ [huge]int

func main() {}

// Past the exponents of Go's 512-bit constant floats: a literal is
// malformed, an operation's result not representable, and a complex
// divisor whose parts square to 0 a division by zero.
package main

const x = 6e5518446744
const _ = x * x
const _ = 1e-1000000000
const _ = 1e+1000000000
const _ = 0x1p-2147483700

const a = 1e+500000000
const b = a * a
const c = b * b

var _ = a / (1 / a)
var _ = 1 / 1e-600000000i
var _ = 1i / (1e-600000000 + 1e-600000000i)

func main() {}

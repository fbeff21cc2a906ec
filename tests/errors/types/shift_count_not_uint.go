// A constant shift count must be representable as a uint, checked as Go
// checks it: after the shifted operand, before any conversion, and
// within 1074 for a constant shift.
package main

var s uint = 2

var _ = 1 << 0.5
var _ = 1 << (1 << 70)
var _ = 1 << (1 + 1i)
var _ = 1 << 1e10000
var _ = 1.5 << 0.5
var _ = 1 << "a"
var _ = 1 << 1075
var _ = 1 << 1074
var _ = 1 << -1.0
var _ = s << 1e-10000

func main() {}

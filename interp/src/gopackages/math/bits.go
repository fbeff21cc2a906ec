// Package math/bits, as gojit provides it: bit counting and manipulation,
// written in Go and compiled with the program that imports it.
package bits

// UintSize is the size of a uint in bits.
const UintSize = 64

// LeadingZeros gives the number of leading zero bits in x.
func LeadingZeros(x uint) int { return UintSize - Len(x) }

// LeadingZeros8 gives the number of leading zero bits in x.
func LeadingZeros8(x uint8) int { return 8 - Len8(x) }

// LeadingZeros16 gives the number of leading zero bits in x.
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }

// LeadingZeros32 gives the number of leading zero bits in x.
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }

// LeadingZeros64 gives the number of leading zero bits in x.
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// TrailingZeros gives the number of trailing zero bits in x (UintSize for 0).
func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }

// TrailingZeros8 gives the number of trailing zero bits in x (8 for 0).
func TrailingZeros8(x uint8) int { return min(TrailingZeros64(uint64(x)), 8) }

// TrailingZeros16 gives the number of trailing zero bits in x (16 for 0).
func TrailingZeros16(x uint16) int { return min(TrailingZeros64(uint64(x)), 16) }

// TrailingZeros32 gives the number of trailing zero bits in x (32 for 0).
func TrailingZeros32(x uint32) int { return min(TrailingZeros64(uint64(x)), 32) }

// TrailingZeros64 gives the number of trailing zero bits in x (64 for 0).
func TrailingZeros64(x uint64) int {
	if x == 0 {
		return 64
	}
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

// OnesCount gives the number of one bits in x.
func OnesCount(x uint) int { return OnesCount64(uint64(x)) }

// OnesCount8 gives the number of one bits in x.
func OnesCount8(x uint8) int { return OnesCount64(uint64(x)) }

// OnesCount16 gives the number of one bits in x.
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }

// OnesCount32 gives the number of one bits in x.
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

// OnesCount64 gives the number of one bits in x.
func OnesCount64(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

// RotateLeft gives x rotated left by k bits (right for negative k).
func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

// RotateLeft8 gives x rotated left by k bits (right for negative k).
func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

// RotateLeft16 gives x rotated left by k bits (right for negative k).
func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

// RotateLeft32 gives x rotated left by k bits (right for negative k).
func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

// RotateLeft64 gives x rotated left by k bits (right for negative k).
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// Reverse gives x with its bits in reverse order.
func Reverse(x uint) uint { return uint(Reverse64(uint64(x))) }

// Reverse8 gives x with its bits in reverse order.
func Reverse8(x uint8) uint8 { return uint8(Reverse64(uint64(x)) >> 56) }

// Reverse16 gives x with its bits in reverse order.
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }

// Reverse32 gives x with its bits in reverse order.
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }

// Reverse64 gives x with its bits in reverse order.
func Reverse64(x uint64) uint64 {
	var r uint64
	for i := 0; i < 64; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

// ReverseBytes gives x with its bytes in reverse order.
func ReverseBytes(x uint) uint { return uint(ReverseBytes64(uint64(x))) }

// ReverseBytes16 gives x with its bytes in reverse order.
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

// ReverseBytes32 gives x with its bytes in reverse order.
func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }

// ReverseBytes64 gives x with its bytes in reverse order.
func ReverseBytes64(x uint64) uint64 {
	var r uint64
	for i := 0; i < 8; i++ {
		r = r<<8 | x&0xff
		x >>= 8
	}
	return r
}

// Len gives the number of bits needed to represent x (0 for 0).
func Len(x uint) int { return Len64(uint64(x)) }

// Len8 gives the number of bits needed to represent x (0 for 0).
func Len8(x uint8) int { return Len64(uint64(x)) }

// Len16 gives the number of bits needed to represent x (0 for 0).
func Len16(x uint16) int { return Len64(uint64(x)) }

// Len32 gives the number of bits needed to represent x (0 for 0).
func Len32(x uint32) int { return Len64(uint64(x)) }

// Len64 gives the number of bits needed to represent x (0 for 0).
func Len64(x uint64) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

// Add gives x + y + carry and the carry out (carry must be 0 or 1).
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 gives x + y + carry and the carry out.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

// Add64 gives x + y + carry and the carry out.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return
}

// Sub gives x - y - borrow and the borrow out (borrow must be 0 or 1).
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 gives x - y - borrow and the borrow out.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 31
	return
}

// Sub64 gives x - y - borrow and the borrow out.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
	return
}

// Mul gives the full product of x and y: its high and low words.
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Mul32 gives the 64-bit product of x and y in two halves.
func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

// Mul64 gives the 128-bit product of x and y in two halves.
func Mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1, w2 := t&mask32, t>>32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return
}

// Div gives the quotient and remainder of (hi, lo) divided by y; panics
// when y is 0 or the quotient overflows.
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Div32 is Div for 32-bit halves.
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic(overflow{})
	}
	z := uint64(hi)<<32 | uint64(lo)
	return uint32(z / uint64(y)), uint32(z % uint64(y))
}

// Div64 is Div for 64-bit halves, by restoring long division.
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		// The runtime's integer divide by zero panic.
		return lo / y, 0
	}
	if y <= hi {
		panic(overflow{})
	}
	rem = hi
	for i := 0; i < 64; i++ {
		top := rem >> 63
		rem = rem<<1 | lo>>63
		lo <<= 1
		quo <<= 1
		if top != 0 || rem >= y {
			rem -= y
			quo |= 1
		}
	}
	return quo, rem
}

// overflow is the runtime error a quotient too large for its word is.
type overflow struct{}

func (overflow) Error() string { return "runtime error: integer overflow" }

// RuntimeError marks overflow as a runtime error.
func (overflow) RuntimeError() {}

// Rem gives the remainder of (hi, lo) divided by y; panics when y is 0.
func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

// Rem32 is Rem for 32-bit halves.
func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

// Rem64 is Rem for 64-bit halves.
func Rem64(hi, lo, y uint64) uint64 {
	_, rem := Div64(hi%y, lo, y)
	return rem
}

// Package rand (math/rand/v2) as gojit provides it: written in Go over the
// native rand.runtimeUint64 (this file reaches it by importing its own
// package). PCG gives Go's exact sequences; the top-level functions are
// seeded at random, as Go's are. ChaCha8 is not provided yet.
package rand

import (
	"math/bits"
	"math/rand/v2"
)

// A Source is a source of uniformly distributed uint64 values.
type Source interface {
	Uint64() uint64
}

// A PCG is a PCG generator with 128 bits of state (a 128-bit LCG with
// the DXSM output function).
type PCG struct {
	hi uint64
	lo uint64
}

// NewPCG gives a PCG seeded with seed1 and seed2.
func NewPCG(seed1, seed2 uint64) *PCG {
	return &PCG{seed1, seed2}
}

// Seed seeds the PCG again.
func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi = seed1
	p.lo = seed2
}

// next advances the state by the LCG step and gives it.
func (p *PCG) next() (hi, lo uint64) {
	const (
		mulHi = 2549297995355413924
		mulLo = 4865540595714422341
		incHi = 6364136223846793005
		incLo = 1442695040888963407
	)
	hi, lo = bits.Mul64(p.lo, mulLo)
	hi += p.hi*mulLo + p.lo*mulHi
	lo, c := bits.Add64(lo, incLo, 0)
	hi, _ = bits.Add64(hi, incHi, c)
	p.lo = lo
	p.hi = hi
	return hi, lo
}

// Uint64 gives the next number.
func (p *PCG) Uint64() uint64 {
	hi, lo := p.next()
	const cheapMul = 0xda942042e4dd58b5
	hi ^= hi >> 32
	hi *= cheapMul
	hi ^= hi >> 48
	hi *= lo | 1
	return hi
}

// runtimeSource gives random numbers.
type runtimeSource struct{}

func (runtimeSource) Uint64() uint64 { return rand.runtimeUint64() }

// A Rand is a source of random numbers.
type Rand struct {
	src Source
}

// New gives a Rand that takes its numbers from src.
func New(src Source) *Rand {
	return &Rand{src: src}
}

// Int64 gives a non-negative int64.
func (r *Rand) Int64() int64 { return int64(r.src.Uint64() &^ (1 << 63)) }

// Uint32 gives a uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }

// Uint64 gives a uint64.
func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

// Int32 gives a non-negative int32.
func (r *Rand) Int32() int32 { return int32(r.src.Uint64() >> 33) }

// Int gives a non-negative int.
func (r *Rand) Int() int { return int(uint(r.src.Uint64()) << 1 >> 1) }

// Uint gives a uint.
func (r *Rand) Uint() uint { return uint(r.src.Uint64()) }

// uint64n gives a uint64 in [0, n) by Lemire's multiply-and-reject.
func (r *Rand) uint64n(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

// Int64N gives an int64 in [0, n); it panics when n <= 0.
func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.uint64n(uint64(n)))
}

// Uint64N gives a uint64 in [0, n); it panics when n == 0.
func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.uint64n(n)
}

// Int32N gives an int32 in [0, n); it panics when n <= 0.
func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.uint64n(uint64(n)))
}

// Uint32N gives a uint32 in [0, n); it panics when n == 0.
func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.uint64n(uint64(n)))
}

// IntN gives an int in [0, n); it panics when n <= 0.
func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.uint64n(uint64(n)))
}

// UintN gives a uint in [0, n); it panics when n == 0.
func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.uint64n(uint64(n)))
}

// Float64 gives a float64 in [0.0, 1.0).
func (r *Rand) Float64() float64 { return float64(r.Uint64()<<11>>11) / (1 << 53) }

// Float32 gives a float32 in [0.0, 1.0).
func (r *Rand) Float32() float32 { return float32(r.Uint32()<<8>>8) / (1 << 24) }

// Perm gives a random permutation of [0, n).
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle shuffles n elements with swap; it panics when n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.uint64n(uint64(i + 1)))
		swap(i, j)
	}
}

// global is the Rand of the top-level functions.
func global() *Rand { return &Rand{src: runtimeSource{}} }

// Int64 gives a random non-negative int64.
func Int64() int64 { return global().Int64() }

// Uint32 gives a random uint32.
func Uint32() uint32 { return global().Uint32() }

// Uint64 gives a random uint64.
func Uint64() uint64 { return global().Uint64() }

// Int32 gives a random non-negative int32.
func Int32() int32 { return global().Int32() }

// Int gives a random non-negative int.
func Int() int { return global().Int() }

// Uint gives a random uint.
func Uint() uint { return global().Uint() }

// Int64N gives a random int64 in [0, n).
func Int64N(n int64) int64 { return global().Int64N(n) }

// Uint64N gives a random uint64 in [0, n).
func Uint64N(n uint64) uint64 { return global().Uint64N(n) }

// Int32N gives a random int32 in [0, n).
func Int32N(n int32) int32 { return global().Int32N(n) }

// Uint32N gives a random uint32 in [0, n).
func Uint32N(n uint32) uint32 { return global().Uint32N(n) }

// IntN gives a random int in [0, n).
func IntN(n int) int { return global().IntN(n) }

// UintN gives a random uint in [0, n).
func UintN(n uint) uint { return global().UintN(n) }

// Float64 gives a random float64 in [0.0, 1.0).
func Float64() float64 { return global().Float64() }

// Float32 gives a random float32 in [0.0, 1.0).
func Float32() float32 { return global().Float32() }

// Perm gives a random permutation of [0, n).
func Perm(n int) []int { return global().Perm(n) }

// Shuffle shuffles n elements with swap.
func Shuffle(n int, swap func(i, j int)) { global().Shuffle(n, swap) }

// N gives a random value in [0, n) of any integer type; it panics when
// n <= 0.
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(global().uint64n(uint64(n)))
}

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// Package rand (math/rand/v2) as gojit provides it: written in Go over the
// natives rand.runtimeUint64, the ziggurat tables and the ChaCha8
// generator (this file reaches them by importing its own package). PCG and
// ChaCha8 give Go's exact sequences; the top-level functions are seeded at
// random, as Go's are.
package rand

import (
	"errors"
	"math"
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

// MarshalBinary gives the state: "pcg:" and the two words, big-endian.
func (p *PCG) MarshalBinary() ([]byte, error) {
	b := append([]byte("pcg:"), make([]byte, 16)...)
	putBE(b[4:], p.hi)
	putBE(b[12:], p.lo)
	return b, nil
}

// UnmarshalBinary restores a state MarshalBinary gave.
func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != 20 || string(data[:4]) != "pcg:" {
		return errors.New("invalid PCG encoding")
	}
	p.hi = getBE(data[4:])
	p.lo = getBE(data[12:])
	return nil
}

// putBE stores x in b[:8], most significant byte first.
func putBE(b []byte, x uint64) {
	for i := 7; i >= 0; i-- {
		b[i] = byte(x)
		x >>= 8
	}
}

// getBE reads b[:8], most significant byte first.
func getBE(b []byte) uint64 {
	var x uint64
	for _, c := range b[:8] {
		x = x<<8 | uint64(c)
	}
	return x
}

// putLE stores x in b[:8], least significant byte first.
func putLE(b []byte, x uint64) {
	for i := range 8 {
		b[i] = byte(x)
		x >>= 8
	}
}

// getLE reads b[:8], least significant byte first.
func getLE(b []byte) uint64 {
	var x uint64
	for i := 7; i >= 0; i-- {
		x = x<<8 | uint64(b[i])
	}
	return x
}

// A ChaCha8 is a ChaCha8-based generator: Go's, so a seed gives Go's
// sequence. The runtime keeps the generator's state; the struct keeps the
// bytes of a number Read has only partly given.
type ChaCha8 struct {
	h       int
	readBuf [8]byte
	readLen int
}

// NewChaCha8 gives a ChaCha8 seeded with seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	s := seed[:]
	return &ChaCha8{h: rand.chachaNew(getLE(s), getLE(s[8:]), getLE(s[16:]), getLE(s[24:]))}
}

// Seed seeds the generator again and forgets any partly read number.
func (c *ChaCha8) Seed(seed [32]byte) {
	s := seed[:]
	rand.chachaRestore(c.h, 0, getLE(s), getLE(s[8:]), getLE(s[16:]), getLE(s[24:]))
	c.readLen = 0
	c.readBuf = [8]byte{}
}

// Uint64 gives the next number.
func (c *ChaCha8) Uint64() uint64 { return rand.chachaUint64(c.h) }

// Read fills p with the generator's numbers as little-endian bytes,
// keeping the rest of a number it splits for the next Read; it never
// fails.
func (c *ChaCha8) Read(p []byte) (n int, err error) {
	if c.readLen > 0 {
		n = copy(p, c.readBuf[len(c.readBuf)-c.readLen:])
		c.readLen -= n
		p = p[n:]
	}
	for len(p) >= 8 {
		putLE(p, c.Uint64())
		p = p[8:]
		n += 8
	}
	if len(p) > 0 {
		putLE(c.readBuf[:], c.Uint64())
		n += copy(p, c.readBuf[:])
		c.readLen = 8 - len(p)
	}
	return n, nil
}

// MarshalBinary gives the state as Go encodes it: "chacha8:", the count
// of numbers given since the seed last changed (big-endian) and the seed
// (little-endian words), after "readbuf:" and the unread bytes when a
// Read split a number.
func (c *ChaCha8) MarshalBinary() ([]byte, error) {
	var out []byte
	if c.readLen > 0 {
		out = append([]byte("readbuf:"), byte(c.readLen))
		out = append(out, c.readBuf[len(c.readBuf)-c.readLen:]...)
	}
	b := append([]byte("chacha8:"), make([]byte, 40)...)
	putBE(b[8:], rand.chachaState(c.h, 0))
	for i := 1; i <= 4; i++ {
		putLE(b[8+8*i:], rand.chachaState(c.h, i))
	}
	return append(out, b...), nil
}

// UnmarshalBinary restores a state MarshalBinary gave.
func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	if len(data) >= 8 && string(data[:8]) == "readbuf:" {
		data = data[8:]
		if len(data) == 0 || len(data) < 1+int(data[0]) {
			return errors.New("invalid ChaCha8 Read buffer encoding")
		}
		buf := data[1 : 1+data[0]]
		data = data[1+data[0]:]
		c.readLen = copy(c.readBuf[len(c.readBuf)-len(buf):], buf)
	}
	if len(data) != 48 || string(data[:8]) != "chacha8:" {
		return errors.New("invalid ChaCha8 encoding")
	}
	// The last chunk before a reseed keeps its final four numbers back.
	used := getBE(data[8:])
	if used > 4*32-4 {
		return errors.New("invalid ChaCha8 encoding")
	}
	rand.chachaRestore(c.h, used, getLE(data[16:]), getLE(data[24:]), getLE(data[32:]), getLE(data[40:]))
	return nil
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

// NormFloat64 gives a normally distributed float64 (mean 0, standard
// deviation 1) by Marsaglia and Tsang's ziggurat, as math/rand's does but
// taking the sign and point from the low 32 bits of a draw and the layer
// from the bits above.
func (r *Rand) NormFloat64() float64 {
	const rn = 3.442619855899
	for {
		u := r.Uint64()
		j := int32(u)
		i := int(u >> 32 & 0x7F)
		k, w, f := rand.normTable(i)
		x := float64(j) * float64(w)
		abs := uint32(j)
		if j < 0 {
			abs = uint32(-j)
		}
		if abs < k {
			return x
		}
		if i == 0 {
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		_, _, above := rand.normTable(i - 1)
		if f+float32(r.Float64())*(above-f) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 gives an exponentially distributed float64 (rate 1) by the
// ziggurat, the point from the low 32 bits of a draw and the layer from
// the 8 above; the tail past re is re plus a fresh exponential draw.
func (r *Rand) ExpFloat64() float64 {
	const re = 7.69711747013104972
	for {
		u := r.Uint64()
		j := uint32(u)
		i := int(uint8(u >> 32))
		k, w, f := rand.expTable(i)
		x := float64(j) * float64(w)
		if j < k {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64())
		}
		_, _, above := rand.expTable(i - 1)
		if f+float32(r.Float64())*(above-f) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// A Zipf gives Zipf-distributed numbers: k in [0, imax] with probability
// proportional to (v+k)**-s.
type Zipf struct {
	r       *Rand
	imax    float64
	v       float64
	q       float64
	s       float64
	oneMinQ float64
	invOneQ float64
	hImax   float64
	hSpan   float64
}

// h is the integral of the hat function (v+x)**-q.
func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneMinQ*math.Log(z.v+x)) * z.invOneQ
}

// hinv inverts h.
func (z *Zipf) hinv(x float64) float64 {
	return math.Exp(z.invOneQ*math.Log(z.oneMinQ*x)) - z.v
}

// NewZipf gives a Zipf generator drawing from r, with s > 1 and v >= 1
// (nil otherwise).
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1.0 || v < 1 {
		return nil
	}
	z := &Zipf{r: r, imax: float64(imax), v: v, q: s}
	z.oneMinQ = 1.0 - z.q
	z.invOneQ = 1.0 / z.oneMinQ
	z.hImax = z.h(z.imax + 0.5)
	z.hSpan = z.h(0.5) - math.Exp(math.Log(z.v)*(-z.q)) - z.hImax
	z.s = 1 - z.hinv(z.h(1.5)-math.Exp(-z.q*math.Log(z.v+1.0)))
	return z
}

// Uint64 gives a Zipf-distributed number by Hörmann and Derflinger's
// rejection-inversion: invert h at a uniform point, round to the nearest
// integer, and keep it when it lies close enough or under the density.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	for {
		u := z.hImax + z.r.Float64()*z.hSpan
		x := z.hinv(u)
		k := math.Floor(x + 0.5)
		if k-x <= z.s || u >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			return uint64(k)
		}
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

// NormFloat64 gives a random normally distributed float64.
func NormFloat64() float64 { return global().NormFloat64() }

// ExpFloat64 gives a random exponentially distributed float64.
func ExpFloat64() float64 { return global().ExpFloat64() }

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

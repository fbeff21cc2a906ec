// Package rand (math/rand) as gojit provides it: written in Go over the
// natives rand.newSource, rand.sourceUint64, rand.sourceSeed,
// rand.globalUint64 and rand.globalSeed (this file reaches them by
// importing its own package). A seeded source gives Go's exact sequence;
// the top-level functions are seeded at random unless Seed is called.
package rand

import (
	"math"
	"math/rand"
)

// A Source is a source of uniformly distributed pseudo-random int64
// values in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that also gives uint64 values.
type Source64 interface {
	Source
	Uint64() uint64
}

// rngSource is Go's seeded source; the runtime keeps its state.
type rngSource struct {
	h int
}

func (s *rngSource) Int63() int64    { return int64(rand.sourceUint64(s.h) & (1<<63 - 1)) }
func (s *rngSource) Uint64() uint64  { return rand.sourceUint64(s.h) }
func (s *rngSource) Seed(seed int64) { rand.sourceSeed(s.h, seed) }

// NewSource gives a new source seeded with seed.
func NewSource(seed int64) Source {
	return &rngSource{h: rand.newSource(seed)}
}

// globalSource is the source of the top-level functions.
type globalSource struct{}

func (globalSource) Int63() int64    { return int64(rand.globalUint64() & (1<<63 - 1)) }
func (globalSource) Uint64() uint64  { return rand.globalUint64() }
func (globalSource) Seed(seed int64) { rand.globalSeed(seed) }

// A Rand is a source of random numbers.
type Rand struct {
	src     Source
	s64     Source64
	readVal int64
	readPos int
}

// New gives a Rand that takes its numbers from src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed seeds the source.
func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readPos = 0
}

// Int63 gives a non-negative int64.
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 gives a uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 gives a uint64.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

// Int31 gives a non-negative int32.
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int gives a non-negative int.
func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

// Int63n gives an int64 in [0, n); it panics when n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

// Int31n gives an int32 in [0, n); it panics when n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n gives an int32 in [0, n) by multiplying instead of dividing
// (what Shuffle uses).
func (r *Rand) int31n(n int32) int32 {
	v := r.Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = r.Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

// Intn gives an int in [0, n); it panics when n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 gives a float64 in [0.0, 1.0).
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f != 1 {
			return f
		}
	}
}

// Float32 gives a float32 in [0.0, 1.0).
func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f != 1 {
			return f
		}
	}
}

// Perm gives a random permutation of [0, n).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle shuffles n elements with swap; it panics when n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
	for ; i > 0; i-- {
		j := int(r.int31n(int32(i + 1)))
		swap(i, j)
	}
}

// Read fills p with random bytes, seven from each Int63; it never fails.
func (r *Rand) Read(p []byte) (n int, err error) {
	pos, val := r.readPos, r.readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = r.src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	r.readPos, r.readVal = pos, val
	return n, nil
}

// NormFloat64 gives a normally distributed float64 (mean 0, standard
// deviation 1) by Marsaglia and Tsang's ziggurat: 128 layers of equal area
// under the density, one picked by the low 7 bits of a draw that also
// gives the sign and the point in the layer. A point left of the layer
// above is taken at once; else the tail past rn is sampled by
// Marsaglia's exponential method, and a layer's edge by a test against
// the density.
func (r *Rand) NormFloat64() float64 {
	const rn = 3.442619855899
	for {
		j := int32(r.Uint32())
		i := int(j & 0x7F)
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
// ziggurat as NormFloat64 does, with 256 layers picked by the low 8 bits;
// the tail past re is re plus a fresh exponential draw (the distribution
// has no memory).
func (r *Rand) ExpFloat64() float64 {
	const re = 7.69711747013104972
	for {
		j := r.Uint32()
		i := int(j & 0xFF)
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
func global() *Rand {
	return &Rand{src: globalSource{}, s64: globalSource{}}
}

// Seed seeds the top-level functions' source: they give Go's sequence for
// seed from then on.
func Seed(seed int64) { rand.globalSeed(seed) }

// Int63 gives a non-negative int64 from the global source.
func Int63() int64 { return global().Int63() }

// Uint32 gives a uint32 from the global source.
func Uint32() uint32 { return global().Uint32() }

// Uint64 gives a uint64 from the global source.
func Uint64() uint64 { return global().Uint64() }

// Int31 gives a non-negative int32 from the global source.
func Int31() int32 { return global().Int31() }

// Int gives a non-negative int from the global source.
func Int() int { return global().Int() }

// Int63n gives an int64 in [0, n) from the global source.
func Int63n(n int64) int64 { return global().Int63n(n) }

// Int31n gives an int32 in [0, n) from the global source.
func Int31n(n int32) int32 { return global().Int31n(n) }

// Intn gives an int in [0, n) from the global source.
func Intn(n int) int { return global().Intn(n) }

// Float64 gives a float64 in [0.0, 1.0) from the global source.
func Float64() float64 { return global().Float64() }

// Float32 gives a float32 in [0.0, 1.0) from the global source.
func Float32() float32 { return global().Float32() }

// Perm gives a random permutation of [0, n) from the global source.
func Perm(n int) []int { return global().Perm(n) }

// Shuffle shuffles n elements with swap, from the global source.
func Shuffle(n int, swap func(i, j int)) { global().Shuffle(n, swap) }

// NormFloat64 gives a normally distributed float64 from the global source.
func NormFloat64() float64 { return global().NormFloat64() }

// ExpFloat64 gives an exponentially distributed float64 from the global
// source.
func ExpFloat64() float64 { return global().ExpFloat64() }

// Read fills p with random bytes from the global source, continuing the
// number the last call split.
func Read(p []byte) (n int, err error) {
	r := global()
	val, pos := rand.globalReadState()
	r.readVal, r.readPos = val, pos
	n, err = r.Read(p)
	rand.setGlobalReadState(r.readVal, r.readPos)
	return n, err
}

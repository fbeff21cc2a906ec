//! The natives under `math/rand` and `math/rand/v2`, whose Go sources
//! (`gopackages/math/rand.go`, `gopackages/math/rand/v2.go`) build
//! everything else on them: Go's seeded source (`rngSource`, an additive
//! lagged Fibonacci generator seeded by a Park–Miller generator and mixed
//! with fixed offsets, so a seed gives Go's exact sequence), and random
//! numbers for unseeded use (Go's `runtime.rand`; any good generator, since
//! Go's are seeded at random too), the ziggurat tables of `NormFloat64`
//! and `ExpFloat64`, and v2's `ChaCha8` generator (Go's
//! `internal/chacha8rand`, so a seed gives Go's exact sequence).

use super::super::{Runtime, stack::HEADER};
use super::rng_cooked::RNG_COOKED;
use super::ziggurat::{FE, FN, KE, KN, WE, WN};
use crate::bytecode::RandFn;

const RNG_LEN: usize = 607;
const RNG_TAP: usize = 273;
const INT32_MAX: i64 = (1 << 31) - 1;

/// Go's `rngSource`.
struct RngSource {
    tap: usize,
    feed: usize,
    vec: Box<[i64; RNG_LEN]>,
}

/// One step of the Park–Miller generator that spreads a seed
/// (x ← 48271·x mod 2³¹−1, without overflow).
fn seedrand(x: i32) -> i32 {
    const A: i32 = 48271;
    const Q: i32 = 44488;
    const R: i32 = 3399;
    let (hi, lo) = (x / Q, x % Q);
    let x = A * lo - R * hi;
    if x < 0 { x + INT32_MAX as i32 } else { x }
}

impl RngSource {
    fn new(seed: i64) -> RngSource {
        let mut s = RngSource {
            tap: 0,
            feed: 0,
            vec: Box::new([0; RNG_LEN]),
        };
        s.seed(seed);
        s
    }

    fn seed(&mut self, seed: i64) {
        self.tap = 0;
        self.feed = RNG_LEN - RNG_TAP;
        let mut seed = seed % INT32_MAX;
        if seed < 0 {
            seed += INT32_MAX;
        }
        if seed == 0 {
            seed = 89482311;
        }
        let mut x = seed as i32;
        for i in -20..RNG_LEN as i32 {
            x = seedrand(x);
            if i >= 0 {
                let mut u = i64::from(x) << 40;
                x = seedrand(x);
                u ^= i64::from(x) << 20;
                x = seedrand(x);
                u ^= i64::from(x);
                self.vec[i as usize] = u ^ RNG_COOKED[i as usize];
            }
        }
    }

    fn uint64(&mut self) -> u64 {
        self.tap = self.tap.checked_sub(1).unwrap_or(RNG_LEN - 1);
        self.feed = self.feed.checked_sub(1).unwrap_or(RNG_LEN - 1);
        let x = self.vec[self.feed].wrapping_add(self.vec[self.tap]);
        self.vec[self.feed] = x;
        x as u64
    }
}

/// The numbers one ChaCha8 block call makes: four blocks side by side.
const CHUNK: usize = 32;
/// The block counter's step between calls, one per block.
const CTR_INC: u32 = 4;
/// The counter at which the generator takes a new seed.
const CTR_MAX: u32 = 16;
/// The last numbers of the final chunk before a reseed, which become the
/// next seed instead of being given out.
const RESEED: usize = 4;

/// Go's `chacha8rand.State`: ChaCha with 8 rounds over a 256-bit seed,
/// run as four interleaved blocks, with the seed replaced every 16 blocks
/// by output it keeps back (so earlier numbers cannot be recovered).
struct ChaCha8 {
    buf: [u64; CHUNK],
    seed: [u64; 4],
    /// The next number of `buf` to give.
    i: usize,
    /// How many numbers of `buf` may be given.
    n: usize,
    /// The counter of `buf`'s first block.
    c: u32,
}

impl ChaCha8 {
    fn new(seed: [u64; 4]) -> ChaCha8 {
        let mut s = ChaCha8 {
            buf: [0; CHUNK],
            seed,
            i: 0,
            n: 0,
            c: 0,
        };
        s.restore(seed, 0);
        s
    }

    /// Takes `seed` and moves to the state after `used` numbers, as Go's
    /// `Unmarshal` does (`Init` is the case `used` 0).
    fn restore(&mut self, seed: [u64; 4], used: usize) {
        self.seed = seed;
        self.c = CTR_INC * (used / CHUNK) as u32;
        self.fill();
        self.i = used % CHUNK;
    }

    /// Computes the chunk of counter `c` and makes all of it available but
    /// the seed words held back in the last chunk before a reseed.
    fn fill(&mut self) {
        self.buf = chacha8_block(&self.seed, self.c);
        self.n = if self.c == CTR_MAX - CTR_INC {
            CHUNK - RESEED
        } else {
            CHUNK
        };
    }

    fn uint64(&mut self) -> u64 {
        if self.i >= self.n {
            self.c += CTR_INC;
            if self.c == CTR_MAX {
                self.seed.copy_from_slice(&self.buf[CHUNK - RESEED..]);
                self.c = 0;
            }
            self.fill();
            self.i = 0;
        }
        self.i += 1;
        self.buf[self.i - 1]
    }

    /// How many numbers have been given since the seed was set.
    fn used(&self) -> u64 {
        u64::from(self.c / CTR_INC) * CHUNK as u64 + self.i as u64
    }
}

/// The ChaCha quarter round on words `a`, `b`, `c`, `d` of `x`.
fn quarter_round(x: &mut [u32; 16], a: usize, b: usize, c: usize, d: usize) {
    x[a] = x[a].wrapping_add(x[b]);
    x[d] = (x[d] ^ x[a]).rotate_left(16);
    x[c] = x[c].wrapping_add(x[d]);
    x[b] = (x[b] ^ x[c]).rotate_left(12);
    x[a] = x[a].wrapping_add(x[b]);
    x[d] = (x[d] ^ x[a]).rotate_left(8);
    x[c] = x[c].wrapping_add(x[d]);
    x[b] = (x[b] ^ x[c]).rotate_left(7);
}

/// Four ChaCha8 blocks of `seed`, counters `counter` to `counter+3`, laid
/// out as Go's do: word `w` of block `j` is 32-bit lane `4w+j` of the
/// little-endian chunk. Unlike standard ChaCha, only the key words get the
/// input added back, and the nonce words are zero.
fn chacha8_block(seed: &[u64; 4], counter: u32) -> [u64; CHUNK] {
    // "expand 32-byte k".
    const SIGMA: [u32; 4] = [0x6170_7865, 0x3320_646e, 0x7962_2d32, 0x6b20_6574];
    let mut lanes = [0u32; 64];
    for j in 0..4 {
        let mut x = [0u32; 16];
        x[..4].copy_from_slice(&SIGMA);
        for (k, w) in seed.iter().enumerate() {
            x[4 + 2 * k] = *w as u32;
            x[5 + 2 * k] = (*w >> 32) as u32;
        }
        x[12] = counter.wrapping_add(j as u32);
        let input = x;
        for _ in 0..4 {
            quarter_round(&mut x, 0, 4, 8, 12);
            quarter_round(&mut x, 1, 5, 9, 13);
            quarter_round(&mut x, 2, 6, 10, 14);
            quarter_round(&mut x, 3, 7, 11, 15);
            quarter_round(&mut x, 0, 5, 10, 15);
            quarter_round(&mut x, 1, 6, 11, 12);
            quarter_round(&mut x, 2, 7, 8, 13);
            quarter_round(&mut x, 3, 4, 9, 14);
        }
        for w in 4..12 {
            x[w] = x[w].wrapping_add(input[w]);
        }
        for (w, v) in x.iter().enumerate() {
            lanes[4 * w + j as usize] = *v;
        }
    }
    let mut out = [0u64; CHUNK];
    for (k, o) in out.iter_mut().enumerate() {
        *o = u64::from(lanes[2 * k]) | u64::from(lanes[2 * k + 1]) << 32;
    }
    out
}

/// The sources of the run and the random generator.
#[derive(Default)]
pub struct State {
    /// Sources made by `rand.NewSource`, by handle (never freed).
    sources: Vec<RngSource>,
    /// `ChaCha8` generators made by `rand.NewChaCha8`, by handle (never
    /// freed).
    chachas: Vec<ChaCha8>,
    /// The handle of the global source once `rand.Seed` seeded it.
    global: Option<usize>,
    /// The bytes of its last number the top-level `Read` has not given
    /// (`read_pos` of `read_val`), as Go's global `Rand` keeps them.
    read_val: u64,
    read_pos: u64,
    /// The random generator's state (wyrand), 0 until first used.
    wyrand: u64,
}

impl State {
    /// A random number: wyrand, seeded from the clock and the process id.
    fn runtime_uint64(&mut self) -> u64 {
        if self.wyrand == 0 {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64);
            self.wyrand = now ^ u64::from(std::process::id()).rotate_left(32) | 1;
        }
        self.wyrand = self.wyrand.wrapping_add(0xa076_1d64_78bd_642f);
        let t = u128::from(self.wyrand) * u128::from(self.wyrand ^ 0xe703_7ed1_a0b4_28db);
        (t >> 64) as u64 ^ t as u64
    }
}

/// Runs rand native `f` in the frame at `base` (results, then arguments).
pub fn call(rt: &mut Runtime, f: RandFn, base: usize) {
    let s = &mut rt.natives.rand;
    let slots = &mut rt.g.stack.slots;
    let arg = |i: usize| slots[base + HEADER + i];
    match f {
        RandFn::NewSource => {
            s.sources.push(RngSource::new(arg(1) as i64));
            slots[base + HEADER] = s.sources.len() as u64 - 1;
        }
        RandFn::SourceUint64 => {
            let h = arg(1) as usize;
            slots[base + HEADER] = s.sources[h].uint64();
        }
        RandFn::SourceSeed => {
            let (h, seed) = (arg(0) as usize, arg(1) as i64);
            s.sources[h].seed(seed);
        }
        RandFn::GlobalUint64 => {
            slots[base + HEADER] = match s.global {
                Some(h) => s.sources[h].uint64(),
                None => s.runtime_uint64(),
            };
        }
        RandFn::GlobalSeed => {
            let seed = arg(0) as i64;
            // Go's Seed starts a new global Rand, with nothing kept.
            s.read_pos = 0;
            match s.global {
                Some(h) => s.sources[h].seed(seed),
                None => {
                    s.sources.push(RngSource::new(seed));
                    s.global = Some(s.sources.len() - 1);
                }
            }
        }
        RandFn::RuntimeUint64 => slots[base + HEADER] = s.runtime_uint64(),
        RandFn::GlobalReadState => {
            slots[base + HEADER] = s.read_val;
            slots[base + HEADER + 1] = s.read_pos;
        }
        RandFn::SetGlobalReadState => (s.read_val, s.read_pos) = (arg(0), arg(1)),
        RandFn::NormTable | RandFn::ExpTable => {
            let i = arg(3) as usize;
            let (k, w, f) = if f == RandFn::NormTable {
                (KN[i], WN[i], FN[i])
            } else {
                (KE[i], WE[i], FE[i])
            };
            slots[base + HEADER] = u64::from(k);
            slots[base + HEADER + 1] = f64::from(w).to_bits();
            slots[base + HEADER + 2] = f64::from(f).to_bits();
        }
        RandFn::ChachaNew => {
            let seed = [arg(1), arg(2), arg(3), arg(4)];
            s.chachas.push(ChaCha8::new(seed));
            slots[base + HEADER] = s.chachas.len() as u64 - 1;
        }
        RandFn::ChachaUint64 => {
            let h = arg(1) as usize;
            slots[base + HEADER] = s.chachas[h].uint64();
        }
        RandFn::ChachaState => {
            let c = &s.chachas[arg(1) as usize];
            slots[base + HEADER] = match arg(2) as usize {
                0 => c.used(),
                k => c.seed[k - 1],
            };
        }
        RandFn::ChachaRestore => {
            let seed = [arg(2), arg(3), arg(4), arg(5)];
            let used = arg(1) as usize;
            s.chachas[arg(0) as usize].restore(seed, used);
        }
    }
}

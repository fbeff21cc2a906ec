//! The natives under `math/rand` and `math/rand/v2`, whose Go sources
//! (`gopackages/math/rand.go`, `gopackages/math/rand/v2.go`) build
//! everything else on them: Go's seeded source (`rngSource`, an additive
//! lagged Fibonacci generator seeded by a Park–Miller generator and mixed
//! with fixed offsets, so a seed gives Go's exact sequence), and random
//! numbers for unseeded use (Go's `runtime.rand`; any good generator, since
//! Go's are seeded at random too).

use super::super::{Runtime, stack::HEADER};
use super::rng_cooked::RNG_COOKED;
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

/// The sources of the run and the random generator.
#[derive(Default)]
pub struct State {
    /// Sources made by `rand.NewSource`, by handle (never freed).
    sources: Vec<RngSource>,
    /// The handle of the global source once `rand.Seed` seeded it.
    global: Option<usize>,
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
            match s.global {
                Some(h) => s.sources[h].seed(seed),
                None => {
                    s.sources.push(RngSource::new(seed));
                    s.global = Some(s.sources.len() - 1);
                }
            }
        }
        RandFn::RuntimeUint64 => slots[base + HEADER] = s.runtime_uint64(),
    }
}

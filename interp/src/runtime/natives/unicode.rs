//! Go's `unicode` and `unicode/utf8` packages: rune classes by Unicode
//! general category (15.0.0, the version Go 1.23 uses), Go's range tables
//! and simple folding (`unicode_tables`, generated from Go's own), and
//! UTF-8 decoding with Go's treatment of invalid bytes.

use unicode_general_category::{GeneralCategory as G, get_general_category};

use super::super::fmt::quote::is_print;
use super::super::strings::decode_rune;
use super::super::{Engine, Runtime, Status, mem, panic, stack::HEADER};
use super::strings::is_space;
use super::unicode_tables as data;
use crate::bytecode::{Scalar, UnicodeFn, UnicodeVar, Utf8Fn};
use crate::program::layouts;

/// The `unicode` variables made so far, for the whole run: Go's are made
/// once, and aliases (`Letter` and `L`, `Categories["L"]`) share them.
#[derive(Default)]
pub struct State {
    /// Each `*RangeTable`, by index in `data::TABLES` (0: not made yet).
    tables: Vec<u64>,
    /// The other variables' maps, or their slices' arrays, by index in
    /// `UnicodeVar::OTHERS` (`AzeriCase` uses `TurkishCase`'s).
    others: [u64; UnicodeVar::OTHERS.len()],
}

impl State {
    /// Marks the variables made so far.
    pub fn roots(&self, m: &mut super::super::mgc::Marker) {
        for &p in self.tables.iter().chain(&self.others) {
            m.pointer(p);
        }
    }
}

/// The unsigned integer type of `size` bytes (2 or 4).
fn uint(size: u64) -> Scalar {
    if size == 2 { Scalar::U16 } else { Scalar::U32 }
}

/// The unsigned integer of `size` bytes at `addr`.
fn load_uint(addr: u64, size: u64) -> u64 {
    mem::load_scalar(addr, uint(size))
}

/// The `*RangeTable` of table `i`, made on first use.
fn table(rt: &mut Runtime, i: u16) -> u64 {
    let i = usize::from(i);
    if rt.natives.unicode.tables.is_empty() {
        rt.natives.unicode.tables = vec![0; data::TABLES.len()];
    }
    if rt.natives.unicode.tables[i] != 0 {
        return rt.natives.unicode.tables[i];
    }
    let (start, n16, n32, latin, nils) = data::TABLES[i];
    let start = usize::from(start) * 3;
    let mut words = [0; 7];
    // R16 then R32: (array, len, cap), Range16/Range32 elements of three
    // uint16s or uint32s (Lo, Hi, Stride); a nil slice stays zero.
    for (k, (from, n)) in [(start, n16), (start + usize::from(n16) * 3, n32)]
        .into_iter()
        .enumerate()
    {
        if nils >> k & 1 == 0 {
            let n = usize::from(n);
            let ranges: Vec<u64> = data::RANGES[from..from + 3 * n]
                .iter()
                .map(|&w| u64::from(w))
                .collect();
            words[3 * k] = if n == 0 {
                rt.zerobase
            } else {
                super::packed(rt, &ranges, uint(2 << k))
            };
            words[3 * k + 1] = n as u64;
            words[3 * k + 2] = n as u64;
        }
    }
    words[6] = u64::from(latin);
    let t = super::cell(rt, layouts::RANGE_TABLE, &words);
    rt.natives.unicode.tables[i] = t;
    t
}

/// Go's `map[string]*RangeTable` of the (name, table) pairs.
fn table_map(rt: &mut Runtime, pairs: &[(&str, u16)]) -> u64 {
    let m = rt.maps.insert(
        &mut rt.heap,
        super::super::map::GoMap::new(layouts::STRING_POINTER),
    );
    for &(name, i) in pairs {
        let t = table(rt, i);
        let key = rt.heap.alloc_string(name.as_bytes());
        super::super::map::insert_string(rt, m, key, &[t]);
    }
    m
}

/// Case ranges as `CaseRange` elements (Lo, Hi and three deltas, four
/// bytes each).
fn case_ranges(rt: &mut Runtime, ranges: &[u32]) -> u64 {
    let words: Vec<u64> = ranges
        .chunks(5)
        .flat_map(|c| {
            let delta = |d: u32| d as i32 as i64 as u64;
            [
                u64::from(c[0]),
                u64::from(c[1]),
                delta(c[2]),
                delta(c[3]),
                delta(c[4]),
            ]
        })
        .collect();
    super::packed(rt, &words, uint(4))
}

/// The value of variable `v` (one word, or a slice's three), made on
/// first use.
pub fn var(rt: &mut Runtime, v: UnicodeVar) -> Vec<u64> {
    use UnicodeVar::*;
    let v = if v == AzeriCase { TurkishCase } else { v };
    let Table(i) = v else {
        let k = UnicodeVar::OTHERS
            .iter()
            .position(|&o| o == v)
            .expect("every variable but the tables is among OTHERS");
        let mut made = rt.natives.unicode.others[k];
        if made == 0 {
            made = match v {
                Categories => table_map(rt, &data::CATEGORIES),
                Scripts => table_map(rt, &data::SCRIPTS),
                Properties => table_map(rt, &data::PROPERTIES),
                FoldCategory => table_map(rt, &data::FOLD_CATEGORY),
                FoldScript => table_map(rt, &data::FOLD_SCRIPT),
                GraphicRanges | PrintRanges => {
                    let list = if v == GraphicRanges {
                        &data::GRAPHIC_RANGES[..]
                    } else {
                        &data::PRINT_RANGES[..]
                    };
                    let tables: Vec<u64> = list.iter().map(|&i| table(rt, i)).collect();
                    super::cell(rt, layouts::POINTER, &tables)
                }
                CaseRanges => case_ranges(rt, &data::CASE_RANGES),
                _ => case_ranges(rt, &data::TURKISH_CASE),
            };
            rt.natives.unicode.others[k] = made;
        }
        let len = match v {
            GraphicRanges => data::GRAPHIC_RANGES.len(),
            PrintRanges => data::PRINT_RANGES.len(),
            CaseRanges => data::CASE_RANGES.len() / 5,
            TurkishCase => data::TURKISH_CASE.len() / 5,
            _ => return vec![made],
        } as u64;
        return vec![made, len, len];
    };
    vec![table(rt, data::TABLE_VARS[usize::from(i)].1)]
}

/// Go's `unicode.SimpleFold`: the next rune of `r`'s orbit under simple
/// case folding, or `r` itself when it has none (or is no rune).
pub(super) fn simple_fold(r: i32) -> i32 {
    // `data::FOLD` is (rune, fold) pairs sorted by rune.
    let (mut lo, mut hi) = (0, data::FOLD.len() / 2);
    while lo < hi {
        let m = lo + (hi - lo) / 2;
        match data::FOLD[2 * m].cmp(&(r as u32)) {
            std::cmp::Ordering::Equal => return data::FOLD[2 * m + 1] as i32,
            std::cmp::Ordering::Less => lo = m + 1,
            std::cmp::Ordering::Greater => hi = m,
        }
    }
    r
}

/// The runtime errors Go's `unicode.Is` can meet in a table a program
/// built.
enum IsFault {
    NilTable,
    DivideByZero,
}

/// Tables up to this many ranges are searched linearly (Go's `linearMax`).
const LINEAR_MAX: usize = 18;

/// Go's `unicode.Is`: whether `r` is in the `*RangeTable` at `t` (a
/// `RangeTable` is R16, R32 as (array, len, cap), then LatinOffset).
fn is(t: u64, r: i32) -> Result<bool, IsFault> {
    if t == 0 {
        return Err(IsFault::NilTable);
    }
    let (r16, n16) = (mem::load(t, 0), mem::load(t, 1) as usize);
    // Compared unsigned, so negative runes skip R16, as in Go.
    if n16 > 0 && u64::from(r as u32) <= load_uint(r16 + 6 * (n16 as u64 - 1) + 2, 2) {
        let linear = n16 <= LINEAR_MAX || r as u32 <= 0xFF;
        return in_ranges(r16, n16, 2, r as u32, linear);
    }
    let (r32, n32) = (mem::load(t, 3), mem::load(t, 4) as usize);
    if n32 > 0 && r >= load_uint(r32, 4) as u32 as i32 {
        return in_ranges(r32, n32, 4, r as u32, n32 <= LINEAR_MAX);
    }
    Ok(false)
}

/// Whether `r` is in the `n` sorted ranges at `data` (elements of three
/// unsigned integers of `size` bytes: Lo, Hi, Stride), searched linearly
/// or by bisection as Go's `is16`/`is32` do (which matters for tables out
/// of order).
fn in_ranges(data: u64, n: usize, size: u64, r: u32, linear: bool) -> Result<bool, IsFault> {
    let r = u64::from(r);
    let field = |i: usize, k: u64| load_uint(data + (3 * i as u64 + k) * size, size);
    let range = |i: usize| (field(i, 0), field(i, 1));
    let member = |i: usize, lo: u64| match field(i, 2) {
        1 => Ok(true),
        0 => Err(IsFault::DivideByZero),
        stride => Ok((r - lo).is_multiple_of(stride)),
    };
    if linear {
        for i in 0..n {
            let (lo, hi) = range(i);
            if r < lo {
                return Ok(false);
            }
            if r <= hi {
                return member(i, lo);
            }
        }
        return Ok(false);
    }
    let (mut a, mut b) = (0, n);
    while a < b {
        let m = a + (b - a) / 2;
        let (lo, hi) = range(m);
        if lo <= r && r <= hi {
            return member(m, lo);
        }
        if r < lo {
            b = m;
        } else {
            a = m + 1;
        }
    }
    Ok(false)
}

/// The general category of `r`, or `None` for a value that is no rune.
fn category(r: u32) -> Option<G> {
    char::from_u32(r).map(get_general_category)
}

fn is_letter(c: G) -> bool {
    matches!(
        c,
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
    )
}

fn is_mark(c: G) -> bool {
    matches!(c, G::NonspacingMark | G::SpacingMark | G::EnclosingMark)
}

fn is_number(c: G) -> bool {
    matches!(c, G::DecimalNumber | G::LetterNumber | G::OtherNumber)
}

fn is_punct(c: G) -> bool {
    matches!(
        c,
        G::ConnectorPunctuation
            | G::DashPunctuation
            | G::OpenPunctuation
            | G::ClosePunctuation
            | G::InitialPunctuation
            | G::FinalPunctuation
            | G::OtherPunctuation
    )
}

fn is_symbol(c: G) -> bool {
    matches!(
        c,
        G::MathSymbol | G::CurrencySymbol | G::ModifierSymbol | G::OtherSymbol
    )
}

/// Go's `unicode.To`: `r` in case `case` (0 upper, 1 lower, 2 title)
/// through Go's case ranges (`data::CASE_RANGES`: lo, hi, three deltas).
fn to_case(case: usize, r: i32) -> i32 {
    let (mut lo, mut hi) = (0, data::CASE_RANGES.len() / 5);
    while lo < hi {
        let m = lo + (hi - lo) / 2;
        let c = &data::CASE_RANGES[5 * m..5 * m + 5];
        let (from, to) = (c[0] as i32, c[1] as i32);
        if from <= r && r <= to {
            let delta = c[2 + case] as i32;
            if delta > 0x10FFFF {
                // Go's UpperLower: alternating upper and lower case runes
                // from `from`, title case being upper.
                return from + (((r - from) & !1) | (case & 1) as i32);
            }
            return r + delta;
        }
        if r < from {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    r
}

/// Runs `unicode` function `f` in the frame at `base`, called from
/// `caller`.
pub fn call_unicode(
    rt: &mut Runtime,
    engine: &dyn Engine,
    f: UnicodeFn,
    base: usize,
    caller: usize,
) -> Status {
    use UnicodeFn::*;
    if f == Is {
        let s = &rt.g.stack.slots[base + HEADER..];
        let v = match is(s[1], s[2] as i32) {
            Ok(v) => v,
            Err(IsFault::NilTable) => return panic::nil_deref(rt, engine, caller),
            Err(IsFault::DivideByZero) => {
                return panic::panic_runtime_error(rt, engine, caller, "integer divide by zero");
            }
        };
        rt.g.stack.slots[base + HEADER] = u64::from(v);
        return Status::Ok;
    }
    let s = &mut rt.g.stack.slots[base + HEADER..];
    let r = s[1] as i32;
    let cat = u32::try_from(r).ok().and_then(category);
    let class = |pred: fn(G) -> bool| cat.is_some_and(pred);
    let v: u64 = match f {
        IsControl => u64::from(matches!(r, 0..=0x1F | 0x7F..=0x9F)),
        IsDigit => u64::from(cat == Some(G::DecimalNumber)),
        IsGraphic => u64::from(class(|c| {
            is_letter(c)
                || is_mark(c)
                || is_number(c)
                || is_punct(c)
                || is_symbol(c)
                || c == G::SpaceSeparator
        })),
        IsLetter => u64::from(class(is_letter)),
        IsLower => u64::from(cat == Some(G::LowercaseLetter)),
        IsMark => u64::from(class(is_mark)),
        IsNumber => u64::from(class(is_number)),
        IsPrint => u64::from(r >= 0 && is_print(r as u32)),
        IsPunct => u64::from(class(is_punct)),
        IsSpace => u64::from(r >= 0 && is_space(r as u32)),
        IsSymbol => u64::from(class(is_symbol)),
        IsTitle => u64::from(cat == Some(G::TitlecaseLetter)),
        IsUpper => u64::from(cat == Some(G::UppercaseLetter)),
        ToUpper => to_case(0, r) as i64 as u64,
        ToLower => to_case(1, r) as i64 as u64,
        ToTitle => to_case(2, r) as i64 as u64,
        SimpleFold => simple_fold(r) as i64 as u64,
        Is => unreachable!("unicode.Is reads its table above"),
    };
    s[0] = v;
    Status::Ok
}

/// Runs `utf8` function `f` in the frame at `base`.
pub fn call_utf8(
    rt: &mut Runtime,
    engine: &dyn Engine,
    f: Utf8Fn,
    base: usize,
    caller: usize,
) -> Status {
    use Utf8Fn::*;
    let s = &rt.g.stack.slots[base + HEADER..];
    let results = match f {
        DecodeLastRuneInString | DecodeRuneInString | DecodeLastRune | DecodeRune => 2,
        _ => 1,
    };
    let p = &s[results..];
    // Bytes `range` of the string or the []byte; decoding looks at four
    // bytes at most, not the whole operand.
    let len = p[1] as usize;
    let slice = |range: std::ops::Range<usize>| mem::bytes(p[0], p[1])[range].to_vec();
    let bytes = || slice(0..len);
    let head = || slice(0..len.min(4));
    let tail = || slice(len.saturating_sub(4)..len);
    let valid_rune = |r: i64| (0..=0x10FFFF).contains(&r) && !(0xD800..=0xDFFF).contains(&r);
    let out: Vec<u64> = match f {
        DecodeRuneInString | DecodeRune => {
            let (r, w) = decode_rune(&head());
            vec![u64::from(r), w as u64]
        }
        DecodeLastRuneInString | DecodeLastRune => {
            let b = tail();
            if b.is_empty() {
                vec![0xFFFD, 0]
            } else {
                let end = b.len();
                let from = (end.saturating_sub(4)..end)
                    .find(|&i| decode_rune(&b[i..end]).1 == end - i)
                    .unwrap_or(end - 1);
                let (r, w) = decode_rune(&b[from..end]);
                vec![u64::from(r), w as u64]
            }
        }
        FullRune | FullRuneInString => vec![u64::from(full_rune(&head()))],
        EncodeRune => {
            let (data, len, r) = (p[0], p[1] as usize, p[3] as i32 as i64);
            let ch = u32::try_from(r)
                .ok()
                .filter(|_| valid_rune(r))
                .and_then(char::from_u32)
                .unwrap_or('\u{FFFD}');
            let mut buf = [0u8; 4];
            let enc = ch.encode_utf8(&mut buf).as_bytes();
            if enc.len() > len {
                // Go's EncodeRune touches the last byte it needs first.
                let msg = format!("index out of range [{}] with length {len}", enc.len() - 1);
                return panic::panic_runtime_error(rt, engine, caller, &msg);
            }
            mem::store_bytes(data, enc);
            vec![enc.len() as u64]
        }
        RuneCount | RuneCountInString => {
            let b = bytes();
            let (mut i, mut n) = (0, 0u64);
            while i < b.len() {
                i += decode_rune(&b[i..]).1;
                n += 1;
            }
            vec![n]
        }
        RuneLen => {
            let r = p[0] as i32 as i64;
            let n: i64 = match r {
                _ if !valid_rune(r) => -1,
                0..=0x7F => 1,
                0x80..=0x7FF => 2,
                0x800..=0xFFFF => 3,
                _ => 4,
            };
            vec![n as u64]
        }
        Valid | ValidString => vec![u64::from(std::str::from_utf8(&bytes()).is_ok())],
        ValidRune => vec![u64::from(valid_rune(p[0] as i32 as i64))],
    };
    rt.g.stack.slots[base + HEADER..base + HEADER + out.len()].copy_from_slice(&out);
    Status::Ok
}

/// Go's `utf8.FullRune`: `b` begins with a whole encoding, or with bytes
/// that cannot start one (an invalid encoding decodes as one error rune).
fn full_rune(b: &[u8]) -> bool {
    let Some(&first) = b.first() else {
        return false;
    };
    let (need, lo, hi) = match first {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xE1..=0xEF => (3, 0x80, 0xBF),
        0xF0 => (4, 0x90, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        _ => return true,
    };
    if b.len() >= need {
        return true;
    }
    // Short: whole only if a byte present already makes it invalid.
    b.get(1).is_some_and(|&c| c < lo || c > hi)
        || b.get(2).is_some_and(|&c| !(0x80..=0xBF).contains(&c))
}

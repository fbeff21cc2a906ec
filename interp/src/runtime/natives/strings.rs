//! Go's `strings` package, on byte strings that are usually UTF-8.

use super::super::strings::decode_rune;
use super::super::{Engine, Runtime, Status, mem, panic, stack::HEADER};
use crate::bytecode::StringsFn;
use crate::program::layouts;

/// Runs the `strings` function `f` in the frame at `base` (results first,
/// then parameters), called from `caller`.
pub fn call(
    rt: &mut Runtime,
    engine: &dyn Engine,
    f: StringsFn,
    base: usize,
    caller: usize,
) -> Status {
    use StringsFn::*;
    let s = &rt.g.stack.slots[base + HEADER..];
    // Result words: bool and int 1, string 2, []string 3, and the pairs.
    let results = match f {
        Contains | ContainsAny | ContainsRune | HasPrefix | HasSuffix | EqualFold | Index
        | IndexAny | IndexByte | IndexRune | LastIndex | LastIndexByte | Count | Compare => 1,
        Split | SplitAfter | SplitN | SplitAfterN | Fields | CutPrefix | CutSuffix => 3,
        Cut => 5,
        _ => 2,
    };
    // Parameters: at most seven words (Replace's).
    let p: Vec<u64> = s[results..(results + 7).min(s.len())].to_vec();
    let str_at = |i: usize| mem::bytes(p[i], p[i + 1]);
    let int = |v: Option<usize>| vec![v.map_or(-1, |i| i as i64) as u64];
    // A substring of the parameter string at word `at`, sharing its bytes.
    let sub = |at: usize, from: usize, to: usize| vec![p[at] + from as u64, (to - from) as u64];
    let out: Vec<u64> = match f {
        Contains => vec![u64::from(index(str_at(0), str_at(2)).is_some())],
        ContainsAny => vec![u64::from(index_any(str_at(0), str_at(2)).is_some())],
        ContainsRune => vec![u64::from(index_rune(str_at(0), p[2] as i32).is_some())],
        HasPrefix => vec![u64::from(str_at(0).starts_with(str_at(2)))],
        HasSuffix => vec![u64::from(str_at(0).ends_with(str_at(2)))],
        EqualFold => vec![u64::from(equal_fold(str_at(0), str_at(2)))],
        Index => int(index(str_at(0), str_at(2))),
        IndexAny => int(index_any(str_at(0), str_at(2))),
        IndexByte => int(str_at(0).iter().position(|&c| c == p[2] as u8)),
        IndexRune => int(index_rune(str_at(0), p[2] as i32)),
        LastIndex => int(last_index(str_at(0), str_at(2))),
        LastIndexByte => int(str_at(0).iter().rposition(|&c| c == p[2] as u8)),
        Count => vec![count(str_at(0), str_at(2)) as u64],
        Compare => vec![str_at(0).cmp(str_at(2)) as i64 as u64],
        Split | SplitAfter | SplitN | SplitAfterN => {
            let (n, after) = match f {
                SplitN => (p[4] as i64, false),
                SplitAfterN => (p[4] as i64, true),
                SplitAfter => (-1, true),
                _ => (-1, false),
            };
            if n == 0 {
                vec![0, 0, 0]
            } else {
                let parts = split(str_at(0), str_at(2), after, n);
                string_slice(rt, &parts).to_vec()
            }
        }
        Fields => {
            let parts = fields(str_at(0));
            string_slice(rt, &parts).to_vec()
        }
        Join => {
            let (elems, n) = (p[0], p[1] as usize);
            let sep = str_at(3);
            let mut out = Vec::new();
            for i in 0..n {
                if i > 0 {
                    out.extend_from_slice(sep);
                }
                out.extend_from_slice(mem::bytes(
                    mem::load(elems, 2 * i),
                    mem::load(elems, 2 * i + 1),
                ));
            }
            string(rt, &out)
        }
        Repeat => {
            let (text, n) = (str_at(0), p[2] as i64);
            if n < 0 {
                return panic::gopanic_string(rt, engine, caller, "strings: negative Repeat count");
            }
            if (text.len() as u64)
                .checked_mul(n as u64)
                .is_none_or(|l| l > i64::MAX as u64)
            {
                return panic::gopanic_string(
                    rt,
                    engine,
                    caller,
                    "strings: Repeat output length overflow",
                );
            }
            let fill = |buf: &mut [u8]| {
                buf.chunks_mut(text.len())
                    .for_each(|c| c.copy_from_slice(text))
            };
            match rt.heap.try_alloc_string(text.len() * n as usize, fill) {
                Some((p, len)) => vec![p, len],
                None => return panic::throw(rt, caller, "runtime: out of memory"),
            }
        }
        Replace | ReplaceAll => {
            let n = if f == Replace { p[6] as i64 } else { -1 };
            match replace(str_at(0), str_at(2), str_at(4), n) {
                Some(out) => string(rt, &out),
                None => vec![p[0], p[1]],
            }
        }
        ToUpper | ToLower => match map_case(str_at(0), f == ToUpper) {
            Some(out) => string(rt, &out),
            None => vec![p[0], p[1]],
        },
        TrimSpace => {
            let (start, end) = trim_runes(str_at(0), is_space, true, true);
            sub(0, start, end)
        }
        Trim | TrimLeft | TrimRight => {
            let cutset = str_at(2);
            let in_set = |r: u32| index_rune(cutset, r as i32).is_some();
            let (start, end) = trim_runes(str_at(0), in_set, f != TrimRight, f != TrimLeft);
            sub(0, start, end)
        }
        TrimPrefix | TrimSuffix => {
            let (text, fix) = (str_at(0), str_at(2));
            match f {
                TrimPrefix if text.starts_with(fix) => sub(0, fix.len(), text.len()),
                TrimSuffix if text.ends_with(fix) => sub(0, 0, text.len() - fix.len()),
                _ => vec![p[0], p[1]],
            }
        }
        Cut => {
            let (text, sep) = (str_at(0), str_at(2));
            match index(text, sep) {
                Some(i) => {
                    let mut out = sub(0, 0, i);
                    out.extend(sub(0, i + sep.len(), text.len()));
                    out.push(1);
                    out
                }
                None => vec![p[0], p[1], 0, 0, 0],
            }
        }
        CutPrefix | CutSuffix => {
            let (text, fix) = (str_at(0), str_at(2));
            match f {
                CutPrefix if text.starts_with(fix) => {
                    let mut out = sub(0, fix.len(), text.len());
                    out.push(1);
                    out
                }
                CutSuffix if text.ends_with(fix) => {
                    let mut out = sub(0, 0, text.len() - fix.len());
                    out.push(1);
                    out
                }
                _ => vec![p[0], p[1], 0],
            }
        }
    };
    rt.g.stack.slots[base + HEADER..base + HEADER + out.len()].copy_from_slice(&out);
    Status::Ok
}

/// A new heap string holding `bytes`, as its two words.
fn string(rt: &mut Runtime, bytes: &[u8]) -> Vec<u64> {
    let (p, len) = rt.heap.alloc_string(bytes);
    vec![p, len]
}

/// A new `[]string` of `parts`, as its three words.
fn string_slice(rt: &mut Runtime, parts: &[&[u8]]) -> [u64; 3] {
    let data = rt.heap.alloc(2 * parts.len(), layouts::STRING);
    for (i, part) in parts.iter().enumerate() {
        let (p, len) = rt.heap.alloc_string(part);
        mem::store(data, 2 * i, p);
        mem::store(data, 2 * i + 1, len);
    }
    [data, parts.len() as u64, parts.len() as u64]
}

/// The byte index of the first `sub` in `s`; an empty `sub` is at 0.
fn index(s: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    s.windows(sub.len()).position(|w| w == sub)
}

/// The number of runes in `s`, each invalid byte counting as one.
fn rune_count(s: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        i += decode_rune(&s[i..]).1;
        n += 1;
    }
    n
}

/// Non-overlapping occurrences of `sep` in `s`; an empty `sep` occurs
/// before each rune and at the end.
fn count(s: &[u8], sep: &[u8]) -> usize {
    if sep.is_empty() {
        return rune_count(s) + 1;
    }
    let mut n = 0;
    let mut rest = s;
    while let Some(i) = index(rest, sep) {
        n += 1;
        rest = &rest[i + sep.len()..];
    }
    n
}

/// Go's `genSplit`: the pieces of `s` between each `sep` (with the `sep`
/// kept at the end of each piece when `after`), at most `n` of them (all
/// when `n` is negative, the last holding the rest); an empty `sep` splits
/// after each UTF-8 sequence (an invalid byte is a piece of its own).
fn split<'a>(s: &'a [u8], sep: &[u8], after: bool, n: i64) -> Vec<&'a [u8]> {
    let limit = if n < 0 { usize::MAX } else { n as usize };
    let mut parts = Vec::new();
    if sep.is_empty() {
        let mut i = 0;
        while i < s.len() {
            if parts.len() + 1 == limit {
                parts.push(&s[i..]);
                return parts;
            }
            let w = decode_rune(&s[i..]).1;
            parts.push(&s[i..i + w]);
            i += w;
        }
        return parts;
    }
    let keep = if after { sep.len() } else { 0 };
    let mut rest = s;
    while parts.len() + 1 < limit {
        let Some(i) = index(rest, sep) else { break };
        parts.push(&rest[..i + keep]);
        rest = &rest[i + sep.len()..];
    }
    parts.push(rest);
    parts
}

/// The byte index of the last `sub` in `s`; an empty `sub` is at the end.
fn last_index(s: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(s.len());
    }
    s.windows(sub.len()).rposition(|w| w == sub)
}

/// Go's `IndexRune`: the first `r` in `s`; U+FFFD also finds an invalid
/// byte, and an invalid rune is nowhere.
fn index_rune(s: &[u8], r: i32) -> Option<usize> {
    let r = u32::try_from(r).ok()?;
    if r < 0x80 {
        return s.iter().position(|&c| u32::from(c) == r);
    }
    char::from_u32(r)?;
    let mut i = 0;
    while i < s.len() {
        let (c, w) = decode_rune(&s[i..]);
        if c == r {
            return Some(i);
        }
        i += w;
    }
    None
}

/// Go's `IndexAny`: the first rune of `s` that is in `chars`.
fn index_any(s: &[u8], chars: &[u8]) -> Option<usize> {
    if chars.is_empty() {
        return None;
    }
    let mut i = 0;
    while i < s.len() {
        let (c, w) = decode_rune(&s[i..]);
        if index_rune(chars, c as i32).is_some() {
            return Some(i);
        }
        i += w;
    }
    None
}

/// Go's `EqualFold`: equal under simple Unicode case folding, rune by
/// rune: each pair is equal or in one `SimpleFold` orbit.
fn equal_fold(a: &[u8], b: &[u8]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let ((r, wr), (t, wt)) = (decode_rune(&a[i..]), decode_rune(&b[j..]));
        i += wr;
        j += wt;
        if r == t {
            continue;
        }
        let (lo, hi) = (r.min(t) as i32, r.max(t) as i32);
        let mut f = super::unicode::simple_fold(lo);
        while f != lo && f < hi {
            f = super::unicode::simple_fold(f);
        }
        if f != hi {
            return false;
        }
    }
    i == a.len() && j == b.len()
}

/// `unicode.IsSpace`: Unicode's White_Space property.
pub(super) fn is_space(r: u32) -> bool {
    matches!(
        r,
        0x09..=0x0D | 0x20 | 0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000
    )
}

/// `strings.Fields`: the runs of `s` between white space.
fn fields(s: &[u8]) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut start = None;
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        match (is_space(r), start) {
            (true, Some(st)) => {
                parts.push(&s[st..i]);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        i += w;
    }
    if let Some(st) = start {
        parts.push(&s[st..]);
    }
    parts
}

/// The bounds of `s` without the leading (`left`) and trailing (`right`)
/// runes that `drop` holds for (an invalid byte is U+FFFD).
fn trim_runes(s: &[u8], drop: impl Fn(u32) -> bool, left: bool, right: bool) -> (usize, usize) {
    let mut start = 0;
    while left && start < s.len() {
        let (r, w) = decode_rune(&s[start..]);
        if !drop(r) {
            break;
        }
        start += w;
    }
    let mut end = s.len();
    while right && end > start {
        // Step back to the start of the last UTF-8 sequence (at most 4
        // bytes); an invalid tail byte is a rune of its own.
        let from = (end.saturating_sub(4)..end)
            .find(|&i| decode_rune(&s[i..end]).1 == end - i)
            .unwrap_or(end - 1);
        if !drop(decode_rune(&s[from..end]).0) {
            break;
        }
        end = from;
    }
    (start, end)
}

/// `strings.Replace`: `s` with the first `n` (all when negative) `old`
/// replaced by `new`; `None` when `s` is unchanged.
fn replace(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Option<Vec<u8>> {
    if old == new || n == 0 {
        return None;
    }
    let m = count(s, old);
    if m == 0 {
        return None;
    }
    let n = if n < 0 || (m as u64) < n as u64 {
        m
    } else {
        n as usize
    };
    let mut out = Vec::with_capacity(s.len() + n * new.len());
    let mut start = 0;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            // An empty `old` matches before each rune.
            if i > 0 {
                j += decode_rune(&s[start..]).1;
            }
        } else {
            j += index(&s[start..], old).expect("counted");
        }
        out.extend_from_slice(&s[start..j]);
        out.extend_from_slice(new);
        start = j + old.len();
    }
    out.extend_from_slice(&s[start..]);
    Some(out)
}

/// `strings.ToUpper` / `ToLower`: each rune mapped by Go's simple case
/// mapping, invalid bytes becoming U+FFFD; `None` when `s` is unchanged.
fn map_case(s: &[u8], upper: bool) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut changed = false;
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        let m = if w == 1 && r == 0xFFFD {
            0xFFFD
        } else {
            simple_case(r, upper)
        };
        changed |= m != r || w == 1 && r == 0xFFFD;
        let mut buf = [0; 4];
        out.extend_from_slice(
            char::from_u32(m)
                .unwrap_or('\u{FFFD}')
                .encode_utf8(&mut buf)
                .as_bytes(),
        );
        i += w;
    }
    changed.then_some(out)
}

/// Go's `unicode.ToUpper` / `ToLower` (Unicode 15.0 simple case mapping):
/// Rust's full mapping where it is one code point assigned in Unicode
/// 15.0, with the simple mappings that differ from the full ones.
pub(super) fn simple_case(r: u32, upper: bool) -> u32 {
    use unicode_general_category::{GeneralCategory, get_general_category};
    let Some(c) = char::from_u32(r) else {
        return r;
    };
    if r < 0x80 {
        return u32::from(if upper {
            c.to_ascii_uppercase()
        } else {
            c.to_ascii_lowercase()
        });
    }
    match (r, upper) {
        // İ lowercases to i with a combining dot in full, to i in simple.
        (0x130, false) => return 0x69,
        // Greek vowels with ypogegrammeni uppercase to the prosgegrammeni
        // forms (full mapping: two code points).
        (0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7, true) => return r + 8,
        (0x1FB3 | 0x1FC3 | 0x1FF3, true) => return r + 9,
        _ => {}
    }
    let assigned = |c: char| get_general_category(c) != GeneralCategory::Unassigned;
    let mapped = if upper {
        single(c.to_uppercase())
    } else {
        single(c.to_lowercase())
    };
    match mapped {
        Some(m) if assigned(c) && assigned(m) => m as u32,
        _ => r,
    }
}

/// The only item of `it`, if it has exactly one.
fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
    let first = it.next()?;
    it.next().is_none().then_some(first)
}

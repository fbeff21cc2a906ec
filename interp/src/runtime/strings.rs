//! Strings as Go sees them: bytes that are usually UTF-8, decoded rune by
//! rune with U+FFFD for each invalid byte.

use super::{Runtime, mem};
use crate::bytecode::Scalar;
use crate::program::layouts;

/// A rune in memory.
const RUNE: Scalar = Scalar::I32;

/// The rune at the start of `bytes` and its width in bytes; an invalid or
/// truncated encoding is U+FFFD of width 1, as Go's `range` decodes it.
pub fn decode_rune(bytes: &[u8]) -> (u32, usize) {
    let Some(&b0) = bytes.first() else {
        return (0xFFFD, 0);
    };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let width = match b0 {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (0xFFFD, 1),
    };
    match bytes.get(..width).map(std::str::from_utf8) {
        Some(Ok(s)) => (s.chars().next().map_or(0xFFFD, |c| c as u32), width),
        _ => (0xFFFD, 1),
    }
}

/// `string(rune(v))`: the UTF-8 of a code point, U+FFFD when invalid.
pub fn rune_to_string(rt: &mut Runtime, v: i64) -> (u64, u64) {
    let ch = u32::try_from(v)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    rt.heap.alloc_string(ch.encode_utf8(&mut buf).as_bytes())
}

/// `[]byte(s)`: a fresh copy of the bytes.
pub fn to_bytes(rt: &mut Runtime, s: (u64, u64)) -> [u64; 3] {
    let len = s.1;
    if len == 0 {
        return [rt.zerobase, 0, 0];
    }
    // Go rounds the allocation up to a size class; the capacity shows it.
    let cap = super::slice::roundupsize(len, false);
    let data = rt.heap.alloc(cap.div_ceil(8) as usize, layouts::NOSCAN);
    mem::store_bytes(data, mem::bytes(s.0, len));
    [data, len, cap]
}

/// `string(b)` of a `[]byte`.
pub fn from_bytes(rt: &mut Runtime, b: (u64, u64)) -> (u64, u64) {
    let bytes = mem::bytes(b.0, b.1).to_vec();
    rt.heap.alloc_string(&bytes)
}

/// `[]rune(s)`: the decoded runes, four bytes each.
pub fn to_runes(rt: &mut Runtime, s: (u64, u64)) -> [u64; 3] {
    let bytes = mem::bytes(s.0, s.1);
    let mut runes = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let (ch, w) = decode_rune(&bytes[i..]);
        runes.push(ch as u64);
        i += w;
    }
    if runes.is_empty() {
        return [rt.zerobase, 0, 0];
    }
    let data = rt.heap.alloc(runes.len().div_ceil(2), layouts::NOSCAN);
    for (k, &r) in runes.iter().enumerate() {
        mem::store_scalar(data + 4 * k as u64, RUNE, r);
    }
    [data, runes.len() as u64, runes.len() as u64]
}

/// `string(runes)`: the UTF-8 of each rune (U+FFFD for invalid ones).
pub fn from_runes(rt: &mut Runtime, s: (u64, u64)) -> (u64, u64) {
    let mut out = String::new();
    for k in 0..s.1 {
        let v = mem::load_scalar(s.0 + 4 * k, RUNE) as i64;
        out.push(
            u32::try_from(v)
                .ok()
                .and_then(char::from_u32)
                .unwrap_or('\u{FFFD}'),
        );
    }
    rt.heap.alloc_string(out.as_bytes())
}

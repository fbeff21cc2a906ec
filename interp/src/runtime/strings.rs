//! Strings as Go sees them: bytes that are usually UTF-8, decoded rune by
//! rune with U+FFFD for each invalid byte.

use super::{Runtime, Status, mem, panic, print};
use crate::program::layouts;

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

/// `[]byte(s)`: a fresh copy of the bytes, one per slot word.
pub fn to_bytes(rt: &mut Runtime, s: (u64, u64)) -> [u64; 3] {
    let len = s.1;
    if len == 0 {
        return [rt.zerobase, 0, 0];
    }
    // Go rounds the allocation up to a size class; the capacity shows it.
    let cap = super::slice::roundupsize(len, false);
    let data = rt.heap.alloc(cap as usize, layouts::NOSCAN);
    for (k, &b) in mem::bytes(s.0, len).iter().enumerate() {
        mem::store(data, k, b as u64);
    }
    [data, len, cap]
}

/// `string(b)` of a `[]byte` (one byte per slot word).
pub fn from_bytes(rt: &mut Runtime, b: (u64, u64)) -> (u64, u64) {
    let bytes: Vec<u8> = (0..b.1 as usize).map(|k| mem::load(b.0, k) as u8).collect();
    rt.heap.alloc_string(&bytes)
}

/// `unsafe.String(ptr, len)` once its length is checked: a copy of the
/// `len` bytes at `ptr`, one per word as gojit lays out a `*byte`'s memory
/// (a string's bytes are packed). Go reads nothing here, so a forged
/// pointer outside the heap and the package variables, which Go would fault
/// on only when the string is read, faults now as Go does then (`fatal
/// error: fault`) rather than crashing the process.
pub fn unsafe_string(
    rt: &mut Runtime,
    frame: usize,
    ptr: u64,
    len: u64,
) -> Result<(u64, u64), Status> {
    if len == 0 {
        return Ok((0, 0));
    }
    let last = ptr.wrapping_add(8 * (len - 1));
    let heap = rt.heap.object(ptr).is_some() && rt.heap.object(last).is_some();
    let global = rt.is_global(ptr) && rt.is_global(last);
    if !(heap || global) {
        print::stderr(format!("unexpected fault address {ptr:#x}\n").as_bytes());
        return Err(panic::throw(rt, frame, "fault"));
    }
    Ok(from_bytes(rt, (ptr, len)))
}

/// `unsafe.StringData(s)`: a fresh copy of the bytes, one per word as
/// gojit lays out what a `*byte` points to (a string's own bytes are
/// packed), so each call gives a new pointer; nil for an empty string.
pub fn data(rt: &mut Runtime, s: (u64, u64)) -> u64 {
    if s.1 == 0 {
        return 0;
    }
    let data = rt.heap.alloc(s.1 as usize, layouts::NOSCAN);
    mem::store_bytes(data, mem::bytes(s.0, s.1));
    data
}

/// `[]rune(s)`: the decoded runes, one word each.
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
    let data = rt.heap.alloc(runes.len(), layouts::NOSCAN);
    for (k, &r) in runes.iter().enumerate() {
        mem::store(data, k, r);
    }
    [data, runes.len() as u64, runes.len() as u64]
}

/// `string(runes)`: the UTF-8 of each rune (U+FFFD for invalid ones).
pub fn from_runes(rt: &mut Runtime, s: (u64, u64)) -> (u64, u64) {
    let mut out = String::new();
    for k in 0..s.1 as usize {
        let v = mem::load(s.0, k) as i64;
        out.push(
            u32::try_from(v)
                .ok()
                .and_then(char::from_u32)
                .unwrap_or('\u{FFFD}'),
        );
    }
    rt.heap.alloc_string(out.as_bytes())
}

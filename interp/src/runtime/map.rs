//! Maps: Go's `map[K]V` with its nil-map and hashing panics.
//!
//! A map value is one word: 0 for a nil map, else the address of a heap
//! cell (Go's `hmap` pointer) holding the map's index in [`Maps`]. The
//! collector frees a map whose cell nothing reaches. A map keeps its entries in insertion order (deleted
//! ones leave a hole) and finds them through a hash index on a canonical
//! encoding of the key (the bytes of strings, the words of integers, the
//! dynamic type and value of interfaces), so equal keys meet whatever memory
//! holds them. Go leaves iteration order unspecified; gojit iterates in
//! insertion order, and `fmt` prints maps sorted by key as Go does.

use std::collections::HashMap;

use super::{Runtime, mem, value};
use crate::program::{RtKind, rt_types};

thread_local! {
    /// Tells apart the encodings of NaN keys.
    static NAN_KEYS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Appends the key encoding of the float with bits `bits`.
fn encode_float(bits: u64, out: &mut Vec<u8>) {
    let v = f64::from_bits(bits);
    if v.is_nan() {
        // NaN equals nothing, itself included: each NaN key is a new key
        // that no lookup finds.
        let n = NAN_KEYS.with(|c| {
            c.set(c.get() + 1);
            c.get()
        });
        out.push(0xff);
        out.extend_from_slice(&n.to_le_bytes());
    } else {
        // +0 and -0 are the same key.
        out.extend_from_slice(&(v + 0.0).to_bits().to_le_bytes());
    }
}

/// Appends the key encoding of a string of bytes `b`.
fn encode_string(b: &[u8], out: &mut Vec<u8>) {
    out.extend_from_slice(&(b.len() as u64).to_le_bytes());
    out.extend_from_slice(b);
}

/// One map.
#[derive(Default)]
pub struct GoMap {
    /// Entries in insertion order: key words then value words; `None` once
    /// deleted.
    pub entries: Vec<Option<Box<[u64]>>>,
    index: HashMap<Box<[u8]>, usize>,
    live: usize,
    /// Entries before this one are all deleted, so a new iteration starts
    /// here (deleting from the front while ranging stays linear).
    head: usize,
    /// The layout of an entry.
    pub layout: u32,
}

impl GoMap {
    /// An empty map whose entries have layout `layout`.
    pub fn new(layout: u32) -> GoMap {
        GoMap {
            layout,
            ..GoMap::default()
        }
    }

    /// About the words the map's entries and index take, for pacing the
    /// collector.
    pub fn words(&self) -> usize {
        self.entries.len() * ENTRY_OVERHEAD_WORDS
            + self
                .entries
                .iter()
                .flatten()
                .map(|e| e.len())
                .sum::<usize>()
    }
}

/// Words an entry costs besides its key and value words: its slot, box and
/// hash index entry.
const ENTRY_OVERHEAD_WORDS: usize = 8;

/// Every map of the program.
pub type Maps = super::mgc::CellTable<GoMap>;

impl Maps {
    /// The map of map value `m`, unless nil.
    pub fn get(&self, m: u64) -> Option<&GoMap> {
        (m != 0).then(|| &self[Maps::index(m)])
    }

    fn get_mut(&mut self, m: u64) -> Option<&mut GoMap> {
        (m != 0).then(|| &mut self[Maps::index(m)])
    }
}

/// The layout of a map type's entries: key and value types and their sizes.
struct Layout {
    key: u32,
    key_words: usize,
    value_words: usize,
}

fn layout(rt: &Runtime, map_ty: u32) -> Layout {
    let t = &rt.prog.types[map_ty as usize];
    let key = t.fields[0];
    Layout {
        key,
        key_words: rt.prog.types[key as usize].words as usize,
        value_words: rt.prog.types[t.elem as usize].words as usize,
    }
}

/// Appends the canonical encoding of the value of runtime type `ty` at
/// `addr`: equal Go values, and only those, encode alike. Uncomparable
/// dynamic types are Go's `hash of unhashable type` error.
pub fn encode_key(
    rt: &Runtime,
    ty: u32,
    addr: u64,
    form: value::Form,
    out: &mut Vec<u8>,
) -> Result<(), String> {
    let t = &rt.prog.types[ty as usize];
    match t.kind {
        RtKind::Int
        | RtKind::Uint
        | RtKind::Bool
        | RtKind::Pointer
        | RtKind::Chan
        | RtKind::ErrorString => {
            out.extend_from_slice(&value::scalar_at(t, addr, form).to_le_bytes())
        }
        RtKind::Float32 | RtKind::Float64 => encode_float(value::scalar_at(t, addr, form), out),
        RtKind::Complex64 | RtKind::Complex128 => {
            let (re, im) = value::complex_at(t, addr, form);
            encode_float(re, out);
            encode_float(im, out);
        }
        RtKind::String | RtKind::RuntimeError => {
            encode_string(mem::bytes(mem::load(addr, 0), mem::load(addr, 1)), out);
        }
        RtKind::Struct => {
            for (i, (&f, &off)) in t.fields.iter().zip(&t.offsets).enumerate() {
                if !t.is_blank_field(i) {
                    encode_key(rt, f, addr + off, value::Form::Mem, out)?;
                }
            }
        }
        RtKind::Array => {
            for i in 0..t.len {
                let at = value::elem_at(rt, t, addr, i);
                encode_key(rt, t.elem, at, value::Form::Mem, out)?;
            }
        }
        RtKind::Interface => {
            let (dty, data) = (mem::load(addr, 0), mem::load(addr, 1));
            out.extend_from_slice(&dty.to_le_bytes());
            if dty != rt_types::NIL as u64 {
                let d = &rt.prog.types[dty as usize];
                // Go names the dynamic type that cannot be hashed (a struct
                // holding a slice, say), not the part inside it.
                if !comparable(rt, dty as u32) {
                    return Err(format!("runtime error: hash of unhashable type {}", d.name));
                }
                if d.words == 1 {
                    let word = [data];
                    encode_key(rt, dty as u32, word.as_ptr() as u64, value::Form::Slot, out)?;
                } else {
                    encode_key(rt, dty as u32, data, value::Form::Slot, out)?;
                }
            }
        }
        RtKind::Func | RtKind::Slice | RtKind::Map => {
            return Err(format!("runtime error: hash of unhashable type {}", t.name));
        }
    }
    Ok(())
}

/// Values of runtime type `ty` can be compared with `==` (an interface can,
/// whatever it holds).
fn comparable(rt: &Runtime, ty: u32) -> bool {
    let t = &rt.prog.types[ty as usize];
    match t.kind {
        RtKind::Func | RtKind::Slice | RtKind::Map => false,
        RtKind::Struct => t.fields.iter().all(|&f| comparable(rt, f)),
        RtKind::Array => comparable(rt, t.elem),
        _ => true,
    }
}

/// `m[key]`: copies the value (or the zero value) to `dst` and returns
/// whether the key was there.
pub fn index(rt: &Runtime, map_ty: u32, m: u64, key: u64, dst: u64) -> Result<bool, String> {
    let l = layout(rt, map_ty);
    let mut k = Vec::new();
    encode_key(rt, l.key, key, value::Form::Slot, &mut k)?;
    let entry = rt
        .maps
        .get(m)
        .and_then(|gm| gm.index.get(&k[..]).and_then(|&i| gm.entries[i].as_ref()));
    for i in 0..l.value_words {
        mem::store(dst, i, entry.map_or(0, |e| e[l.key_words + i]));
    }
    Ok(entry.is_some())
}

/// `m[key] = value`; Go's panic for a nil map.
pub fn assign(rt: &mut Runtime, map_ty: u32, m: u64, key: u64, value: u64) -> Result<(), String> {
    let l = layout(rt, map_ty);
    let mut k = Vec::new();
    encode_key(rt, l.key, key, value::Form::Slot, &mut k)?;
    let words: Box<[u64]> = (0..l.key_words)
        .map(|i| mem::load(key, i))
        .chain((0..l.value_words).map(|i| mem::load(value, i)))
        .collect();
    let Some(gm) = rt.maps.get_mut(m) else {
        return Err("assignment to entry in nil map".into());
    };
    match gm.index.get(&k[..]) {
        Some(&i) => gm.entries[i] = Some(words),
        None => {
            let cost = words.len() + ENTRY_OVERHEAD_WORDS;
            gm.index.insert(k.into_boxed_slice(), gm.entries.len());
            gm.entries.push(Some(words));
            gm.live += 1;
            rt.heap.charge(cost);
        }
    }
    Ok(())
}

/// `m[key] = value` for a new string key `key` (pointer, length) of a
/// map the runtime makes itself (`unicode.Categories`), which has no
/// runtime type to read the layout from.
pub fn insert_string(rt: &mut Runtime, m: u64, key: (u64, u64), value: &[u64]) {
    let mut k = Vec::new();
    encode_string(mem::bytes(key.0, key.1), &mut k);
    let words: Box<[u64]> = [key.0, key.1].iter().chain(value).copied().collect();
    let gm = rt.maps.get_mut(m).expect("a map just made");
    gm.index.insert(k.into_boxed_slice(), gm.entries.len());
    gm.entries.push(Some(words));
    gm.live += 1;
    rt.heap.charge(2 + value.len() + ENTRY_OVERHEAD_WORDS);
}

/// `delete(m, key)` (a no-op on a nil map or a missing key).
pub fn delete(rt: &mut Runtime, map_ty: u32, m: u64, key: u64) -> Result<(), String> {
    let l = layout(rt, map_ty);
    let mut k = Vec::new();
    encode_key(rt, l.key, key, value::Form::Slot, &mut k)?;
    if let Some(gm) = rt.maps.get_mut(m)
        && let Some(i) = gm.index.remove(&k[..])
    {
        gm.entries[i] = None;
        gm.live -= 1;
        if gm.live == 0 {
            // Nothing left: drop the holes too. An iteration under way may
            // then miss entries added later, which Go allows.
            gm.entries.clear();
            gm.head = 0;
        }
        while gm.head < gm.entries.len() && gm.entries[gm.head].is_none() {
            gm.head += 1;
        }
    }
    Ok(())
}

/// `clear(m)`: removes every entry (a no-op on a nil map).
pub fn clear(rt: &mut Runtime, m: u64) {
    if let Some(gm) = rt.maps.get_mut(m) {
        *gm = GoMap::new(gm.layout);
    }
}

/// `len(m)`.
pub fn len(rt: &Runtime, m: u64) -> u64 {
    rt.maps.get(m).map_or(0, |gm| gm.live as u64)
}

/// One step of `range` over a map: from position `pos`, the next live entry
/// copied to `dst` (key words then value words) and the position after it.
pub fn next(rt: &Runtime, map_ty: u32, m: u64, pos: u64, dst: u64) -> Option<u64> {
    let l = layout(rt, map_ty);
    let gm = rt.maps.get(m)?;
    let mut i = (pos as usize).max(gm.head);
    while i < gm.entries.len() {
        if let Some(e) = &gm.entries[i] {
            for (w, &v) in e.iter().enumerate().take(l.key_words + l.value_words) {
                mem::store(dst, w, v);
            }
            return Some(i as u64 + 1);
        }
        i += 1;
    }
    None
}

//! Package `fmt`: formatting of values as Go's `fmt` prints them.

use super::{Runtime, mem};
use crate::program::{RtKind, rt_types};

/// The `Error()` text of an error value held in an interface.
pub fn error_string(rt: &Runtime, (ty, data): (u64, u64)) -> String {
    match rt.prog.types[ty as usize].kind {
        RtKind::RuntimeError => {
            String::from_utf8_lossy(mem::bytes(mem::load(data, 0), mem::load(data, 1))).into_owned()
        }
        _ => value(rt, (ty, data)),
    }
}

/// `%v` of an interface value.
pub fn value(rt: &Runtime, (ty, data): (u64, u64)) -> String {
    let mut out = Vec::new();
    push_iface(rt, &mut out, (ty, data));
    String::from_utf8_lossy(&out).into_owned()
}

/// Appends `%v` of an interface value.
fn push_iface(rt: &Runtime, out: &mut Vec<u8>, (ty, data): (u64, u64)) {
    if ty == rt_types::NIL as u64 {
        out.extend_from_slice(b"<nil>");
        return;
    }
    let t = &rt.prog.types[ty as usize];
    if t.words == 1 {
        // One-word values sit in the data word itself.
        let word = [data];
        push_at(rt, out, ty as u32, word.as_ptr() as u64, 0);
    } else {
        push_at(rt, out, ty as u32, data, 0);
    }
}

/// Appends `%v` of the value of runtime type `ty` stored at `addr`, nested
/// `depth` levels inside another value (Go prints `&{...}` for a pointer to
/// a struct only at the top level, an address below it).
fn push_at(rt: &Runtime, out: &mut Vec<u8>, ty: u32, addr: u64, depth: u32) {
    let t = &rt.prog.types[ty as usize];
    match t.kind {
        RtKind::Int => out.extend_from_slice((mem::load(addr, 0) as i64).to_string().as_bytes()),
        RtKind::Uint => out.extend_from_slice(mem::load(addr, 0).to_string().as_bytes()),
        RtKind::Bool => out.extend_from_slice(if mem::load(addr, 0) != 0 {
            b"true"
        } else {
            b"false"
        }),
        RtKind::String => out.extend_from_slice(mem::bytes(mem::load(addr, 0), mem::load(addr, 1))),
        RtKind::Func => out.extend_from_slice(format!("{:#x}", mem::load(addr, 0)).as_bytes()),
        RtKind::RuntimeError => {
            out.extend_from_slice(mem::bytes(mem::load(addr, 0), mem::load(addr, 1)))
        }
        RtKind::Slice | RtKind::Array => {
            let words = rt.prog.types[t.elem as usize].words.max(1) as u64;
            // An array's elements are inline; a slice points at them.
            let (data, len) = if t.kind == RtKind::Array {
                (addr, t.words as u64 / words)
            } else {
                (mem::load(addr, 0), mem::load(addr, 1))
            };
            out.push(b'[');
            for i in 0..len {
                if i > 0 {
                    out.push(b' ');
                }
                push_at(rt, out, t.elem, data + 8 * words * i, depth + 1);
            }
            out.push(b']');
        }
        RtKind::Struct => {
            out.push(b'{');
            let mut at = addr;
            for (i, &f) in t.fields.iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                push_at(rt, out, f, at, depth + 1);
                at += 8 * rt.prog.types[f as usize].words as u64;
            }
            out.push(b'}');
        }
        RtKind::Interface => {
            push_iface_at(rt, out, (mem::load(addr, 0), mem::load(addr, 1)), depth)
        }
        RtKind::Map => {
            out.extend_from_slice(b"map[");
            let key = t.fields[0];
            let kw = rt.prog.types[key as usize].words as u64;
            let mut entries: Vec<&[u64]> = rt
                .maps
                .get(mem::load(addr, 0))
                .map(|m| m.entries.iter().flatten().map(|e| &e[..]).collect())
                .unwrap_or_default();
            // Go's fmt prints maps sorted by key.
            entries.sort_by(|a, b| compare_keys(rt, key, a.as_ptr() as u64, b.as_ptr() as u64));
            for (i, e) in entries.iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                let at = e.as_ptr() as u64;
                push_at(rt, out, key, at, depth + 1);
                out.push(b':');
                push_at(rt, out, t.elem, at + 8 * kw, depth + 1);
            }
            out.push(b']');
        }
        RtKind::Pointer => {
            let p = mem::load(addr, 0);
            let target = &rt.prog.types[t.elem as usize];
            if p == 0 {
                out.extend_from_slice(b"<nil>");
            } else if depth == 0 && target.kind == RtKind::Struct {
                out.push(b'&');
                push_at(rt, out, t.elem, p, depth + 1);
            } else {
                out.extend_from_slice(format!("{p:#x}").as_bytes());
            }
        }
    }
}

fn is_string(rt: &Runtime, ty: u64) -> bool {
    ty != rt_types::NIL as u64 && rt.prog.types[ty as usize].kind == RtKind::String
}

/// `fmt.Sprintln(args...)` of `n` interfaces stored at `args`.
pub fn sprintln(rt: &Runtime, args: u64, n: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for i in 0..n {
        if i > 0 {
            out.push(b' ');
        }
        push_iface(rt, &mut out, iface_at(args, i));
    }
    out.push(b'\n');
    out
}

/// `fmt.Sprint(args...)`: a space between operands when neither is a string.
pub fn sprint(rt: &Runtime, args: u64, n: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for i in 0..n {
        let v = iface_at(args, i);
        if i > 0 && !is_string(rt, v.0) && !is_string(rt, iface_at(args, i - 1).0) {
            out.push(b' ');
        }
        push_iface(rt, &mut out, v);
    }
    out
}

fn iface_at(args: u64, i: usize) -> (u64, u64) {
    (mem::load(args, 2 * i), mem::load(args, 2 * i + 1))
}

/// `fmt.Sprintf(format, args...)` of `n` interfaces stored at `args`.
pub fn sprintf(rt: &Runtime, format: &[u8], args: u64, n: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut next = 0;
    let mut i = 0;
    while i < format.len() {
        let c = format[i];
        i += 1;
        if c != b'%' {
            out.push(c);
            continue;
        }
        let Some(&verb) = format.get(i) else {
            out.extend_from_slice(b"%!(NOVERB)");
            break;
        };
        i += 1;
        if verb == b'%' {
            out.push(b'%');
            continue;
        }
        if next >= n {
            out.extend_from_slice(format!("%!{}(MISSING)", verb as char).as_bytes());
            continue;
        }
        push_iface(rt, &mut out, iface_at(args, next));
        next += 1;
    }
    out
}

/// `%v` of an interface stored inside another value.
fn push_iface_at(rt: &Runtime, out: &mut Vec<u8>, v: (u64, u64), depth: u32) {
    if depth == 0 {
        return push_iface(rt, out, v);
    }
    if v.0 == rt_types::NIL as u64 {
        out.extend_from_slice(b"<nil>");
        return;
    }
    let t = &rt.prog.types[v.0 as usize];
    if t.words == 1 {
        let word = [v.1];
        push_at(rt, out, v.0 as u32, word.as_ptr() as u64, depth);
    } else {
        push_at(rt, out, v.0 as u32, v.1, depth);
    }
}

/// The order Go's fmt sorts map keys in: numbers by value, strings
/// bytewise, false before true, interfaces by type then value; other keys
/// keep their order.
fn compare_keys(rt: &Runtime, ty: u32, a: u64, b: u64) -> std::cmp::Ordering {
    let t = &rt.prog.types[ty as usize];
    match t.kind {
        RtKind::Int => (mem::load(a, 0) as i64).cmp(&(mem::load(b, 0) as i64)),
        RtKind::Uint | RtKind::Bool | RtKind::Pointer => mem::load(a, 0).cmp(&mem::load(b, 0)),
        RtKind::String => mem::bytes(mem::load(a, 0), mem::load(a, 1))
            .cmp(mem::bytes(mem::load(b, 0), mem::load(b, 1))),
        RtKind::Struct => {
            let mut off = 0;
            for &f in &t.fields {
                let c = compare_keys(rt, f, a + off, b + off);
                if c.is_ne() {
                    return c;
                }
                off += 8 * rt.prog.types[f as usize].words as u64;
            }
            std::cmp::Ordering::Equal
        }
        RtKind::Interface => {
            let (ta, tb) = (mem::load(a, 0), mem::load(b, 0));
            if ta != tb || ta == rt_types::NIL as u64 {
                return ta.cmp(&tb);
            }
            let (da, db) = ([mem::load(a, 1)], [mem::load(b, 1)]);
            if rt.prog.types[ta as usize].words == 1 {
                compare_keys(rt, ta as u32, da.as_ptr() as u64, db.as_ptr() as u64)
            } else {
                compare_keys(rt, ta as u32, da[0], db[0])
            }
        }
        _ => std::cmp::Ordering::Equal,
    }
}

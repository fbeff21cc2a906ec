//! Package `fmt`: formatting of values as Go's `fmt` prints them.

use super::{Runtime, mem};
use crate::program::{RtKind, rt_types};

/// The `Error()` text of an error value held in an interface.
pub fn error_string(rt: &Runtime, (ty, data): (u64, u64)) -> String {
    match rt.prog.types[ty as usize].kind {
        RtKind::RuntimeError => format!(
            "runtime error: {}",
            String::from_utf8_lossy(mem::bytes(mem::load(data, 0), mem::load(data, 1)))
        ),
        _ => value(rt, (ty, data)),
    }
}

/// `%v` of an interface value.
pub fn value(rt: &Runtime, (ty, data): (u64, u64)) -> String {
    if ty == rt_types::NIL as u64 {
        return "<nil>".into();
    }
    match rt.prog.types[ty as usize].kind {
        RtKind::Int => (data as i64).to_string(),
        RtKind::Bool => (data != 0).to_string(),
        RtKind::String => {
            String::from_utf8_lossy(mem::bytes(mem::load(data, 0), mem::load(data, 1))).into_owned()
        }
        RtKind::Func => format!("{data:#x}"),
        RtKind::RuntimeError => error_string(rt, (ty, data)),
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
        push_value(rt, &mut out, iface_at(args, i));
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
        push_value(rt, &mut out, v);
    }
    out
}

fn iface_at(args: u64, i: usize) -> (u64, u64) {
    (mem::load(args, 2 * i), mem::load(args, 2 * i + 1))
}

fn push_value(rt: &Runtime, out: &mut Vec<u8>, v: (u64, u64)) {
    if is_string(rt, v.0) {
        out.extend_from_slice(mem::bytes(mem::load(v.1, 0), mem::load(v.1, 1)));
    } else {
        out.extend_from_slice(value(rt, v).as_bytes());
    }
}

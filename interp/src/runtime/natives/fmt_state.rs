//! The method calls of `fmt`'s printing (`with_method_calls`), and
//! `*fmt.pp`, the `fmt.State` a `Format` method gets: a cell holding the
//! output so far (a `[]byte`), the width, the precision and the flags of
//! the verb.

use super::super::methods::{self, Called, MethodTexts, Wanted};
use super::super::{Engine, Runtime, Status, mem, panic, slice, stack::HEADER};
use super::builder::BYTE;
use super::cell;
use super::os::{byte_slice, slice_bytes};
use crate::bytecode::FmtStateFn;
use crate::program::layouts;

/// The `Flag` characters, by their bit in the cell's flags word.
const FLAGS: [u8; 5] = [b'-', b'+', b'#', b' ', b'0'];
/// The flags word's bits for a present width and precision.
const WID_PRESENT: u64 = 1 << 5;
const PREC_PRESENT: u64 = 1 << 6;

/// The `Format` method call `wanted` of `value`, in a frame at `base`
/// called from `caller`: what it wrote, or its panic.
fn call_format(
    rt: &mut Runtime,
    engine: &dyn Engine,
    value: (u64, u64),
    wanted: &Wanted,
    base: usize,
    caller: usize,
) -> Result<Called, Status> {
    let (
        Some((_, pp)),
        &Wanted::Format {
            verb,
            flags,
            wid,
            prec,
        },
    ) = (rt.prog.formatter, wanted)
    else {
        unreachable!("Format is called only for fmt.Formatter values");
    };
    let mut flags = flags
        .iter()
        .zip(0..)
        .fold(0, |acc, (&on, bit)| if on { acc | 1 << bit } else { acc });
    if wid.is_some() {
        flags |= WID_PRESENT;
    }
    if prec.is_some() {
        flags |= PREC_PRESENT;
    }
    let empty = byte_slice(rt, &[], 0);
    let state = cell(
        rt,
        layouts::FMT_STATE,
        &[
            empty[0],
            empty[1],
            empty[2],
            wid.unwrap_or(0) as u64,
            prec.unwrap_or(0) as u64,
            flags,
        ],
    );
    let args = [u64::from(pp), state, u64::from(verb)];
    let r = methods::call_catching(rt, engine, value, "Format", &args, 0, base, caller)?;
    let written = slice_bytes(mem::load(state, 0), mem::load(state, 1));
    Ok(match r {
        Some(Err(value)) => Called::Panic {
            method: "Format",
            value,
            written,
        },
        _ => Called::Text(written),
    })
}

/// Runs the `*fmt.pp` method `f` in the frame at `base` (results first,
/// then the receiver and the arguments), called from `caller`.
pub fn call(
    rt: &mut Runtime,
    engine: &dyn Engine,
    f: FmtStateFn,
    base: usize,
    caller: usize,
) -> Status {
    use FmtStateFn::*;
    let results = match f {
        Flag => 1,
        Precision | Width => 2,
        Write | WriteString => 3,
    };
    let at = base + HEADER + results;
    let p: Vec<u64> = rt.g.stack.slots[at..at + 3].to_vec();
    let pp = p[0];
    if pp == 0 {
        return panic::nil_deref(rt, engine, caller);
    }
    let flags = mem::load(pp, 5);
    let out: Vec<u64> = match f {
        Flag => {
            let on = FLAGS
                .iter()
                .position(|&c| u64::from(c) == p[1])
                .is_some_and(|bit| flags & (1 << bit) != 0);
            vec![u64::from(on)]
        }
        Width => vec![mem::load(pp, 3), u64::from(flags & WID_PRESENT != 0)],
        Precision => vec![mem::load(pp, 4), u64::from(flags & PREC_PRESENT != 0)],
        Write | WriteString => {
            // A []byte's elements and a string's bytes alike.
            let bytes = slice_bytes(p[1], p[2]);
            let buf = [mem::load(pp, 0), mem::load(pp, 1), mem::load(pp, 2)];
            let grown = match slice::append(
                rt,
                engine,
                caller,
                buf,
                bytes.as_ptr() as u64,
                bytes.len() as u64,
                BYTE,
            ) {
                Ok(g) => g,
                Err(st) => return st,
            };
            for (i, w) in grown.into_iter().enumerate() {
                mem::store(pp, i, w);
            }
            vec![bytes.len() as u64, 0, 0]
        }
    };
    rt.g.stack.slots[base + HEADER..base + HEADER + out.len()].copy_from_slice(&out);
    Status::Ok
}

/// Formats with `print` (a pass of `fmt`'s printer). When the pass needs
/// method calls (`Error`, `String`, `GoString`, `Format`), they are made
/// in its order (as Go's fmt makes them while printing: in frames at
/// `base`, above the native's arguments, called from `caller`) and a second
/// pass prints their outcomes.
pub fn with_method_calls<T>(
    rt: &mut Runtime,
    engine: &dyn Engine,
    base: usize,
    caller: usize,
    print: impl Fn(&Runtime, &MethodTexts) -> T,
) -> Result<T, Status> {
    let mut texts = MethodTexts::default();
    let out = print(rt, &texts);
    let calls = texts.calls.take();
    if calls.is_empty() {
        return Ok(out);
    }
    let mut done = Vec::with_capacity(calls.len());
    for c in &calls {
        done.push(match c.wanted {
            Wanted::Text(name) => methods::called(rt, engine, c.value, name, base, caller)?,
            Wanted::Format { .. } => call_format(rt, engine, c.value, &c.wanted, base, caller)?,
        });
    }
    texts.done = Some(done);
    Ok(print(rt, &texts))
}

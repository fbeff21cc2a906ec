//! `strings.Builder`: a struct laid out as Go's (the address it was first
//! written at, then a `[]byte`), so its zero value works and copying a used
//! one panics as in Go. Its bytes grow by `append`'s rules, so `Cap` agrees
//! with Go.

use super::super::{Engine, Runtime, Status, mem, panic, slice, stack::HEADER};
use crate::bytecode::{BuilderFn, Elem};

/// A `[]byte` element.
pub(super) const BYTE: Elem = Elem {
    go_size: 1,
    layout: crate::program::layouts::NOSCAN,
};

/// Runs the `*strings.Builder` method `f` in the frame at `base` (results
/// first, then the receiver and the arguments), called from `caller`.
pub fn call(
    rt: &mut Runtime,
    engine: &dyn Engine,
    f: BuilderFn,
    base: usize,
    caller: usize,
) -> Status {
    use BuilderFn::*;
    // Result words: int 1, string and error 2, (int, error) 3.
    let results = match f {
        Cap | Len => 1,
        Grow | Reset => 0,
        String | WriteByte => 2,
        Write | WriteRune | WriteString => 3,
    };
    let at = base + HEADER + results;
    let p: Vec<u64> = rt.g.stack.slots[at..at + 4].to_vec();
    let b = p[0];
    if b == 0 {
        return panic::nil_deref(rt, engine, caller);
    }
    let buf = [mem::load(b, 1), mem::load(b, 2), mem::load(b, 3)];
    // Go's copyCheck, before anything that writes.
    if matches!(f, Grow | Write | WriteByte | WriteRune | WriteString) {
        let addr = mem::load(b, 0);
        if addr == 0 {
            mem::store(b, 0, b);
        } else if addr != b {
            let msg = "strings: illegal use of non-zero Builder copied by value";
            return panic::gopanic_string(rt, engine, caller, msg);
        }
    }
    let append = |rt: &mut Runtime, bytes: &[u8]| -> Result<(), Status> {
        let grown = slice::append(
            rt,
            engine,
            caller,
            buf,
            bytes.as_ptr() as u64,
            bytes.len() as u64,
            BYTE,
        )?;
        for (i, w) in grown.into_iter().enumerate() {
            mem::store(b, 1 + i, w);
        }
        Ok(())
    };
    let out: Result<Vec<u64>, Status> = match f {
        Len => Ok(vec![buf[1]]),
        Cap => Ok(vec![buf[2]]),
        Reset => {
            for i in 0..4 {
                mem::store(b, i, 0);
            }
            Ok(vec![])
        }
        String => {
            let bytes = mem::bytes(buf[0], buf[1]).to_vec();
            let (ptr, len) = rt.heap.alloc_string(&bytes);
            Ok(vec![ptr, len])
        }
        WriteString | Write => {
            let text = mem::bytes(p[1], p[2]).to_vec();
            append(rt, &text).map(|()| vec![text.len() as u64, 0, 0])
        }
        WriteByte => append(rt, &[p[1] as u8]).map(|()| vec![0, 0]),
        WriteRune => {
            let c = char::from_u32(p[1] as u32).unwrap_or(char::REPLACEMENT_CHARACTER);
            let mut tmp = [0u8; 4];
            let bytes = c.encode_utf8(&mut tmp).as_bytes().to_vec();
            append(rt, &bytes).map(|()| vec![bytes.len() as u64, 0, 0])
        }
        Grow => {
            let n = p[1] as i64;
            if n < 0 {
                return panic::gopanic_string(
                    rt,
                    engine,
                    caller,
                    "strings.Builder.Grow: negative count",
                );
            }
            if (buf[2] - buf[1]) < n as u64 {
                // Go allocates 2*cap+n bytes (rounded up to the allocator's
                // size class, which is the capacity) and copies the old ones.
                let cap = slice::roundupsize(2 * buf[2] + n as u64, false) as i64;
                match slice::makeslice(rt, engine, caller, cap, cap, BYTE) {
                    Ok(fresh) => {
                        slice::copy(fresh, (buf[0], buf[1]), 1);
                        mem::store(b, 1, fresh[0]);
                        mem::store(b, 2, buf[1]);
                        mem::store(b, 3, fresh[2]);
                    }
                    Err(st) => return st,
                }
            }
            Ok(vec![])
        }
    };
    match out {
        Ok(words) => {
            rt.g.stack.slots[base + HEADER..base + HEADER + words.len()].copy_from_slice(&words);
            Status::Ok
        }
        Err(st) => st,
    }
}

//! Go's `errors` package (`Is`, `As`, `Unwrap`, `Join`) and the wrapping
//! errors `fmt.Errorf` makes with `%w`.
//!
//! The standard error types keep their text first in their cell (so one
//! `Error` method serves them all): `*fmt.wrapError` adds the wrapped error,
//! `*fmt.wrapErrors` and `*errors.joinError` a `[]error`. Errors of the
//! program's own types are unwrapped and compared through their `Unwrap`,
//! `Is` and `As` methods, called on the running engine.

use super::super::{Engine, Runtime, Status, fmt, mem, methods, panic, stack::HEADER, value};
use super::cell;
use crate::bytecode::{ErrVar, Native};
use crate::program::{RtKind, layouts, rt_types};

/// An interface value: type word and data word.
type Iface = (u64, u64);

/// The sentinel error `v` (`io.EOF`, `fs.ErrNotExist`, ...): one
/// `*errors.errorString`, made on first use, for the whole run.
pub fn sentinel(rt: &mut Runtime, v: ErrVar) -> [u64; 2] {
    let made = rt.natives.sentinels[v as usize];
    if made[0] != 0 {
        return made;
    }
    let text = rt.heap.alloc_string(v.text().as_bytes());
    let e = super::new_error(rt, text);
    rt.natives.sentinels[v as usize] = e;
    e
}

/// `io.EOF`.
pub fn eof(rt: &mut Runtime) -> [u64; 2] {
    sentinel(rt, ErrVar::Eof)
}

/// `&fmt.wrapError{msg, err}` as an `error`.
pub fn wrap_error(rt: &mut Runtime, text: (u64, u64), err: Iface) -> [u64; 2] {
    let c = cell(rt, layouts::STRING_IFACE, &[text.0, text.1, err.0, err.1]);
    [u64::from(rt_types::WRAP_ERROR), c]
}

/// An error of type `ty` (`*fmt.wrapErrors`, `*errors.joinError`) holding
/// `text` and the errors `errs`.
pub fn error_list(rt: &mut Runtime, ty: u32, text: (u64, u64), errs: &[Iface]) -> [u64; 2] {
    let n = errs.len() as u64;
    let words: Vec<u64> = errs.iter().flat_map(|e| [e.0, e.1]).collect();
    let elems = cell(rt, layouts::IFACE, &words);
    let c = cell(rt, layouts::STRING_SLICE, &[text.0, text.1, elems, n, n]);
    [u64::from(ty), c]
}

/// What `Unwrap` gives: one error (maybe nil), several, or no method.
enum Unwrapped {
    One(Iface),
    Many(Vec<Iface>),
    Not,
}

/// Runs `errors` function `native` in the frame at `base` (results first,
/// then parameters), called from `caller`.
pub fn call(
    rt: &mut Runtime,
    engine: &dyn Engine,
    native: Native,
    base: usize,
    caller: usize,
) -> Status {
    let s = &rt.g.stack.slots[base + HEADER..];
    let result: Result<Vec<u64>, Status> = match native {
        Native::ErrorsIs => {
            let (err, target) = ((s[1], s[2]), (s[3], s[4]));
            let r = if err.0 == 0 || target.0 == 0 {
                Ok(err.0 == target.0)
            } else {
                is(rt, engine, err, target, base, caller)
            };
            r.map(|b| vec![u64::from(b)])
        }
        Native::ErrorsAs => {
            let (err, target) = ((s[1], s[2]), (s[3], s[4]));
            errors_as(rt, engine, err, target, base, caller).map(|b| vec![u64::from(b)])
        }
        Native::ErrorsUnwrap => {
            let err = (s[2], s[3]);
            unwrap(rt, engine, err, base, caller).map(|u| match u {
                Unwrapped::One(e) => vec![e.0, e.1],
                _ => vec![0, 0],
            })
        }
        Native::ErrorsJoin => {
            let (ptr, len) = (s[2], s[3] as usize);
            join(rt, engine, ptr, len, base, caller)
        }
        _ => unreachable!("{} is not an errors function", native.name()),
    };
    match result {
        Ok(out) => {
            rt.g.stack.slots[base + HEADER..base + HEADER + out.len()].copy_from_slice(&out);
            Status::Ok
        }
        Err(st) => st,
    }
}

/// The errors `err` wraps, by the standard types' layout or its `Unwrap`
/// method (`() error` or `() []error`).
fn unwrap(
    rt: &mut Runtime,
    engine: &dyn Engine,
    err: Iface,
    base: usize,
    caller: usize,
) -> Result<Unwrapped, Status> {
    let list = |cell: u64| -> Vec<Iface> {
        let (elems, n) = (mem::load(cell, 2), mem::load(cell, 3) as usize);
        (0..n)
            .map(|i| (mem::load(elems, 2 * i), mem::load(elems, 2 * i + 1)))
            .collect()
    };
    match err.0 as u32 {
        rt_types::WRAP_ERROR => {
            return Ok(Unwrapped::One((mem::load(err.1, 2), mem::load(err.1, 3))));
        }
        rt_types::WRAP_ERRORS | rt_types::JOIN_ERROR => return Ok(Unwrapped::Many(list(err.1))),
        _ => {}
    }
    if let Some(r) = methods::call_method(rt, engine, err, "Unwrap", &[], 2, base, caller)? {
        return Ok(Unwrapped::One((r[0], r[1])));
    }
    if let Some(r) = methods::call_method(rt, engine, err, "Unwrap", &[], 3, base, caller)? {
        let errs = (0..r[1] as usize)
            .map(|i| (mem::load(r[0], 2 * i), mem::load(r[0], 2 * i + 1)))
            .collect();
        return Ok(Unwrapped::Many(errs));
    }
    Ok(Unwrapped::Not)
}

/// Go's `errors.is`: `err` or an error it wraps equals `target` or says
/// it is (its `Is(error) bool` method).
fn is(
    rt: &mut Runtime,
    engine: &dyn Engine,
    err: Iface,
    target: Iface,
    base: usize,
    caller: usize,
) -> Result<bool, Status> {
    let mut matches = |rt: &mut Runtime, err: Iface| -> Result<bool, Status> {
        // Uncomparable dynamic types are never equal to the target.
        if value::iface_eq(rt, err, target).unwrap_or(false) {
            return Ok(true);
        }
        let args = [target.0, target.1];
        let r = methods::call_method(rt, engine, err, "Is", &args, 1, base, caller)?;
        Ok(r.is_some_and(|r| r[0] != 0))
    };
    walk(rt, engine, err, &mut matches, base, caller)
}

/// Walks the tree of errors `err` wraps, depth first as Go's `errors.Is`
/// and `As` do, until `found` holds for one.
fn walk(
    rt: &mut Runtime,
    engine: &dyn Engine,
    mut err: Iface,
    found: &mut dyn FnMut(&mut Runtime, Iface) -> Result<bool, Status>,
    base: usize,
    caller: usize,
) -> Result<bool, Status> {
    loop {
        if found(rt, err)? {
            return Ok(true);
        }
        match unwrap(rt, engine, err, base, caller)? {
            Unwrapped::One(e) if e.0 != 0 => err = e,
            Unwrapped::Many(errs) => {
                for e in errs {
                    if e.0 != 0 && walk(rt, engine, e, found, base, caller)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            _ => return Ok(false),
        }
    }
}

/// Go's `errors.As`: the first error in `err`'s tree assignable to the
/// type `target` points at is stored there.
fn errors_as(
    rt: &mut Runtime,
    engine: &dyn Engine,
    err: Iface,
    target: Iface,
    base: usize,
    caller: usize,
) -> Result<bool, Status> {
    if err.0 == 0 {
        return Ok(false);
    }
    if target.0 == 0 {
        return Err(panic::gopanic_string(
            rt,
            engine,
            caller,
            "errors: target cannot be nil",
        ));
    }
    let t = &rt.prog.types[target.0 as usize];
    if t.kind != RtKind::Pointer || target.1 == 0 {
        let msg = "errors: target must be a non-nil pointer";
        return Err(panic::gopanic_string(rt, engine, caller, msg));
    }
    let elem = t.elem;
    let elem_is_iface = rt.prog.types[elem as usize].kind == RtKind::Interface;
    if !elem_is_iface && !fmt::is_error_type(rt, elem) {
        let msg = "errors: *target must be interface or implement error";
        return Err(panic::gopanic_string(rt, engine, caller, msg));
    }
    as_in(rt, engine, err, target, elem, base, caller)
}

fn as_in(
    rt: &mut Runtime,
    engine: &dyn Engine,
    err: Iface,
    target: Iface,
    elem: u32,
    base: usize,
    caller: usize,
) -> Result<bool, Status> {
    let mut store = |rt: &mut Runtime, err: Iface| -> Result<bool, Status> {
        let et = &rt.prog.types[elem as usize];
        let assignable = if et.kind == RtKind::Interface {
            rt.prog.implements(err.0 as u32, elem)
        } else {
            err.0 == u64::from(elem)
        };
        if assignable {
            if et.kind == RtKind::Interface {
                mem::store(target.1, 0, err.0);
                mem::store(target.1, 1, err.1);
            } else if et.inline() {
                super::super::value::store_scalar_at(et, target.1, err.1);
            } else {
                for i in 0..et.words as usize {
                    mem::store(target.1, i, mem::load(err.1, i));
                }
            }
            return Ok(true);
        }
        let args = [target.0, target.1];
        let r = methods::call_method(rt, engine, err, "As", &args, 1, base, caller)?;
        Ok(r.is_some_and(|r| r[0] != 0))
    };
    walk(rt, engine, err, &mut store, base, caller)
}

/// `errors.Join(errs...)`: nil when every error is nil, else a
/// `*errors.joinError` of the non-nil ones, its text their texts joined
/// by newlines.
fn join(
    rt: &mut Runtime,
    engine: &dyn Engine,
    ptr: u64,
    len: usize,
    base: usize,
    caller: usize,
) -> Result<Vec<u64>, Status> {
    let errs: Vec<Iface> = (0..len)
        .map(|i| (mem::load(ptr, 2 * i), mem::load(ptr, 2 * i + 1)))
        .filter(|e| e.0 != 0)
        .collect();
    if errs.is_empty() {
        return Ok(vec![0, 0]);
    }
    let mut text = Vec::new();
    for (i, &e) in errs.iter().enumerate() {
        if i > 0 {
            text.push(b'\n');
        }
        if let Some(t) = methods::text_of(rt, engine, e, base, caller)? {
            text.extend_from_slice(&t);
        }
    }
    let text = rt.heap.alloc_string(&text);
    Ok(error_list(rt, rt_types::JOIN_ERROR, text, &errs).to_vec())
}

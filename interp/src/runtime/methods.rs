//! Calling a value's `Error()` or `String()` method from the runtime, as
//! `fmt` and panic printing do in Go: through the program's method table,
//! on the engine that runs the program.

use std::cell::RefCell;
use std::collections::HashMap;

use super::fmt::FormatRequest;
use super::stack::HEADER;
use super::{Defer, Engine, Runtime, Status, Unwind, mem};

/// What a value's formatting methods gave, for `fmt`.
#[derive(Default)]
pub struct MethodText {
    /// `Error()`, or else `String()`: for `%v %s %x %X %q`.
    pub text: Option<Called>,
    /// `GoString()`: for `%#v`.
    pub go_string: Option<Called>,
}

/// The outcome of a formatting method's call.
pub enum Called {
    /// The text it returned.
    Text(Vec<u8>),
    /// It panicked (`method` is its name) with a value printing as
    /// `value`, after writing `written` (a `Format` method writes as it
    /// goes).
    Panic {
        method: &'static str,
        value: Vec<u8>,
        written: Vec<u8>,
    },
}

/// What the formatting methods of the values being printed gave.
#[derive(Default)]
pub struct MethodTexts {
    /// `Error()`, `String()` and `GoString()`, by the values' runtime type
    /// and data word (called before printing).
    pub values: HashMap<(u32, u64), MethodText>,
    /// The `Format` calls a first printing pass asked for, in order.
    pub requests: RefCell<Vec<FormatRequest>>,
    /// What those calls gave, for the second pass.
    pub formatted: Option<Vec<Called>>,
}

/// The text of `v.Error()` (preferred, as Go's fmt does) or `v.String()`
/// for the interface `v`, or `None` when its dynamic type has neither with
/// the signature `() string`. The call runs in a frame at `base` whose
/// caller is the frame at `caller`; a panic in it is the returned status.
pub fn text_of(
    rt: &mut Runtime,
    engine: &dyn Engine,
    v: (u64, u64),
    base: usize,
    caller: usize,
) -> Result<Option<Vec<u8>>, Status> {
    for name in ["Error", "String"] {
        // `() string`.
        if let Some(r) = call_method(rt, engine, v, name, &[], 2, base, caller)? {
            return Ok(Some(mem::bytes(r[0], r[1]).to_vec()));
        }
    }
    Ok(None)
}

/// A call `call_catching` made: the method's results, or the text of the
/// value it panicked with.
pub type CaughtCall = Result<Vec<u64>, Vec<u8>>;

/// Calls method `name` of `v` as `call_method` does, catching a panic in
/// it as Go's `fmt` does: the native at `base` (whose first two result
/// slots get the panic value) keeps a catch record on the defer chain
/// meanwhile. `None` when there is no such method; else its results, or
/// the text of the value it panicked with.
#[allow(clippy::too_many_arguments)]
pub fn call_catching(
    rt: &mut Runtime,
    engine: &dyn Engine,
    v: (u64, u64),
    name: &str,
    args: &[u64],
    results: u32,
    base: usize,
    caller: usize,
) -> Result<Option<CaughtCall>, Status> {
    rt.g.defers.push(Defer::catch(base));
    match call_method(rt, engine, v, name, args, results, base, caller) {
        Ok(r) => {
            let catch = rt.g.defers.pop();
            debug_assert!(catch.is_some_and(|d| d.is_catch()));
            Ok(r.map(Ok))
        }
        Err(Status::Unwind) if rt.g.unwind == Unwind::Caught => {
            rt.g.unwind = Unwind::None;
            let at = base + HEADER;
            let p = (rt.g.stack.slots[at], rt.g.stack.slots[at + 1]);
            let value = match text_of(rt, engine, p, base, caller)? {
                Some(text) => text,
                None => super::fmt::value(rt, p).into_bytes(),
            };
            Ok(Some(Err(value)))
        }
        Err(st) => Err(st),
    }
}

/// What the `() string` method of `v` of the first name in `names` it has
/// gave, catching a panic (`call_catching`).
fn called(
    rt: &mut Runtime,
    engine: &dyn Engine,
    v: (u64, u64),
    names: &[&'static str],
    base: usize,
    caller: usize,
) -> Result<Option<Called>, Status> {
    for &name in names {
        match call_catching(rt, engine, v, name, &[], 2, base, caller)? {
            Some(Ok(r)) => return Ok(Some(Called::Text(mem::bytes(r[0], r[1]).to_vec()))),
            Some(Err(value)) => {
                return Ok(Some(Called::Panic {
                    method: name,
                    value,
                    written: Vec::new(),
                }));
            }
            None => {}
        }
    }
    Ok(None)
}

/// The formatting methods' results for `v` (`None` when it has none).
fn method_text(
    rt: &mut Runtime,
    engine: &dyn Engine,
    v: (u64, u64),
    base: usize,
    caller: usize,
) -> Result<Option<MethodText>, Status> {
    let m = MethodText {
        text: called(rt, engine, v, &["Error", "String"], base, caller)?,
        go_string: called(rt, engine, v, &["GoString"], base, caller)?,
    };
    Ok((m.text.is_some() || m.go_string.is_some()).then_some(m))
}

/// Calls method `name` of the interface `v`'s dynamic type with the
/// argument words `args`, when it has one taking that many words and
/// returning `results` words; its results, or `None` when there is no such
/// method. The call runs in a frame at `base` called from `caller`; a panic
/// in it is the returned status.
#[allow(clippy::too_many_arguments)]
pub fn call_method(
    rt: &mut Runtime,
    engine: &dyn Engine,
    v: (u64, u64),
    name: &str,
    args: &[u64],
    results: u32,
    base: usize,
    caller: usize,
) -> Result<Option<Vec<u64>>, Status> {
    let Some(m) = rt.prog.method_names.iter().position(|n| n == name) else {
        return Ok(None);
    };
    let Some(&f) = rt.prog.itab.get(&(v.0 as u32, m as u32)) else {
        return Ok(None);
    };
    let func = &rt.prog.funcs[f as usize];
    // The receiver word is the first parameter.
    if func.result_words != results || func.param_words as usize != 1 + args.len() {
        return Ok(None);
    }
    let at = base + HEADER + results as usize;
    rt.g.stack.slots[at] = v.1;
    rt.g.stack.slots[at + 1..at + 1 + args.len()].copy_from_slice(args);
    let closure = rt.func_closures[f as usize];
    if engine.call_closure(rt, closure, base, caller) == Status::Unwind {
        return Err(Status::Unwind);
    }
    let r = base + HEADER;
    Ok(Some(rt.g.stack.slots[r..r + results as usize].to_vec()))
}

/// The method texts of the `n` interfaces stored at `args`.
pub fn texts_of_operands(
    rt: &mut Runtime,
    engine: &dyn Engine,
    args: u64,
    n: usize,
    base: usize,
    caller: usize,
) -> Result<MethodTexts, Status> {
    let mut texts = MethodTexts::default();
    for i in 0..n {
        let v = (mem::load(args, 2 * i), mem::load(args, 2 * i + 1));
        if v.0 == 0 || texts.values.contains_key(&(v.0 as u32, v.1)) {
            continue;
        }
        if let Some(t) = method_text(rt, engine, v, base, caller)? {
            texts.values.insert((v.0 as u32, v.1), t);
        }
    }
    for (key, v) in super::fmt::nested_method_values(rt, args, n) {
        if !texts.values.contains_key(&key)
            && let Some(t) = method_text(rt, engine, v, base, caller)?
        {
            texts.values.insert(key, t);
        }
    }
    Ok(texts)
}

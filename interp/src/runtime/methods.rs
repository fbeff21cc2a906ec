//! Calling a value's methods from the runtime, as `fmt` (`Error`, `String`,
//! `GoString`, `Format`) and panic printing do in Go: through the
//! program's method table, on the engine that runs the program.

use std::cell::RefCell;

use super::stack::HEADER;
use super::{Defer, Engine, Runtime, Status, Unwind, mem};

/// The outcome of a formatting method's call.
pub enum Called {
    /// The text it returned (for `Format`, what it wrote).
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

/// The method calls of one `fmt` printing: Go's fmt calls `Error`,
/// `String`, `GoString` and `Format` while printing, and gojit's printer
/// cannot run Go code, so a first pass lists the calls it needs, in
/// order, the native makes them, and a second pass prints their outcomes
/// (`natives::fmt_state::with_method_calls`).
#[derive(Default)]
pub struct MethodTexts {
    /// The calls the first pass asked for.
    pub calls: RefCell<Vec<MethodCall>>,
    /// Their outcomes, for the second pass.
    pub done: Option<Vec<Called>>,
    /// No calls can be made: values print as if they had no methods.
    pub without_calls: bool,
}

impl MethodTexts {
    /// For printing where no Go code can run (the REPL's display of
    /// values, a panic value's fallback text).
    pub fn without_calls() -> MethodTexts {
        MethodTexts {
            without_calls: true,
            ..MethodTexts::default()
        }
    }
}

/// A method call the printer needs: the value (an interface) and what of
/// it.
pub struct MethodCall {
    pub value: (u64, u64),
    pub wanted: Wanted,
}

/// Which method a `MethodCall` calls.
pub enum Wanted {
    /// `Error`, `String` or `GoString`: `() string`.
    Text(&'static str),
    /// `Format(fmt.State, rune)` for `verb`, with the verb's flags (`- + #
    /// space 0`), width and precision.
    Format {
        verb: char,
        flags: [bool; 5],
        wid: Option<i64>,
        prec: Option<i64>,
    },
}

/// Whether the dynamic type `ty` has a method `name` (by id) of the shape
/// `() string`, which `fmt` would call.
pub fn has_text_method(rt: &Runtime, ty: u32, name: Option<u32>) -> bool {
    name.and_then(|m| rt.prog.itab.get(&(ty, m)))
        .is_some_and(|&f| {
            let func = &rt.prog.funcs[f as usize];
            func.result_words == 2 && func.param_words == 1
        })
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
/// it as Go's `fmt` does: a catch record for the frame at `base` (whose
/// first two result slots get the panic value) stays on the defer chain
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

/// What the `() string` method `name` of `v` gave, catching a panic
/// (`call_catching`); an empty text when it has no such method.
pub fn called(
    rt: &mut Runtime,
    engine: &dyn Engine,
    v: (u64, u64),
    name: &'static str,
    base: usize,
    caller: usize,
) -> Result<Called, Status> {
    Ok(
        match call_catching(rt, engine, v, name, &[], 2, base, caller)? {
            Some(Ok(r)) => Called::Text(mem::bytes(r[0], r[1]).to_vec()),
            Some(Err(value)) => Called::Panic {
                method: name,
                value,
                written: Vec::new(),
            },
            None => Called::Text(Vec::new()),
        },
    )
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
    if rt.call_from_native(engine, closure, base, caller) == Status::Unwind {
        return Err(Status::Unwind);
    }
    let r = base + HEADER;
    Ok(Some(rt.g.stack.slots[r..r + results as usize].to_vec()))
}

//! Calling a value's `Error()` or `String()` method from the runtime, as
//! `fmt` and panic printing do in Go: through the program's method table,
//! on the engine that runs the program.

use std::collections::HashMap;

use super::stack::HEADER;
use super::{Engine, Runtime, Status, mem};

/// The texts of `Error()`/`String()` of the values being printed, by their
/// runtime type and data word.
pub type MethodTexts = HashMap<(u32, u64), Vec<u8>>;

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
        let Some(m) = rt.prog.method_names.iter().position(|n| n == name) else {
            continue;
        };
        let Some(&f) = rt.prog.itab.get(&(v.0 as u32, m as u32)) else {
            continue;
        };
        let func = &rt.prog.funcs[f as usize];
        // `() string` with the receiver word as its only parameter.
        if func.result_words != 2 || func.param_words != 1 {
            continue;
        }
        rt.g.stack.slots[base + HEADER + 2] = v.1;
        let closure = rt.func_closures[f as usize];
        if engine.call_closure(rt, closure, base, caller) == Status::Unwind {
            return Err(Status::Unwind);
        }
        let s = &rt.g.stack.slots;
        let (ptr, len) = (s[base + HEADER], s[base + HEADER + 1]);
        return Ok(Some(mem::bytes(ptr, len).to_vec()));
    }
    Ok(None)
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
    let mut texts = MethodTexts::new();
    for i in 0..n {
        let v = (mem::load(args, 2 * i), mem::load(args, 2 * i + 1));
        if v.0 == 0 || texts.contains_key(&(v.0 as u32, v.1)) {
            continue;
        }
        if let Some(t) = text_of(rt, engine, v, base, caller)? {
            texts.insert((v.0 as u32, v.1), t);
        }
    }
    Ok(texts)
}

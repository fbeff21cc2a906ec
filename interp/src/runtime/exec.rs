//! Instructions whose work lives in the runtime: both engines execute them
//! by calling [`exec`] (the JIT through one helper), so their semantics are
//! written once.

use super::{Engine, Runtime, Status, panic, slice, value};
use crate::bytecode::Instr;

/// True for the instructions [`exec`] implements.
pub fn is_runtime_instr(ins: &Instr) -> bool {
    matches!(
        ins,
        Instr::MakeSlice { .. }
            | Instr::IndexAddr { .. }
            | Instr::Reslice { .. }
            | Instr::Reslice3 { .. }
            | Instr::ResliceStr { .. }
            | Instr::Append { .. }
            | Instr::Copy { .. }
            | Instr::EqIface { .. }
    )
}

/// Executes runtime instruction `ins` in the frame at `base`; the frame's
/// PC slot already holds its pc.
pub fn exec(rt: &mut Runtime, engine: &dyn Engine, base: usize, ins: Instr) -> Status {
    let r = |rt: &Runtime, i: u32| rt.g.stack.slots[base + i as usize];
    let triple = |rt: &Runtime, i: u32| [r(rt, i), r(rt, i + 1), r(rt, i + 2)];
    let result = match ins {
        Instr::MakeSlice { dst, len, n } => slice::makeslice(
            rt,
            engine,
            base,
            r(rt, len) as i64,
            r(rt, len + 1) as i64,
            n as u64,
        )
        .map(|s| store(rt, base, dst, &s)),
        Instr::IndexAddr { dst, s, i, n } => {
            let (data, len) = (r(rt, s), r(rt, s + 1));
            slice::index_addr(rt, engine, base, data, len, r(rt, i) as i64, n as u64)
                .map(|a| store(rt, base, dst, &[a]))
        }
        Instr::Reslice {
            dst,
            src,
            bounds,
            n,
        }
        | Instr::Reslice3 {
            dst,
            src,
            bounds,
            n,
        } => {
            let three = matches!(ins, Instr::Reslice3 { .. });
            let b = triple(rt, bounds);
            let s = triple(rt, src);
            slice::reslice(
                rt,
                engine,
                base,
                s,
                (b[0] as i64, b[1] as i64, b[2] as i64),
                three,
                n as u64,
            )
            .map(|v| store(rt, base, dst, &v))
        }
        Instr::ResliceStr { dst, src, bounds } => {
            let s = (r(rt, src), r(rt, src + 1));
            let (lo, hi) = (r(rt, bounds) as i64, r(rt, bounds + 1) as i64);
            slice::reslice_string(rt, engine, base, s, lo, hi)
                .map(|v| store(rt, base, dst, &[v.0, v.1]))
        }
        Instr::Append {
            dst,
            s,
            other,
            elem,
        } => {
            let (s, o) = (triple(rt, s), triple(rt, other));
            let v = slice::append(rt, s, o[0], o[1], elem);
            store(rt, base, dst, &v);
            Ok(())
        }
        Instr::Copy { dst, a, b, n } => {
            let (to, from) = (triple(rt, a), triple(rt, b));
            let count = slice::copy(to, (from[0], from[1]), n as u64);
            store(rt, base, dst, &[count]);
            Ok(())
        }
        Instr::EqIface { dst, a, b } => {
            let (x, y) = ((r(rt, a), r(rt, a + 1)), (r(rt, b), r(rt, b + 1)));
            match value::iface_eq(rt, x, y) {
                Ok(eq) => {
                    store(rt, base, dst, &[eq as u64]);
                    Ok(())
                }
                Err(msg) => Err(panic::panic_runtime_error(rt, engine, base, &msg)),
            }
        }
        other => unreachable!("{other:?} is not a runtime instruction"),
    };
    match result {
        Ok(()) => Status::Ok,
        Err(st) => st,
    }
}

fn store(rt: &mut Runtime, base: usize, dst: u32, words: &[u64]) {
    let at = base + dst as usize;
    rt.g.stack.slots[at..at + words.len()].copy_from_slice(words);
}

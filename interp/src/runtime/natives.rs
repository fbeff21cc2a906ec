//! Native implementations of standard package functions, called from Go
//! code with the Go call convention: arguments and results in the callee
//! frame's slots (results first, then parameters; a variadic `...any` is a
//! slice of interfaces).

use super::{Engine, Runtime, Status, fmt, mem, methods, print, stack::HEADER};
use crate::bytecode::Native;

/// Calls `native` with its frame at slot `base`, called from the frame at
/// `caller`.
pub fn call(
    rt: &mut Runtime,
    engine: &dyn Engine,
    native: Native,
    base: usize,
    caller: usize,
) -> Status {
    if native == Native::OsExit {
        // Go's os.Exit: the process ends now; deferred calls do not run.
        print::flush_stdout();
        rt.g.unwind = super::Unwind::Exit(rt.g.stack.slots[base + HEADER] as i64 as i32);
        return Status::Unwind;
    }
    fmt_native(rt, engine, native, base, caller)
}

/// The `fmt` printing functions.
fn fmt_native(
    rt: &mut Runtime,
    engine: &dyn Engine,
    native: Native,
    base: usize,
    caller: usize,
) -> Status {
    let s = &rt.g.stack.slots;
    let word = |i: usize| s[base + HEADER + i];
    // Where the parameters start: after the results.
    let results = match native {
        Native::FmtPrintln | Native::FmtPrint | Native::FmtPrintf => 3,
        Native::FmtSprint | Native::FmtSprintln | Native::FmtSprintf => 2,
        Native::OsExit => unreachable!("not a fmt function"),
    };
    let (format, args_at) = match native {
        Native::FmtPrintf | Native::FmtSprintf => {
            (Some((word(results), word(results + 1))), results + 2)
        }
        _ => (None, results),
    };
    let (args, n) = (word(args_at), word(args_at + 1) as usize);
    // Operands with Error() or String() methods print their text: call them
    // first (in this native's frame, whose arguments are read already).
    let texts = match methods::texts_of_operands(rt, engine, args, n, base, caller) {
        Ok(t) => t,
        Err(st) => return st,
    };
    let out = match native {
        Native::FmtPrintln | Native::FmtSprintln => fmt::sprintln(rt, &texts, args, n),
        Native::FmtPrint | Native::FmtSprint => fmt::sprint(rt, &texts, args, n),
        Native::OsExit => unreachable!("not a fmt function"),
        Native::FmtPrintf | Native::FmtSprintf => {
            let (p, len) = format.expect("printf natives take a format");
            fmt::sprintf(rt, &texts, mem::bytes(p, len), args, n)
        }
    };
    let result: Vec<u64> = match native {
        Native::FmtPrintln | Native::FmtPrint | Native::FmtPrintf => {
            print::stdout(&out);
            vec![out.len() as u64, 0, 0]
        }
        _ => {
            let (p, len) = rt.heap.alloc_string(&out);
            vec![p, len]
        }
    };
    rt.g.stack.slots[base + HEADER..base + HEADER + result.len()].copy_from_slice(&result);
    Status::Ok
}

//! Native implementations of standard package functions, called from Go
//! code with the Go call convention (arguments and results in the callee
//! frame's slots).

use super::{Engine, Runtime, Status, fmt, stack::HEADER};
use crate::bytecode::Native;

/// Calls `native` with its frame at slot `base`.
pub fn call(rt: &mut Runtime, _engine: &dyn Engine, native: Native, base: usize) -> Status {
    match native {
        Native::FmtPrintln | Native::FmtPrint => {
            // (a ...any) (n int, err error): results n, err; then the slice.
            let s = &rt.g.stack.slots;
            let args = s[base + HEADER + 3];
            let n = s[base + HEADER + 4] as usize;
            let out = if native == Native::FmtPrintln {
                fmt::sprintln(rt, args, n)
            } else {
                fmt::sprint(rt, args, n)
            };
            super::print::stdout(&out);
            let s = &mut rt.g.stack.slots;
            s[base + HEADER] = out.len() as u64;
            s[base + HEADER + 1] = 0;
            s[base + HEADER + 2] = 0;
            Status::Ok
        }
    }
}

//! deferproc and deferreturn: the defer chain as Go's runtime has kept it
//! since deferred calls became argument-less closures run by a loop.
//!
//! `defer f(a, b)` compiles to a closure that captures `f`, `a` and `b` by
//! value (made when the statement runs) and a `DeferProc` of it. Every
//! function that defers has one exit path that starts with `DeferReturn`;
//! a recovered panic resumes the deferring frame there, so its remaining
//! deferred calls run before it returns.

use super::{Defer, Engine, Runtime, Status};

/// deferproc: records `closure` on the defer chain for the frame at `frame`.
pub fn deferproc(rt: &mut Runtime, frame: usize, closure: u64) {
    rt.g.defers.push(Defer { closure, frame });
}

/// deferprocat: pushes a defer record for the older frame at `frame`
/// below the records of younger frames (frames deeper in the call stack
/// have higher bases), so records stay in frame order for `deferreturn`
/// and `gopanic`.
pub fn deferprocat(rt: &mut Runtime, frame: usize, closure: u64) {
    let at =
        rt.g.defers
            .iter()
            .rposition(|d| d.frame <= frame)
            .map_or(0, |i| i + 1);
    rt.g.defers.insert(at, Defer { closure, frame });
}

/// deferreturn: while the newest record belongs to the frame at `frame`,
/// pops it and calls it, in a frame just above the deferring one. A
/// native's catch record (tagged with the base of the Go frame the native
/// calls) belongs to no Go frame.
pub fn deferreturn(rt: &mut Runtime, engine: &dyn Engine, frame: usize) -> Status {
    let above = frame + rt.prog.funcs[rt.frame_func(frame) as usize].frame_size as usize;
    while let Some(&d) = rt.g.defers.last() {
        if d.frame != frame || d.is_catch() {
            break;
        }
        rt.g.defers.pop();
        if engine.call_closure(rt, d.closure, above, frame) == Status::Unwind {
            return Status::Unwind;
        }
    }
    Status::Ok
}

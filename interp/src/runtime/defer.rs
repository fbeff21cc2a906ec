//! deferproc and deferreturn: the defer chain as Go's runtime has kept it
//! since deferred calls became argument-less closures run by a loop.
//!
//! `defer f(a, b)` compiles to a closure that captures `f`, `a` and `b` by
//! value (made when the statement runs) and a `DeferProc` of it. Every
//! function that defers has one exit path that starts with `DeferReturn`;
//! a recovered panic resumes the deferring frame there, so its remaining
//! deferred calls run before it returns.
//!
//! A function whose `defer`s each run at most once (none in a loop, no
//! `goto`) and number at most eight keeps them open-coded instead, as Go
//! does: each `defer` stores its closure in a slot of the frame and sets a
//! bit of a mask slot ([`OpenDefers`](crate::program::OpenDefers)); the
//! exit path tests the bits from the highest down and calls the closures
//! inline, with no record and no runtime call. `deferreturn` is then reached
//! only by a recovered panic, and runs the bits still set
//! (`runOpenDeferFrame`); a panic finds them by walking the frames
//! ([`next_deferred`]).

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

/// The newest open-coded deferred call of the frame at `frame` still to
/// run: clears its bit and returns its closure.
fn pop_open_defer(rt: &mut Runtime, frame: usize) -> Option<u64> {
    let od = rt.prog.funcs[rt.frame_func(frame) as usize].open_defers?;
    let slots = &mut rt.g.stack.slots;
    let mask = slots[frame + od.mask as usize];
    if mask == 0 {
        return None;
    }
    let i = 63 - mask.leading_zeros() as usize;
    slots[frame + od.mask as usize] = mask & !(1 << i);
    Some(slots[frame + od.closures as usize + i])
}

/// The newest deferred call of the goroutine for a panic or `Goexit`
/// walking down the frames from `*walk`: a record of a frame at or above
/// the walk, else an open-coded call of the walked frame, else the same
/// from its callers; the record popped or the bit cleared. A native's
/// catch record comes after the open-coded calls of the Go frame the
/// native called, which shares its base.
pub fn next_deferred(rt: &mut Runtime, walk: &mut Option<usize>) -> Option<Defer> {
    loop {
        if let Some(&d) = rt.g.defers.last()
            && walk.is_none_or(|w| d.frame > w || (d.frame == w && !d.is_catch()))
        {
            rt.g.defers.pop();
            return Some(d);
        }
        let w = (*walk)?;
        if let Some(closure) = pop_open_defer(rt, w) {
            return Some(Defer { closure, frame: w });
        }
        *walk = rt.frame_caller(w);
    }
}

/// deferreturn: runs the frame's open-coded deferred calls still pending,
/// then, while the newest record belongs to the frame at `frame`, pops it
/// and calls it; each in a frame just above the deferring one. A native's
/// catch record (tagged with the base of the Go frame the native calls)
/// belongs to no Go frame.
pub fn deferreturn(rt: &mut Runtime, engine: &dyn Engine, frame: usize) -> Status {
    let above = rt.frame_end(frame);
    while let Some(closure) = pop_open_defer(rt, frame) {
        if engine.call_closure(rt, closure, above, frame) == Status::Unwind {
            return Status::Unwind;
        }
    }
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

//! Interrupting running Go code from outside: Ctrl-C in the REPL, and the
//! preemption ticker that makes a spinning goroutine yield.
//!
//! [`Runtime::interrupt`] is a word that a signal handler or another thread
//! may set at any time: [`STOP`] asks the running code to stop, [`PREEMPT`]
//! asks the running goroutine to yield, [`GC`] asks for a collection (the
//! heap sets it when it has grown enough). Both engines test it on every
//! backward jump (each loop's back-edge) and at every function entry, so
//! any loop or recursion reacts within one iteration or call. The test is
//! one load and a branch.
//!
//! A stopped goroutine unwinds as a dying one does ([`Unwind::Fatal`]):
//! every frame returns at once and no deferred call runs. Nothing is
//! printed; the caller, which knows it asked, reports it.

use std::sync::atomic::Ordering;

use super::{Runtime, Status, Unwind};

/// Bit of [`Runtime::interrupt`]: stop the running code.
pub const STOP: usize = 1;
/// Bit of [`Runtime::interrupt`]: the running goroutine should yield.
pub const PREEMPT: usize = 2;

/// Bit of [`Runtime::interrupt`]: collect garbage at this safepoint.
pub const GC: usize = super::mem::GC_BIT;

/// Whether a back-edge or function entry must call [`at_back_edge`].
#[inline]
pub fn pending(rt: &Runtime) -> bool {
    rt.interrupt.load(Ordering::Relaxed) != 0
}

/// Whether a stop has been requested.
pub fn stop_requested(rt: &Runtime) -> bool {
    rt.interrupt.load(Ordering::Relaxed) & STOP != 0
}

/// At a back-edge or function entry of the frame at `frame` with the word
/// set: stops the goroutine (it unwinds like a fatal error), or collects
/// garbage and yields to the other goroutines as asked, and carries on.
pub fn at_back_edge(rt: &mut Runtime, frame: usize) -> Status {
    let v = rt.interrupt.fetch_and(!(PREEMPT | GC), Ordering::Relaxed);
    if v & STOP != 0 {
        rt.g.unwind = Unwind::Fatal;
        return Status::Unwind;
    }
    if v & GC != 0 {
        rt.gc(frame);
    }
    if v & PREEMPT != 0 {
        return rt.gosched(frame);
    }
    Status::Ok
}

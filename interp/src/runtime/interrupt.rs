//! Interrupting running Go code from outside (Ctrl-C in the REPL).
//!
//! [`Runtime::interrupt`] is a flag that a signal handler may set at any
//! time. Both engines test it on every backward jump (each loop's
//! back-edge), so any loop stops within one iteration; straight-line code
//! and recursion end by themselves (recursion in a stack overflow). The
//! test is one load and a branch, taken only on back-edges.
//!
//! An interrupted goroutine unwinds as a dying one does
//! ([`Unwind::Fatal`]): every frame returns at once and no deferred call
//! runs. Nothing is printed; the caller, which knows it asked, reports it.

use std::sync::atomic::Ordering;

use super::{Runtime, Status, Unwind};

/// Whether an interrupt has been requested.
#[inline]
pub fn pending(rt: &Runtime) -> bool {
    rt.interrupt.load(Ordering::Relaxed)
}

/// Stops the running goroutine: it unwinds like a fatal error.
pub fn stop(rt: &mut Runtime) -> Status {
    rt.g.unwind = Unwind::Fatal;
    Status::Unwind
}

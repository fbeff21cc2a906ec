//! Goroutine stacks: every goroutine runs on a stackful coroutine
//! (`corosensei`), so a goroutine blocked deep inside the interpreter, a
//! native or generated code keeps its Rust and machine frames while others
//! run. The scheduler ([`super::sched`]) runs on the thread's own stack and
//! resumes one coroutine at a time; a goroutine parks by suspending back to
//! it.
//!
//! This module holds the unsafe glue. The runtime is handed to a resumed
//! coroutine as a raw pointer and handed back when it suspends: exactly one
//! side uses it at a time, and both sides pass it through the switch so the
//! compiler assumes the other may have changed it.

use corosensei::{Coroutine, CoroutineResult, Yielder};

use super::gstack::GoStack;

use super::{Engine, Runtime, Status};

/// A goroutine's coroutine: resumed with the runtime, suspended with it,
/// returning the status its entry call ended with.
pub type Co = Coroutine<*mut Runtime, *mut Runtime, Status, GoStack>;

/// The handle a running coroutine suspends through.
pub type GoYielder = Yielder<*mut Runtime, *mut Runtime>;

/// A coroutine that runs `closure` (argument-less, result-less) in a new
/// bottom frame at slot 0 of the goroutine's slot stack, on `engine`.
pub fn spawn(engine: &dyn Engine, closure: u64, stack: GoStack) -> Co {
    // SAFETY: only the lifetime is erased. Every coroutine ends or is
    // discarded (`discard`) before the scheduler run that made it returns,
    // and that run borrows `engine` for its whole length.
    let engine: &'static dyn Engine =
        unsafe { std::mem::transmute::<&dyn Engine, &'static dyn Engine>(engine) };
    Coroutine::with_stack(stack, move |y: &GoYielder, rt: *mut Runtime| {
        // SAFETY: the scheduler resumes a coroutine with a pointer to the
        // live runtime and does not touch the runtime until it suspends.
        let rt = unsafe { &mut *rt };
        rt.g.yielder = y as *const GoYielder;
        engine.call_closure(rt, closure, 0, 0)
    })
}

/// Runs `co` with the runtime until it suspends (`None`) or its goroutine
/// ends (`Some(status)`).
pub fn resume(co: &mut Co, rt: &mut Runtime) -> Option<Status> {
    match co.resume(rt as *mut Runtime) {
        CoroutineResult::Yield(_) => None,
        CoroutineResult::Return(status) => Some(status),
    }
}

/// Suspends the running goroutine back to the scheduler; returns when the
/// scheduler resumes it.
pub fn suspend(rt: &mut Runtime) {
    let y = rt.g.yielder;
    assert!(!y.is_null(), "suspend outside a goroutine");
    // SAFETY: `yielder` was set by this goroutine's coroutine body from the
    // yielder it runs with, which lives as long as the coroutine; the
    // running goroutine is that coroutine (each goroutine's field moves
    // with it).
    let y = unsafe { &*y };
    let _ = y.suspend(rt as *mut Runtime);
}

/// Drops a coroutine that may be suspended mid-goroutine without unwinding
/// its stack (generated code has no unwind tables); the Rust values on it
/// are leaked.
pub fn discard(mut co: Co) {
    if co.started() && !co.done() {
        // SAFETY: skipping the destructors of the frames on the coroutine's
        // stack only leaks them; nothing refers into that stack afterwards.
        unsafe { co.force_reset() };
    }
}

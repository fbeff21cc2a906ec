//! Entering generated code: the runtime's [`Engine::call_closure`] for the
//! JIT.
//!
//! The program entry and every deferred call the runtime makes come through
//! here: push the frame as the interpreter does, build the [`JitCtx`] from
//! the runtime, and call the function's code through the trampoline the
//! backend emitted (it saves the callee-saved registers, loads the context
//! and frame registers, calls, and hands back the status word). The callee's
//! prologue checks the slot-stack bound and zeroes its results.
//!
//! Native stack: Go-to-Go calls in generated code are native calls that use
//! [`crate::x86_64::NATIVE_FRAME_BYTES`] per Go frame, and every Go frame takes at
//! least a header's worth of slots, so running out of slots (Go's `fatal
//! error: stack overflow`) comes before that much native stack per slot.
//! Deferred calls recurse through Rust (helper, runtime, this function), which
//! costs more per frame; those entries are refused with the same fatal error
//! once they have used the goroutine's nesting budget. Each goroutine runs on
//! a coroutine stack sized for this (`interp::runtime::sched`).
//!
//! [`Engine::call_closure`]: interp::runtime::Engine::call_closure

use dynasmrt::AssemblyOffset;
use interp::bytecode::FuncId;
use interp::runtime::sched::{G_NATIVE_STACK, G_SLOTS, MAIN_NATIVE_STACK};
use interp::runtime::stack::{HEADER, STACK_SLOTS};
use interp::runtime::{Runtime, Status, mem, panic};

use crate::JitEngine;
use crate::helpers::JitCtx;
use crate::x86_64::NATIVE_FRAME_BYTES;

/// The native stack a thread running JIT code needs.
pub const NATIVE_STACK_BYTES: usize = MAIN_NATIVE_STACK;

// Every goroutine's native stack has room for generated calls over all its
// slots, the runtime's margin (an eighth), and nesting.
const _: () = assert!(STACK_SLOTS / HEADER * NATIVE_FRAME_BYTES < MAIN_NATIVE_STACK / 2);
const _: () = assert!(G_SLOTS / HEADER * NATIVE_FRAME_BYTES <= G_NATIVE_STACK / 2);

/// Native stack that nested entries (deferred calls) of the running
/// goroutine may use before they are refused as a stack overflow: what
/// generated Go-to-Go calls over a full slot stack leave.
fn nesting_budget(rt: &Runtime) -> usize {
    rt.g.native_budget(rt.g.stack.slots.len() / HEADER * NATIVE_FRAME_BYTES)
}

/// The trampoline's signature: context, frame pointer, function entry; it
/// returns the function's status word.
type Trampoline = unsafe extern "sysv64" fn(ctx: *mut JitCtx, frame: *mut u64, entry: usize) -> u64;

/// Runs the argument-less, result-less `closure` in a new frame at `base`
/// called from `caller`, in generated code.
pub(crate) fn call_closure(
    engine: &JitEngine,
    rt: &mut Runtime,
    closure: u64,
    base: usize,
    caller: usize,
) -> Status {
    let marker = 0u8;
    let here = std::ptr::addr_of!(marker) as usize;
    let outer = rt.g.native_base;
    if outer != 0 && outer.saturating_sub(here) > nesting_budget(rt) {
        return panic::stack_overflow(rt, caller);
    }
    let func = mem::load(closure, 0) as FuncId;
    rt.push_frame(base, caller, func, closure);

    let strings = engine.strings_for(&rt.prog);
    let slots = rt.g.stack.slots.as_mut_ptr();
    let interrupt = std::sync::Arc::as_ptr(&rt.interrupt);
    let mut ctx = JitCtx {
        interrupt,
        slots,
        stack_limit: slots.wrapping_add(rt.g.stack.limit()),
        globals: rt.globals.as_mut_ptr(),
        func_closures: rt.func_closures.as_ptr(),
        strings,
        entries: engine.entries.as_ptr(),
        itab_cache: engine.itab_cache.as_ptr() as *mut u64,
        engine,
        rt,
    };
    let frame = slots.wrapping_add(base);
    let entry = engine.entries[func as usize];
    if outer == 0 {
        rt.g.native_base = here;
    }
    // SAFETY: `engine.trampoline` is the offset of the trampoline the backend
    // emitted into `engine.code` with exactly the `Trampoline` signature, and
    // the buffer is executable and lives as long as `engine`. The context
    // points at the runtime (not used by this function until the call
    // returns), the engine, and the runtime's slot stack, globals and
    // closures, all of which outlive the call; `frame` is the frame just
    // pushed at `base` and `entry` the code of its function.
    let word = unsafe {
        let trampoline: Trampoline =
            std::mem::transmute(engine.code.ptr(AssemblyOffset(engine.trampoline)));
        trampoline(&mut ctx, frame, entry)
    };
    if outer == 0 {
        rt.g.native_base = 0;
    }
    if word == Status::Ok as u64 {
        Status::Ok
    } else {
        Status::Unwind
    }
}

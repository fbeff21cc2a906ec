//! The helper ABI: the context generated code keeps in a register, and the
//! `extern "sysv64"` functions it calls for anything beyond a few machine
//! instructions.
//!
//! Generated code holds a pointer to a [`JitCtx`] in one callee-saved
//! register and the current frame's slot 0 in another. A helper takes what
//! it needs of them (context first, then frame pointer, then operands),
//! turns them back into the `&mut Runtime`, engine and frame base the shared
//! runtime takes, and calls the runtime: semantics live there, never here.
//! Helpers that may panic or run Go code return a status word (0 carry on,
//! 1 unwinding: `interp::runtime::Status` as a word) that generated code
//! checks.
//! Two-word values (strings, interfaces) come back as a [`Pair`] (rax:rdx).

use std::mem::offset_of;

use interp::runtime::stack::CALLER;
use interp::runtime::{Runtime, defer, interrupt, natives, panic, print, value};

use crate::JitEngine;

/// What generated code reaches through its context register. Built by
/// `exec` for each entry into generated code; valid while that entry runs.
#[repr(C)]
pub(crate) struct JitCtx {
    pub rt: *mut Runtime,
    pub engine: *const JitEngine,
    /// Slot 0 of the goroutine's slot stack (frame pointers minus this,
    /// over 8, are frame bases).
    pub slots: *mut u64,
    /// Address of the highest slot a frame may end at (`Stack::limit`).
    pub stack_limit: *const u64,
    pub globals: *mut u64,
    /// `Runtime::func_closures`: the closure object of each function.
    pub func_closures: *const u64,
    /// (pointer, length) of each constant string.
    pub strings: *const u64,
    /// Absolute entry address of each compiled function.
    pub entries: *const usize,
    /// `Runtime::interrupt`: tested (as a byte) on every loop back-edge.
    pub interrupt: *const std::sync::atomic::AtomicUsize,
    /// The `IfaceMethod` sites' caches: (dynamic type, method closure)
    /// word pairs, the type `u64::MAX` while empty.
    pub itab_cache: *mut u64,
}

/// Byte offsets of [`JitCtx`] fields, for generated code.
pub(crate) mod ctx {
    use super::*;
    pub const STACK_LIMIT: i32 = offset_of!(JitCtx, stack_limit) as i32;
    pub const GLOBALS: i32 = offset_of!(JitCtx, globals) as i32;
    pub const FUNC_CLOSURES: i32 = offset_of!(JitCtx, func_closures) as i32;
    pub const STRINGS: i32 = offset_of!(JitCtx, strings) as i32;
    pub const ENTRIES: i32 = offset_of!(JitCtx, entries) as i32;
    pub const INTERRUPT: i32 = offset_of!(JitCtx, interrupt) as i32;
    pub const ITAB_CACHE: i32 = offset_of!(JitCtx, itab_cache) as i32;
}

/// A two-word value returned in rax:rdx.
#[repr(C)]
pub(crate) struct Pair(u64, u64);

impl From<(u64, u64)> for Pair {
    fn from((a, b): (u64, u64)) -> Pair {
        Pair(a, b)
    }
}

/// The runtime errors generated code raises from its explicit checks, and
/// the interrupt its back-edge checks find.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RuntimeError {
    DivideByZero,
    NegativeShift,
    NilDeref,
    /// Not an error: `Runtime::interrupt` was set (`runtime::interrupt`).
    Interrupt,
}

impl RuntimeError {
    const ALL: [RuntimeError; 4] = [
        RuntimeError::DivideByZero,
        RuntimeError::NegativeShift,
        RuntimeError::NilDeref,
        RuntimeError::Interrupt,
    ];

    /// The word generated code passes to [`runtime_error`].
    pub fn code(self) -> i32 {
        self as i32
    }
}

/// Every helper, for the backends' address tables and the disassembler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Helper {
    StackOverflow,
    UnwindingStopsAt,
    DeferReturn,
    DeferProc,
    GoPanic,
    GoRecover,
    RuntimeError,
    CallNative,
    Concat,
    StrCmp,
    MakeIface,
    Alloc,
    PrintInt,
    PrintBool,
    PrintStr,
    PrintIface,
    PrintPtr,
    PrintSp,
    PrintNl,
    Exec,
}

impl Helper {
    pub const ALL: [Helper; 20] = [
        Helper::StackOverflow,
        Helper::UnwindingStopsAt,
        Helper::DeferReturn,
        Helper::DeferProc,
        Helper::GoPanic,
        Helper::GoRecover,
        Helper::RuntimeError,
        Helper::CallNative,
        Helper::Concat,
        Helper::StrCmp,
        Helper::MakeIface,
        Helper::Alloc,
        Helper::PrintInt,
        Helper::PrintBool,
        Helper::PrintStr,
        Helper::PrintIface,
        Helper::PrintPtr,
        Helper::PrintSp,
        Helper::PrintNl,
        Helper::Exec,
    ];

    /// The helper's address.
    pub fn addr(self) -> u64 {
        let f = match self {
            Helper::StackOverflow => stack_overflow as *const (),
            Helper::UnwindingStopsAt => unwinding_stops_at as *const (),
            Helper::DeferReturn => deferreturn as *const (),
            Helper::DeferProc => deferproc as *const (),
            Helper::GoPanic => gopanic as *const (),
            Helper::GoRecover => gorecover as *const (),
            Helper::RuntimeError => runtime_error as *const (),
            Helper::CallNative => call_native as *const (),
            Helper::Concat => concat as *const (),
            Helper::StrCmp => str_cmp as *const (),
            Helper::MakeIface => make_iface as *const (),
            Helper::Alloc => alloc as *const (),
            Helper::PrintInt => print_int as *const (),
            Helper::PrintBool => print_bool as *const (),
            Helper::PrintStr => print_str as *const (),
            Helper::PrintIface => print_iface as *const (),
            Helper::PrintPtr => print_ptr as *const (),
            Helper::PrintSp => print_sp as *const (),
            Helper::PrintNl => print_nl as *const (),
            Helper::Exec => exec_instr as *const (),
        };
        f as u64
    }

    /// The runtime function it stands for, as `gojit disasm` shows it.
    pub fn name(self) -> &'static str {
        match self {
            Helper::StackOverflow => "runtime.morestack",
            Helper::UnwindingStopsAt => "runtime.unwinding_stops_at",
            Helper::DeferReturn => "runtime.deferreturn",
            Helper::DeferProc => "runtime.deferproc",
            Helper::GoPanic => "runtime.gopanic",
            Helper::GoRecover => "runtime.gorecover",
            Helper::RuntimeError => "runtime.panic_runtime_error",
            Helper::CallNative => "runtime.call_native",
            Helper::Concat => "runtime.concatstrings",
            Helper::StrCmp => "runtime.cmpstring",
            Helper::MakeIface => "runtime.convT",
            Helper::Alloc => "runtime.newobject",
            Helper::PrintInt => "runtime.printint",
            Helper::PrintBool => "runtime.printbool",
            Helper::PrintStr => "runtime.printstring",
            Helper::PrintIface => "runtime.printeface",
            Helper::PrintPtr => "runtime.printpointer",
            Helper::PrintSp => "runtime.printsp",
            Helper::PrintNl => "runtime.printnl",
            Helper::Exec => "runtime.exec",
        }
    }
}

/// The runtime and engine behind `ctx`.
///
/// # Safety
/// `ctx` must be the context `exec` built for the entry into generated code
/// that is running: its runtime and engine pointers then come from the
/// `&mut Runtime` and `&JitEngine` of that entry, which nothing else uses
/// until it returns.
unsafe fn runtime<'a>(ctx: *const JitCtx) -> (&'a mut Runtime, &'a JitEngine) {
    // SAFETY: per this function's contract.
    unsafe { (&mut *(*ctx).rt, &*(*ctx).engine) }
}

/// The runtime, engine and base slot of the frame at `frame`.
///
/// # Safety
/// As for [`runtime`]; `frame` is a frame pointer of the running goroutine.
unsafe fn frame_of<'a>(
    ctx: *const JitCtx,
    frame: *const u64,
) -> (&'a mut Runtime, &'a JitEngine, usize) {
    // SAFETY: per this function's contract.
    let slots = unsafe { (*ctx).slots } as usize;
    // SAFETY: per this function's contract.
    let (rt, engine) = unsafe { runtime(ctx) };
    (rt, engine, (frame as usize - slots) / 8)
}

/// Reports `fatal error: stack overflow` for the frame being entered at
/// `frame` (the overflow is charged to its caller, as `Call` does).
pub(crate) unsafe extern "sysv64" fn stack_overflow(ctx: *const JitCtx, frame: *const u64) -> u64 {
    // SAFETY: called by generated code with its context and frame.
    let (rt, _, base) = unsafe { frame_of(ctx, frame) };
    let caller = base - rt.g.stack.slots[base + CALLER] as usize;
    panic::stack_overflow(rt, caller) as u64
}

/// Whether the unwinding goroutine stops at `frame` (it then resumes at its
/// deferreturn call); clears the unwinding when it does.
pub(crate) unsafe extern "sysv64" fn unwinding_stops_at(
    ctx: *const JitCtx,
    frame: *const u64,
) -> u64 {
    // SAFETY: called by generated code with its context and frame.
    let (rt, _, base) = unsafe { frame_of(ctx, frame) };
    rt.unwinding_stops_at(base) as u64
}

/// deferreturn: runs the deferred calls `frame` made, newest first.
pub(crate) unsafe extern "sysv64" fn deferreturn(ctx: *const JitCtx, frame: *const u64) -> u64 {
    // SAFETY: called by generated code with its context and frame.
    let (rt, engine, base) = unsafe { frame_of(ctx, frame) };
    defer::deferreturn(rt, engine, base) as u64
}

/// deferproc: pushes `closure` on the defer chain, tagged with `frame`.
pub(crate) unsafe extern "sysv64" fn deferproc(
    ctx: *const JitCtx,
    frame: *const u64,
    closure: u64,
) {
    // SAFETY: called by generated code with its context and frame.
    let (rt, _, base) = unsafe { frame_of(ctx, frame) };
    defer::deferproc(rt, base, closure);
}

/// gopanic: panics `frame` with the interface `(ty, data)`.
pub(crate) unsafe extern "sysv64" fn gopanic(
    ctx: *const JitCtx,
    frame: *const u64,
    ty: u64,
    data: u64,
) -> u64 {
    // SAFETY: called by generated code with its context and frame.
    let (rt, engine, base) = unsafe { frame_of(ctx, frame) };
    panic::gopanic(rt, engine, base, (ty, data)) as u64
}

/// gorecover called by `frame`: the interface it returns.
pub(crate) unsafe extern "sysv64" fn gorecover(ctx: *const JitCtx, frame: *const u64) -> Pair {
    // SAFETY: called by generated code with its context and frame.
    let (rt, _, base) = unsafe { frame_of(ctx, frame) };
    panic::gorecover(rt, base).into()
}

/// Panics `frame` with runtime error `code` (a [`RuntimeError::code`]).
pub(crate) unsafe extern "sysv64" fn runtime_error(
    ctx: *const JitCtx,
    frame: *const u64,
    code: u64,
) -> u64 {
    // SAFETY: called by generated code with its context and frame.
    let (rt, engine, base) = unsafe { frame_of(ctx, frame) };
    match RuntimeError::ALL[code as usize] {
        RuntimeError::Interrupt => interrupt::at_back_edge(rt, base) as u64,
        RuntimeError::NilDeref => panic::nil_deref(rt, engine, base) as u64,
        RuntimeError::DivideByZero => {
            panic::panic_runtime_error(rt, engine, base, "integer divide by zero") as u64
        }
        RuntimeError::NegativeShift => {
            panic::panic_runtime_error(rt, engine, base, "negative shift amount") as u64
        }
    }
}

/// Calls native number `native` of the engine's table for the frame at
/// `frame`, with the callee frame at `callee` (arguments and results in its
/// slots).
pub(crate) unsafe extern "sysv64" fn call_native(
    ctx: *const JitCtx,
    frame: *const u64,
    callee: *const u64,
    native: u64,
) -> u64 {
    // SAFETY: called by generated code with its context and frame pointers;
    // `callee` lies above `frame` in the same slot stack.
    let (rt, engine, caller) = unsafe { frame_of(ctx, frame) };
    let base = caller + (callee as usize - frame as usize) / 8;
    natives::call(rt, engine, engine.natives[native as usize], base, caller) as u64
}

/// The concatenation of strings `a` and `b`.
pub(crate) unsafe extern "sysv64" fn concat(
    ctx: *const JitCtx,
    a0: u64,
    a1: u64,
    b0: u64,
    b1: u64,
) -> Pair {
    // SAFETY: called by generated code with its context.
    let (rt, _) = unsafe { runtime(ctx) };
    value::concat(rt, (a0, a1), (b0, b1)).into()
}

/// Bytewise comparison of strings `a` and `b`: -1, 0 or 1.
pub(crate) extern "sysv64" fn str_cmp(a0: u64, a1: u64, b0: u64, b1: u64) -> i64 {
    value::str_cmp((a0, a1), (b0, b1)) as i64
}

/// An interface of runtime type `ty` holding the value at `src` (a slot address).
pub(crate) unsafe extern "sysv64" fn make_iface(ctx: *const JitCtx, ty: u64, src: u64) -> Pair {
    // SAFETY: called by generated code with its context.
    let (rt, _) = unsafe { runtime(ctx) };
    value::make_iface(rt, ty as u32, src).into()
}

/// newobject: a new zeroed heap object of `words` words of layout `layout`
/// (boxes and closures).
pub(crate) unsafe extern "sysv64" fn alloc(ctx: *const JitCtx, words: u64, layout: u64) -> u64 {
    // SAFETY: called by generated code with its context.
    let (rt, _) = unsafe { runtime(ctx) };
    rt.newobject(words as usize, layout as u32)
}

/// Builtin print of an int.
pub(crate) extern "sysv64" fn print_int(v: u64) {
    print::int(v as i64);
}

/// Builtin print of a bool.
pub(crate) extern "sysv64" fn print_bool(v: u64) {
    print::bool(v);
}

/// Builtin print of a string.
pub(crate) extern "sysv64" fn print_str(ptr: u64, len: u64) {
    print::string(ptr, len);
}

/// Builtin print of an interface's two words.
pub(crate) extern "sysv64" fn print_iface(ty: u64, data: u64) {
    print::iface(ty, data);
}

/// Builtin print of a pointer-like value.
pub(crate) extern "sysv64" fn print_ptr(v: u64) {
    print::pointer(v);
}

/// Builtin print of a space.
pub(crate) extern "sysv64" fn print_sp() {
    print::stderr(b" ");
}

/// Builtin print of a newline.
pub(crate) extern "sysv64" fn print_nl() {
    print::stderr(b"\n");
}

/// Executes the runtime instruction at `pc` of `frame`'s function (slices
/// and the like): exactly what the interpreter does, through
/// `interp::runtime::exec`.
pub(crate) unsafe extern "sysv64" fn exec_instr(
    ctx: *const JitCtx,
    frame: *const u64,
    pc: u64,
) -> u64 {
    // SAFETY: called by generated code with its context and frame.
    let (rt, engine, base) = unsafe { frame_of(ctx, frame) };
    let func = rt.frame_func(base);
    let ins = rt.prog.funcs[func as usize].code[pc as usize];
    interp::runtime::exec::exec(rt, engine, base, ins) as u64
}

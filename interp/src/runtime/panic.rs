//! gopanic, gorecover and the fatal ends of a goroutine.
//!
//! A panic never unwinds Rust frames: `gopanic` runs the goroutine's
//! deferred calls newest first, on top of the panicking frame, then reports
//! [`Status::Unwind`]. Every engine frame that sees that status either
//! resumes at its `deferreturn` (when a deferred call it made recovered the
//! panic) or returns the status to its caller.

use super::{Engine, Panic, Runtime, Status, Unwind, defer, mem, methods, print, stack};
use crate::bytecode::FuncId;
use crate::program::{RtKind, layouts, rt_types};

/// gopanic: panics with interface `value` raised by the frame at `frame`.
/// Runs deferred calls until one recovers (the deferring frame becomes the
/// unwinding target) or none is left (the panic is reported; the program dies).
pub fn gopanic(rt: &mut Runtime, engine: &dyn Engine, frame: usize, value: (u64, u64)) -> Status {
    // Go 1.21: panic(nil) panics with a *runtime.PanicNilError.
    let value = if value.0 == u64::from(rt_types::NIL) {
        let s = rt.heap.alloc_string(b"panic called with nil argument");
        let cell = rt.heap.alloc(2, layouts::STRING);
        mem::store(cell, 0, s.0);
        mem::store(cell, 1, s.1);
        (u64::from(rt_types::PANIC_NIL_ERROR), cell)
    } else {
        value
    };
    rt.g.panics.push(Panic {
        value,
        recovered: false,
        defer_frame: usize::MAX,
    });
    let me = rt.g.panics.len() - 1;
    let above = rt.frame_end(frame);
    let mut walk = Some(frame);
    while let Some(d) = defer::next_deferred(rt, &mut walk) {
        if d.is_catch() {
            // A native catches it: the value goes to the result slots of
            // the frame it called.
            rt.g.panics.truncate(me);
            rt.g.sig = None;
            rt.g.stack.slots[d.frame + stack::HEADER..d.frame + stack::HEADER + 2]
                .copy_from_slice(&[value.0, value.1]);
            rt.g.unwind = Unwind::Caught;
            return Status::Unwind;
        }
        rt.g.panics[me].defer_frame = above;
        if engine.call_closure(rt, d.closure, above, frame) == Status::Unwind {
            // A later panic took over: it was recovered or caught below us
            // (this one is aborted with it) or it is fatal (already
            // reported).
            if matches!(rt.g.unwind, Unwind::Recovered { .. } | Unwind::Caught) {
                rt.g.panics.truncate(me);
            }
            return Status::Unwind;
        }
        if rt.g.panics[me].recovered {
            rt.g.panics.truncate(me);
            rt.g.sig = None;
            rt.g.unwind = Unwind::Recovered { frame: d.frame };
            return Status::Unwind;
        }
    }
    // Go prints an error's Error() and a Stringer's String() (calling them
    // above the panicking frame; one that panics itself prints as a value).
    let values: Vec<(u64, u64)> = rt.g.panics.iter().map(|p| p.value).collect();
    let texts: Vec<Option<Vec<u8>>> = values
        .into_iter()
        .map(|v| methods::text_of(rt, engine, v, above, frame).ok().flatten())
        .collect();
    let mut msg = print_panics(rt, &texts);
    // The signal line belongs to the crash report, as the trace does (a
    // REPL session prints the panic text only, and goes on without it).
    if let Some(fault) = rt.g.sig.take()
        && rt.traceback
    {
        msg.push_str(&fault.to_string());
    }
    if rt.traceback {
        msg.push('\n');
        msg.push_str(&traceback(rt, frame));
    }
    print::stderr(msg.as_bytes());
    rt.g.unwind = Unwind::Fatal;
    Status::Unwind
}

/// runtime.Goexit, called from the frame at `frame`: runs every deferred
/// call of the goroutine (recover finds no panic in them), then ends the
/// goroutine (the scheduler sees [`Unwind::Goexit`]).
pub fn goexit(rt: &mut Runtime, engine: &dyn Engine, frame: usize) -> Status {
    let above = rt.frame_end(frame);
    let mut walk = Some(frame);
    while let Some(d) = defer::next_deferred(rt, &mut walk) {
        if d.is_catch() {
            continue;
        }
        if engine.call_closure(rt, d.closure, above, frame) == Status::Unwind {
            // A deferred call panicked (or ended the program).
            return Status::Unwind;
        }
    }
    rt.g.unwind = Unwind::Goexit;
    Status::Unwind
}

/// Panics with a runtime error (`runtime error: ` + `msg`), as Go's
/// `panicdivide`, `panicIndex`, ... do.
pub fn panic_runtime_error(
    rt: &mut Runtime,
    engine: &dyn Engine,
    frame: usize,
    msg: &str,
) -> Status {
    gopanic_plain(rt, engine, frame, &format!("runtime error: {msg}"))
}

/// The text of Go's nil pointer dereference runtime error.
pub const NIL_DEREF: &str = "invalid memory address or nil pointer dereference";

/// A memory fault, as Go's signal handler records it for the crash report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fault {
    /// `SIGSEGV` or `SIGBUS`.
    pub bus: bool,
    /// The signal's code (`SEGV_MAPERR` is 1).
    pub code: u64,
    /// The faulting address.
    pub addr: u64,
    /// The program counter that faulted.
    pub pc: u64,
}

/// Go's `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0
/// pc=0x...]` line of a crash report (with its newline).
impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = if self.bus {
            "SIGBUS: bus error"
        } else {
            "SIGSEGV: segmentation violation"
        };
        writeln!(
            f,
            "[signal {name} code={:#x} addr={:#x} pc={:#x}]",
            self.code, self.addr, self.pc
        )
    }
}

/// Go's nil pointer dereference panic, raised in the frame at `frame`: a
/// panic that a memory fault at address 0 raises in Go (`sigpanic`).
pub fn nil_deref(rt: &mut Runtime, engine: &dyn Engine, frame: usize) -> Status {
    rt.g.sig = Some(Fault {
        bus: false,
        code: 1,
        addr: 0,
        pc: caller_pc(rt, frame, 0).unwrap_or(0),
    });
    panic_runtime_error(rt, engine, frame, NIL_DEREF)
}

/// Panics with a runtime error whose text is exactly `msg` (Go's
/// `plainError`, as in `assignment to entry in nil map`).
pub fn gopanic_plain(rt: &mut Runtime, engine: &dyn Engine, frame: usize, msg: &str) -> Status {
    gopanic_text(rt, engine, frame, rt_types::RUNTIME_ERROR, msg)
}

/// Panics with the `string` value `msg`, as standard packages do
/// (`strings: negative Repeat count`).
pub fn gopanic_string(rt: &mut Runtime, engine: &dyn Engine, frame: usize, msg: &str) -> Status {
    gopanic_text(rt, engine, frame, rt_types::STRING, msg)
}

/// Panics with a value of runtime type `ty` whose data word points at the
/// text `msg` (a boxed string, or a runtime.errorString).
fn gopanic_text(rt: &mut Runtime, engine: &dyn Engine, frame: usize, ty: u32, msg: &str) -> Status {
    let s = rt.heap.alloc_string(msg.as_bytes());
    let data = rt.heap.alloc(2, layouts::STRING);
    mem::store(data, 0, s.0);
    mem::store(data, 1, s.1);
    gopanic(rt, engine, frame, (u64::from(ty), data))
}

/// gorecover: called from the frame at `frame`. Returns the value of the
/// running panic and marks it recovered when the caller is the deferred
/// function that panic is running (the callee of a wrapper, or of a chain
/// of them, counts, and so does a wrapper the deferred function deferred);
/// else nil.
pub fn gorecover(rt: &mut Runtime, frame: usize) -> (u64, u64) {
    let Some(&p) = rt.g.panics.last() else {
        return (0, 0);
    };
    if p.recovered || p.defer_frame == usize::MAX {
        return (0, 0);
    }
    let is_wrapper = |b: usize| rt.prog.funcs[rt.frame_func(b) as usize].wrapper;
    // A recover a wrapper calls (`defer recover()`) is its caller's.
    let mut frame = frame;
    while frame != p.defer_frame
        && is_wrapper(frame)
        && let Some(caller) = rt.frame_caller(frame)
    {
        frame = caller;
    }
    let direct = if frame == p.defer_frame {
        !is_wrapper(frame)
    } else {
        // Wrappers (a defer's, a method value's) may stand between the
        // deferred call and the function that calls recover.
        let mut caller = rt.frame_caller(frame);
        while let Some(b) = caller
            && b > p.defer_frame
            && is_wrapper(b)
        {
            caller = rt.frame_caller(b);
        }
        caller == Some(p.defer_frame) && is_wrapper(p.defer_frame)
    };
    if !direct {
        return (0, 0);
    }
    rt.g.panics.last_mut().expect("checked above").recovered = true;
    p.value
}

/// Go's `printpanics`: the chain of panics, oldest first, each interrupted
/// one followed by a tab.
fn print_panics(rt: &Runtime, texts: &[Option<Vec<u8>>]) -> String {
    let mut out = String::new();
    for (i, p) in rt.g.panics.iter().enumerate() {
        if i > 0 {
            out.push('\t');
        }
        out.push_str("panic: ");
        if let Some(Some(text)) = texts.get(i) {
            out.push_str(&String::from_utf8_lossy(text).replace('\n', "\n\t"));
            if p.recovered {
                out.push_str(" [recovered]");
            }
            out.push('\n');
            continue;
        }
        // Go's printindented: continuation lines of the value are indented.
        out.push_str(&panic_value(rt, p.value).replace('\n', "\n\t"));
        if p.recovered {
            out.push_str(" [recovered]");
        }
        out.push('\n');
    }
    out
}

/// Go's `printpanicval`: how a panic value prints in a crash report.
fn panic_value(rt: &Runtime, (ty, data): (u64, u64)) -> String {
    if ty == rt_types::NIL as u64 {
        return "nil".into();
    }
    let t = &rt.prog.types[ty as usize];
    let value = match t.kind {
        RtKind::Int => (data as i64).to_string(),
        RtKind::Uint => data.to_string(),
        RtKind::Bool => (data != 0).to_string(),
        RtKind::Float32 | RtKind::Float64 => {
            super::strconv::runtime_print_float(f64::from_bits(data))
        }
        RtKind::Complex64 | RtKind::Complex128 => {
            let part = |i| super::strconv::runtime_print_float(f64::from_bits(mem::load(data, i)));
            format!("({}{}i)", part(0), part(1))
        }
        RtKind::String => {
            let s = mem::bytes(mem::load(data, 0), mem::load(data, 1));
            let s = String::from_utf8_lossy(s).into_owned();
            // printanycustomtype: a defined string type shows its name.
            if t.name.contains('.') {
                return format!("{}(\"{s}\")", t.name);
            }
            s
        }
        RtKind::RuntimeError | RtKind::ErrorString => {
            return super::fmt::error_string(rt, (ty, data));
        }
        RtKind::Func
        | RtKind::Slice
        | RtKind::Pointer
        | RtKind::Chan
        | RtKind::Struct
        | RtKind::Array
        | RtKind::Interface
        | RtKind::Map => {
            return format!("({}) {:#x}", t.name, data);
        }
    };
    // printanycustomtype: a defined basic type shows its name.
    if t.name.contains('.') {
        format!("{}({value})", t.name)
    } else {
        value
    }
}

/// Go's traceback of the goroutine, from the frame at `frame` down.
pub fn traceback(rt: &Runtime, frame: usize) -> String {
    traceback_state(rt, frame, "running")
}

/// The running goroutine's traceback from the frame at `frame`, its header
/// naming its state (`running`, `chan receive`, ...).
pub fn traceback_state(rt: &Runtime, frame: usize, state: &str) -> String {
    let mut out = format!("goroutine {} [{state}]:\n", rt.g.id);
    let mut base = Some(frame);
    while let Some(b) = base {
        let f = rt.frame_func(b);
        let pc = rt.g.stack.slots[b + stack::PC] as u32;
        let func = &rt.prog.funcs[f as usize];
        // Go elides runtime frames from the default traceback.
        if !func.name.starts_with("runtime.") {
            let args = if func.param_words == 0 { "()" } else { "(...)" };
            let (file, line) = rt.prog.position(f, pc);
            out.push_str(&format!("{}{args}\n\t{file}:{line}\n", func.name));
        }
        base = rt.frame_caller(b);
    }
    out
}

/// The running goroutine's trace as `runtime.Stack` writes it, from the
/// frame at `frame` down, its header naming its state: wrappers and
/// runtime frames left out, a `panic` line below each deferred call a
/// panic runs, each frame with its `file:line +0xN`.
pub fn stack_trace(rt: &Runtime, frame: usize, state: &str) -> String {
    let mut out = format!("goroutine {} [{state}]:\n", rt.g.id);
    for pc in frame_pcs(rt, frame) {
        let (name, file, line, entry) = pc_info(rt, pc);
        let name = match name.as_str() {
            "runtime.gopanic" => "panic",
            n if n.starts_with("runtime.") => continue,
            n => n,
        };
        let params = pc
            .checked_sub(PC_BASE)
            .and_then(|off| rt.prog.funcs.get((off >> 12) as usize))
            .map_or(1, |f| f.param_words);
        let args = if params == 0 { "()" } else { "(...)" };
        out.push_str(&format!(
            "{name}{args}\n\t{file}:{line} +{:#x}\n",
            pc - entry
        ));
    }
    out
}

/// The `created by` lines that end a trace of a goroutine that `func`
/// started at `pc`, running as goroutine `g`.
pub fn created_by(rt: &Runtime, func: FuncId, pc: u64, g: u64) -> String {
    let pc = PC_BASE + (u64::from(func) << 12) + pc;
    let (name, file, line, entry) = pc_info(rt, pc);
    format!(
        "created by {name} in goroutine {g}\n\t{file}:{line} +{:#x}\n",
        pc - entry
    )
}

/// `runtime.Caller(skip)` from the frame at `frame`: the `skip`-th frame up
/// from it as Go's tracebacks list them (see [`frame_pcs`]), ending with
/// `runtime.goexit`, as a program counter (unique per function and
/// instruction; see [`pc_info`]).
pub fn caller_pc(rt: &Runtime, frame: usize, skip: i64) -> Option<u64> {
    frame_pcs(rt, frame)
        .chain(std::iter::once(GOEXIT_PC))
        .nth(usize::try_from(skip).ok()?)
}

/// The program counters of the frames from `frame` down, as Go's
/// tracebacks list them: compiler-made wrappers left out, and a
/// `runtime.gopanic` frame below each deferred call a panic runs.
fn frame_pcs(rt: &Runtime, frame: usize) -> impl Iterator<Item = u64> {
    let mut base = Some(frame);
    let mut pending_gopanic = false;
    std::iter::from_fn(move || {
        loop {
            if std::mem::take(&mut pending_gopanic) {
                return Some(GOPANIC_PC);
            }
            let b = base?;
            base = rt.frame_caller(b);
            pending_gopanic = rt.g.panics.iter().any(|p| p.defer_frame == b);
            let f = rt.frame_func(b);
            if !rt.prog.funcs[f as usize].wrapper {
                let pc = rt.g.stack.slots[b + stack::PC];
                return Some(PC_BASE + (u64::from(f) << 12) + pc);
            }
        }
    })
}

/// Where program counters of gojit functions start: function `f`'s
/// instruction `pc` is `PC_BASE + (f << 12) + pc`.
const PC_BASE: u64 = 0x40_0000;

/// The program counter `runtime.goexit` stands for, below every function's.
const GOEXIT_PC: u64 = PC_BASE - 0x10;

/// The program counter of `runtime.gopanic` calling a deferred function.
const GOPANIC_PC: u64 = PC_BASE - 0x20;

/// The return program counters of the frames from `frame` up (Go's
/// `runtime.Callers` without skipping), compiler-made wrappers left out,
/// ending with `runtime.goexit` as Go's do.
pub fn callers(rt: &Runtime, frame: usize) -> Vec<u64> {
    let mut out: Vec<u64> = frame_pcs(rt, frame).map(|pc| pc + 1).collect();
    out.push(GOEXIT_PC + 1);
    out
}

/// The function, file, line and function entry a program counter names
/// (empty for none). Functions of the runtime are in Go's runtime sources.
pub fn pc_info(rt: &Runtime, pc: u64) -> (String, String, u64, u64) {
    const RUNTIME_SRC: &str = "/usr/lib/go-1.23/src/runtime";
    if pc / 0x10 == GOEXIT_PC / 0x10 {
        let file = format!("{RUNTIME_SRC}/asm_amd64.s");
        return ("runtime.goexit".into(), file, 1700, GOEXIT_PC);
    }
    if pc / 0x10 == GOPANIC_PC / 0x10 {
        let file = format!("{RUNTIME_SRC}/panic.go");
        return ("runtime.gopanic".into(), file, 785, GOPANIC_PC);
    }
    let Some(off) = pc.checked_sub(PC_BASE) else {
        return Default::default();
    };
    let (f, at) = (off >> 12, off & 0xfff);
    let Some(func) = rt.prog.funcs.get(f as usize) else {
        return Default::default();
    };
    let entry = PC_BASE + (f << 12);
    if func.name == "runtime.main" {
        return (
            func.name.clone(),
            format!("{RUNTIME_SRC}/proc.go"),
            272,
            entry,
        );
    }
    let (file, line) = rt.prog.position(f as u32, at as u32);
    (func.name.clone(), file.to_string(), u64::from(line), entry)
}

/// Go's `fatal error: stack overflow`, raised when a call from the frame at
/// `frame` would pass the end of the stack. Deferred calls do not run.
pub fn stack_overflow(rt: &mut Runtime, frame: usize) -> Status {
    print::stderr(b"runtime: goroutine stack exceeds 1000000000-byte limit\n");
    throw(rt, frame, "stack overflow")
}

/// Go's `throw`: a `fatal error` that no recover stops, raised in the frame
/// at `frame`. Deferred calls do not run.
pub fn throw(rt: &mut Runtime, frame: usize, msg: &str) -> Status {
    let mut msg = format!("fatal error: {msg}\n");
    if rt.traceback {
        msg.push('\n');
        msg.push_str(&traceback(rt, frame));
    }
    print::stderr(msg.as_bytes());
    rt.g.unwind = Unwind::Fatal;
    Status::Unwind
}

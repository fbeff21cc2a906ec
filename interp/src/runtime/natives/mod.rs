//! Native implementations of standard package functions, called from Go
//! code with the Go call convention: arguments and results in the callee
//! frame's slots (results first, then parameters; a variadic `...any` is a
//! slice of interfaces).

mod bufio;
mod builder;
mod errors;
mod fmt_state;
mod math;
mod math_algos;
mod os;
mod rand;
mod rng_cooked;
mod scan;
mod sort;
mod strconv;
mod strings;
mod sync;
pub mod time;
mod unicode;
pub mod unicode_tables;
mod ziggurat;

use super::{Engine, Runtime, Status, fmt, mem, methods, print, stack::HEADER};
use crate::bytecode::{DiscardFn, ErrVar, Native, RuntimeFn, Scalar};
use crate::program::{layouts, rt_types};

/// What the standard packages keep across calls, for the whole run.
#[derive(Default)]
pub struct State {
    /// `debug.SetMaxStack`'s limit, once set.
    max_stack: Option<u64>,
    os: os::State,
    bufio: bufio::State,
    rand: rand::State,
    unicode: unicode::State,
    /// The sentinel errors made so far (`errors::sentinel`), by `ErrVar`.
    sentinels: [[u64; 2]; ErrVar::ALL.len()],
    /// `runtime.MemProfileRate` (gojit keeps no memory profile).
    mem_profile_rate: ProfileRate,
}

impl State {
    /// Marks the Go values the packages keep between calls.
    pub fn roots(&self, m: &mut super::mgc::Marker) {
        self.os.roots(m);
        self.unicode.roots(m);
        for s in &self.sentinels {
            m.iface(s[0], s[1]);
        }
    }
}

/// The runtime's finalizer, crash and trace functions, and the address
/// of `MemProfileRate`, with their frame at `base`, called from `caller`.
fn runtime_call(
    rt: &mut Runtime,
    engine: &dyn Engine,
    f: RuntimeFn,
    base: usize,
    caller: usize,
) -> Status {
    let args = base + HEADER;
    match f {
        RuntimeFn::SetFinalizer => super::mfinal::set(rt, base, caller),
        RuntimeFn::RunFinalizer => super::mfinal::run(rt, engine, base, caller),
        RuntimeFn::Breakpoint => {
            // Go's breakpoint instruction traps; the signal kills the
            // program without running deferred calls.
            let mut text = String::from("SIGTRAP: trace trap\nPC=0x0 m=0 sigcode=128\n\n");
            if rt.traceback {
                text.push_str(&super::panic::traceback(rt, caller));
            }
            print::flush_stdout();
            print::stderr(text.as_bytes());
            rt.g.unwind = super::Unwind::Fatal;
            Status::Unwind
        }
        RuntimeFn::Stack => {
            let s = &rt.g.stack.slots;
            let (data, len, all) = (s[args + 1], s[args + 2], s[args + 4] != 0);
            let mut text = super::panic::stack_trace(rt, caller, "running");
            if all {
                text.push_str(&rt.other_stack_traces());
            }
            let n = text.len().min(len as usize);
            mem::store_bytes(data, &text.as_bytes()[..n]);
            rt.g.stack.slots[args] = n as u64;
            Status::Ok
        }
        // `MemProfileRate`: the variable's address.
        _ => {
            rt.g.stack.slots[args] = rt.natives.mem_profile_rate.address();
            Status::Ok
        }
    }
}

/// The word of `runtime.MemProfileRate`, boxed so that its address stays
/// put. It starts at 0: Go's linker turns memory profiling off in programs
/// that never call `runtime.MemProfile`, which gojit does not provide.
#[derive(Default)]
struct ProfileRate(Box<std::cell::UnsafeCell<u64>>);

impl ProfileRate {
    /// The variable's address, which Go code reads and writes through.
    fn address(&self) -> u64 {
        self.0.get() as u64
    }
}

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
    if native == Native::ErrorsNew {
        let s = &rt.g.stack.slots;
        let text = (s[base + HEADER + 2], s[base + HEADER + 3]);
        let err = new_error(rt, text);
        rt.g.stack.slots[base + HEADER..base + HEADER + 2].copy_from_slice(&err);
        return Status::Ok;
    }
    if matches!(
        native,
        Native::ErrorsIs | Native::ErrorsAs | Native::ErrorsUnwrap | Native::ErrorsJoin
    ) {
        return errors::call(rt, engine, native, base, caller);
    }
    if let Native::Math(f) = native {
        return math::call(rt, f, base);
    }
    if let Native::Rand(f) = native {
        rand::call(rt, f, base);
        return Status::Ok;
    }
    if let Native::Bufio(f) = native {
        return bufio::call(rt, f, base);
    }
    if native == Native::Runtime(RuntimeFn::Goexit) {
        return super::panic::goexit(rt, engine, caller);
    }
    if native == Native::Runtime(RuntimeFn::Caller) {
        let skip = rt.g.stack.slots[base + HEADER + 5] as i64;
        let out = match super::panic::caller_pc(rt, caller, skip) {
            Some(pc) => {
                let (_, file, line, _) = super::panic::pc_info(rt, pc);
                let (p, n) = rt.heap.alloc_string(file.as_bytes());
                [pc, p, n, line, 1]
            }
            None => [0; 5],
        };
        rt.g.stack.slots[base + HEADER..base + HEADER + 5].copy_from_slice(&out);
        return Status::Ok;
    }
    if native == Native::Runtime(RuntimeFn::Callers) {
        let slots = &rt.g.stack.slots;
        let skip = slots[base + HEADER + 1] as i64;
        let (data, len) = (slots[base + HEADER + 2], slots[base + HEADER + 3]);
        let pcs = super::panic::callers(rt, caller);
        let n = pcs
            .iter()
            .skip(skip.max(0) as usize)
            .take(len as usize)
            .enumerate()
            .map(|(i, &pc)| super::mem::store(data, i, pc))
            .count();
        rt.g.stack.slots[base + HEADER] = n as u64;
        return Status::Ok;
    }
    if native == Native::Runtime(RuntimeFn::PcInfo) {
        let pc = rt.g.stack.slots[base + HEADER + 6];
        let (name, file, line, entry) = super::panic::pc_info(rt, pc);
        let (np, nn) = rt.heap.alloc_string(name.as_bytes());
        let (fp, fnl) = rt.heap.alloc_string(file.as_bytes());
        rt.g.stack.slots[base + HEADER..base + HEADER + 6]
            .copy_from_slice(&[np, nn, fp, fnl, line, entry]);
        return Status::Ok;
    }
    if let Native::Runtime(
        f @ (RuntimeFn::SetFinalizer
        | RuntimeFn::RunFinalizer
        | RuntimeFn::Breakpoint
        | RuntimeFn::Stack
        | RuntimeFn::MemProfileRate),
    ) = native
    {
        return runtime_call(rt, engine, f, base, caller);
    }
    if native == Native::Runtime(RuntimeFn::Gc) {
        // A scheduling point first, as Go's waits for the cycle to start:
        // the finalizers an earlier collection queued run now, and those
        // this one queues at the caller's next blocking point.
        if rt.gosched(caller) == Status::Unwind {
            return Status::Unwind;
        }
        rt.heap.stats.num_forced_gc += 1;
        rt.gc(caller);
        return Status::Ok;
    }
    if native == Native::Runtime(RuntimeFn::MemStats) {
        let (s, u) = (rt.heap.stats, rt.heap.usage());
        let words = [
            s.in_use_words * 8,
            rt.heap.allocated_words as u64 * 8,
            u.sys,
            s.mallocs,
            s.frees,
            u.idle,
            u.released,
            u.next_gc,
            s.last_gc_unix_nanos,
            s.pause_total_nanos,
            u64::from(s.num_gc),
            u64::from(s.num_forced_gc),
            u64::from(u.gc_enabled),
        ];
        rt.g.stack.slots[base + HEADER..base + HEADER + words.len()].copy_from_slice(&words);
        return Status::Ok;
    }
    if native == Native::Runtime(RuntimeFn::Gosched) {
        return rt.gosched(caller);
    }
    if native == Native::Runtime(RuntimeFn::Goroot) {
        let root = goroot();
        let (ptr, len) = rt.heap.alloc_string(root.as_encoded_bytes());
        rt.g.stack.slots[base + HEADER..base + HEADER + 2].copy_from_slice(&[ptr, len]);
        return Status::Ok;
    }
    match native {
        Native::Sync(f) => return sync::call(rt, engine, f, base, caller),
        Native::Atomic(op, ty) => return sync::atomic(rt, engine, op, ty, base, caller),
        Native::Time(f) => return time::call(rt, engine, f, base, caller),
        _ => {}
    }
    if let Native::Runtime(f) = native {
        // Goroutines share one thread: these report that.
        let result = match f {
            RuntimeFn::NumGoroutine => {
                Some((rt.sched.count() - usize::from(rt.finalizers.idle_goroutine())) as u64)
            }
            RuntimeFn::Gomaxprocs => Some(1),
            RuntimeFn::SetGcPercent => {
                let pct = rt.g.stack.slots[base + HEADER + 1] as i64;
                Some(rt.heap.set_gc_percent(pct) as u64)
            }
            RuntimeFn::SetMaxStack => {
                // Go's default limit on 64-bit machines.
                let limit = rt.g.stack.slots[base + HEADER + 1];
                Some(rt.natives.max_stack.replace(limit).unwrap_or(1_000_000_000))
            }
            RuntimeFn::NumCpu => {
                Some(std::thread::available_parallelism().map_or(1, |n| n.get() as u64))
            }
            RuntimeFn::Gc
            | RuntimeFn::Gosched
            | RuntimeFn::KeepAlive
            | RuntimeFn::Caller
            | RuntimeFn::Callers
            | RuntimeFn::PcInfo
            | RuntimeFn::MemStats
            | RuntimeFn::SetFinalizer
            | RuntimeFn::RunFinalizer
            | RuntimeFn::Breakpoint
            | RuntimeFn::Stack
            | RuntimeFn::MemProfileRate
            | RuntimeFn::Goroot
            | RuntimeFn::Goexit => None,
        };
        if let Some(v) = result {
            rt.g.stack.slots[base + HEADER] = v;
        }
        return Status::Ok;
    }
    if let Native::Strconv(f) = native {
        return strconv::call(rt, engine, f, base, caller);
    }
    match native {
        Native::Os(f) => return os::call(rt, f, base),
        Native::Fprint(f) => return os::fprint(rt, engine, f, base, caller),
        Native::Scan(f) => return scan::call(rt, engine, f, base, caller),
        Native::FmtState(f) => return fmt_state::call(rt, engine, f, base, caller),
        Native::Discard(f) => {
            // Results first: `io.Discard`, or the (n, err) of a write,
            // whose byte count is the argument's length word.
            let out = match f {
                DiscardFn::Var => {
                    let ty = rt.prog.discard.expect("io.discard is made with io.Discard");
                    vec![u64::from(ty), rt.zerobase]
                }
                DiscardFn::Write | DiscardFn::WriteString => {
                    vec![rt.g.stack.slots[base + HEADER + 4], 0, 0]
                }
            };
            rt.g.stack.slots[base + HEADER..base + HEADER + out.len()].copy_from_slice(&out);
            return Status::Ok;
        }
        Native::ErrVar(v) => {
            let e = errors::sentinel(rt, v);
            rt.g.stack.slots[base + HEADER..base + HEADER + 2].copy_from_slice(&e);
            return Status::Ok;
        }
        _ => {}
    }
    if let Native::Builder(f) = native {
        return builder::call(rt, engine, f, base, caller);
    }
    if let Native::Sort(f) = native {
        return sort::call(rt, engine, f, base, caller);
    }
    if let Native::Unicode(f) = native {
        return unicode::call_unicode(rt, engine, f, base, caller);
    }
    if let Native::UnicodeVar(v) = native {
        let out = unicode::var(rt, v);
        rt.g.stack.slots[base + HEADER..base + HEADER + out.len()].copy_from_slice(&out);
        return Status::Ok;
    }
    if let Native::Utf8(f) = native {
        return unicode::call_utf8(rt, engine, f, base, caller);
    }
    if let Native::Strings(f) = native {
        return strings::call(rt, engine, f, base, caller);
    }
    fmt_native(rt, engine, native, base, caller)
}

/// A new `*errors.errorString` error holding the string `text`, as an
/// interface value.
fn new_error(rt: &mut Runtime, text: (u64, u64)) -> [u64; 2] {
    [
        u64::from(rt_types::ERROR_STRING),
        cell(rt, layouts::STRING, &[text.0, text.1]),
    ]
}

/// A new heap cell of layout `layout` holding `words`.
fn cell(rt: &mut Runtime, layout: u32, words: &[u64]) -> u64 {
    let cell = rt.heap.alloc(words.len(), layout);
    for (i, &w) in words.iter().enumerate() {
        mem::store(cell, i, w);
    }
    cell
}

/// `runtime.GOROOT()`: `$GOROOT` when set, as in Go; else the root of the
/// Go tree whose `go` command comes first on `$PATH`, the root `go build`
/// would have given a binary; else "".
fn goroot() -> std::ffi::OsString {
    if let Some(root) = std::env::var_os("GOROOT").filter(|r| !r.is_empty()) {
        return root;
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join("go"))
        .find(|go| go.is_file())
        .and_then(|go| go.canonicalize().ok())
        .and_then(|go| Some(go.parent()?.parent()?.as_os_str().to_owned()))
        .unwrap_or_default()
}

/// A new array, without pointers, of `values` (slot form) as scalars `k`.
fn packed(rt: &mut Runtime, values: &[u64], k: Scalar) -> u64 {
    let size = u64::from(k.size());
    let a = rt.heap.alloc(
        (values.len() as u64 * size).div_ceil(8) as usize,
        layouts::NOSCAN,
    );
    for (i, &v) in values.iter().enumerate() {
        mem::store_scalar(a + i as u64 * size, k, v);
    }
    a
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
        Native::FmtSprint | Native::FmtSprintln | Native::FmtSprintf | Native::FmtErrorf => 2,
        _ => unreachable!("{} is not a fmt function", native.name()),
    };
    let (format, args_at) = match native {
        Native::FmtPrintf | Native::FmtSprintf | Native::FmtErrorf => {
            (Some((word(results), word(results + 1))), results + 2)
        }
        _ => (None, results),
    };
    let (args, n) = (word(args_at), word(args_at + 1) as usize);
    // Operands with Error() or String() methods print their text: call them
    // first (in this native's frame, whose arguments are read already).
    let print = |rt: &Runtime, texts: &methods::MethodTexts| match native {
        Native::FmtPrintln | Native::FmtSprintln => (fmt::sprintln(rt, texts, args, n), vec![]),
        Native::FmtPrint | Native::FmtSprint => (fmt::sprint(rt, texts, args, n), vec![]),
        Native::FmtPrintf | Native::FmtSprintf => {
            let (p, len) = format.expect("printf natives take a format");
            (fmt::sprintf(rt, texts, mem::bytes(p, len), args, n), vec![])
        }
        Native::FmtErrorf => {
            let (p, len) = format.expect("printf natives take a format");
            fmt::errorf(rt, texts, mem::bytes(p, len), args, n)
        }
        _ => unreachable!("{} is not a fmt function", native.name()),
    };
    // The calls run above the arguments, which keep the operands alive.
    let above = base + HEADER + args_at + 3;
    let (out, wrapped) = match fmt_state::with_method_calls(rt, engine, above, caller, print) {
        Ok(r) => r,
        Err(st) => return st,
    };
    let result: Vec<u64> = match native {
        Native::FmtPrintln | Native::FmtPrint | Native::FmtPrintf => {
            print::stdout(&out);
            vec![out.len() as u64, 0, 0]
        }
        Native::FmtErrorf => {
            let text = rt.heap.alloc_string(&out);
            // The wrapped operands that are errors (a nil one too when
            // only one is wrapped, as Go keeps it).
            let operand = |i: usize| (mem::load(args, 2 * i), mem::load(args, 2 * i + 1));
            let is_error =
                |rt: &Runtime, e: (u64, u64)| e.0 != 0 && fmt::is_error_type(rt, e.0 as u32);
            match wrapped[..] {
                [] => new_error(rt, text).to_vec(),
                [i] => {
                    let e = Some(operand(i))
                        .filter(|&e| is_error(rt, e))
                        .unwrap_or((0, 0));
                    errors::wrap_error(rt, text, e).to_vec()
                }
                _ => {
                    let errs: Vec<(u64, u64)> = wrapped
                        .iter()
                        .map(|&i| operand(i))
                        .filter(|&e| is_error(rt, e))
                        .collect();
                    errors::error_list(rt, rt_types::WRAP_ERRORS, text, &errs).to_vec()
                }
            }
        }
        _ => {
            let (p, len) = rt.heap.alloc_string(&out);
            vec![p, len]
        }
    };
    rt.g.stack.slots[base + HEADER..base + HEADER + result.len()].copy_from_slice(&result);
    Status::Ok
}

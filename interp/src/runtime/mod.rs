//! The runtime both engines share: goroutine state, the heap, the defer
//! chain, panics and recovery, printing, and the native standard packages.
//!
//! Engines run Go code; everything with semantics beyond a single
//! instruction lives here, reached from the interpreter directly and from
//! JIT code through the helper ABI. Go code calls back into the runtime and
//! the runtime calls Go code (deferred calls) through [`Engine`].

pub mod chan;
pub mod coro;
pub mod defer;
pub mod exec;
pub mod float;
pub mod fmt;
pub mod gstack;
pub mod interrupt;
pub mod map;
pub mod mem;
pub mod methods;
pub mod mfinal;
pub mod mgc;
pub mod natives;
pub mod panic;
pub mod print;
pub mod sched;
#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
pub mod signal;
pub mod slice;
pub mod stack;
pub mod strconv;
pub mod strings;
pub mod value;

use std::rc::Rc;

use crate::bytecode::FuncId;
use crate::program::{Program, layouts};
use stack::Stack;

/// What a call into Go code or a runtime helper left behind.
#[must_use]
#[repr(u64)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Carry on.
    Ok = 0,
    /// The goroutine is unwinding (see [`Unwind`]): the frame must stop and
    /// either resume at its `deferreturn` (when it is the recovery target)
    /// or return this status to its caller.
    Unwind = 1,
}

/// Why a goroutine is unwinding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unwind {
    None,
    /// A panic was recovered by a call deferred by the frame at `frame`:
    /// frames above it are dropped and it resumes at its `deferreturn`.
    Recovered {
        frame: usize,
    },
    /// The program is dying (an unrecovered panic or a fatal error, already
    /// reported); every frame returns at once.
    Fatal,
    /// `os.Exit(code)`: every frame returns at once, running no deferred call.
    Exit(i32),
    /// `runtime.Goexit` ran the goroutine's deferred calls: every frame
    /// returns at once and the goroutine ends.
    Goexit,
    /// A panic reached a native's catch record (`Defer::catch(base)`): the
    /// frames above the native return at once; the panic value is in the
    /// result slots of the frame at `base`, where the native made its call.
    Caught,
}

/// A record on the defer chain: an argument-less closure and the base of the
/// frame that deferred it (Go's `_defer`), or a native's catch record.
#[derive(Clone, Copy, Debug)]
pub struct Defer {
    pub closure: u64,
    pub frame: usize,
}

impl Defer {
    /// The record of a native that catches panics of the Go code it calls
    /// in a frame at `frame`, as Go's `fmt` recovers them (`catchPanic`).
    /// `gopanic` stops at it ([`Unwind::Caught`]); nothing ever calls it,
    /// and `deferreturn` stops at it.
    pub fn catch(frame: usize) -> Defer {
        Defer { closure: 0, frame }
    }

    /// Whether this is a native's catch record.
    pub fn is_catch(&self) -> bool {
        self.closure == 0
    }
}

/// A panic in progress (Go's `_panic`).
#[derive(Clone, Copy, Debug)]
pub struct Panic {
    /// The interface value passed to `panic`.
    pub value: (u64, u64),
    /// Set by `recover`; the panic ends when the deferred call returns.
    pub recovered: bool,
    /// The frame of the deferred call the panic is running: `recover` works
    /// only when called from it (or, when it is a wrapper, from its callee).
    pub defer_frame: usize,
}

/// A goroutine: its slot stack, defer chain and panics, and how it is
/// parked.
pub struct Goroutine {
    pub id: u64,
    pub stack: Stack,
    /// Newest last.
    pub defers: Vec<Defer>,
    /// Newest last; earlier ones were interrupted by later ones.
    pub panics: Vec<Panic>,
    pub unwind: Unwind,
    /// Why and where it is blocked, while it is.
    pub parking: Option<sched::Parking>,
    /// What woke it, until it reads it.
    pub wake: Option<sched::Wake>,
    /// Set when the program ends while it is parked: it must unwind.
    pub killed: bool,
    /// The coroutine handle it suspends through (null before it runs).
    pub yielder: *const coro::GoYielder,
    /// Bytes of native stack its coroutine has.
    pub native_stack: usize,
    /// Its stacks' memory, for a goroutine other than main.
    pub chunk: Option<gstack::Chunk>,
    /// The native stack address of an engine's outermost entry on this
    /// goroutine (0 when none), from which engines measure nesting.
    pub native_base: usize,
    /// While it is not running: its innermost frame, and that frame's end
    /// (0 before it has run), from which the collector walks its frames.
    pub frame: usize,
    pub top: usize,
    /// Where a `go` statement started it: the function, its pc, and the
    /// goroutine that ran it (for traces' `created by` lines).
    pub created_by: Option<(FuncId, u64, u64)>,
    /// The memory fault a panic of this goroutine came from (Go's `gp.sig`),
    /// until a panic is recovered: a crash report prints it as a
    /// `[signal ...]` line.
    pub sig: Option<panic::Fault>,
}

impl Goroutine {
    /// Bytes of native stack that nested engine entries (deferred calls,
    /// Go code called by natives) may use below the outermost one, when an
    /// engine needs `reserved` bytes for Go-to-Go calls: the rest, less an
    /// eighth kept for the runtime's own work above the deepest frame (a
    /// crash report is formatted there).
    pub fn native_budget(&self, reserved: usize) -> usize {
        self.native_stack - reserved - self.native_stack / 8
    }

    /// A goroutine with id `id` that has not run yet.
    pub fn new(id: u64, stack: Stack) -> Goroutine {
        Goroutine {
            id,
            stack,
            defers: Vec::new(),
            panics: Vec::new(),
            unwind: Unwind::None,
            parking: None,
            wake: None,
            killed: false,
            yielder: std::ptr::null(),
            native_stack: sched::MAIN_NATIVE_STACK,
            chunk: None,
            native_base: 0,
            frame: 0,
            top: 0,
            created_by: None,
            sig: None,
        }
    }
}

/// A running program's state.
pub struct Runtime {
    pub prog: Rc<Program>,
    pub g: Goroutine,
    pub globals: mem::Globals,
    pub heap: mem::Heap,
    /// The closure object of each function, for functions used as values.
    pub func_closures: Vec<u64>,
    /// Calls into Go code from natives now running: the collector waits
    /// while there are any, since a native may hold heap addresses where
    /// it cannot see them.
    pub gc_inhibit: u32,
    /// Every map of the program (map values index it).
    pub maps: map::Maps,
    /// Where zero-sized allocations point (Go's `zerobase`): an empty slice
    /// made by `make` or a literal is not nil.
    pub zerobase: u64,
    /// `os.Args`: the program's path, then its arguments.
    pub args: Vec<String>,
    /// What the standard packages keep across calls (`os.Stdout`, `io.EOF`).
    pub natives: natives::State,
    /// Whether crash reports end with the goroutine trace (a REPL session
    /// prints the panic text only).
    pub traceback: bool,
    /// Set from outside (a SIGINT handler, the preemption ticker) to stop
    /// the running Go code or make it yield at its next loop back-edge
    /// (see [`interrupt`]).
    pub interrupt: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    /// The goroutines other than the running one, channels and timers.
    pub sched: sched::Sched,
    /// Finalizers registered and due (`runtime.SetFinalizer`).
    pub finalizers: mfinal::Finalizers,
}

/// An engine that runs Go code: the interpreter or a JIT backend.
pub trait Engine {
    /// Runs the argument-less, result-less closure `closure` in a new frame
    /// at slot `base`, called from the frame at `caller`.
    fn call_closure(&self, rt: &mut Runtime, closure: u64, base: usize, caller: usize) -> Status;
}

impl Runtime {
    /// newobject: a new zeroed heap object of `words` words of layout
    /// `layout`; zero-size objects all share `zerobase`, as in Go.
    pub fn newobject(&mut self, words: usize, layout: u32) -> u64 {
        if words == 0 {
            return self.zerobase;
        }
        self.heap.alloc(words, layout)
    }

    pub fn new(prog: Rc<Program>) -> Runtime {
        let interrupt: std::sync::Arc<std::sync::atomic::AtomicUsize> = Default::default();
        let mut heap = mem::Heap::new(interrupt.clone());
        let func_closures = (0..prog.funcs.len())
            .map(|f| {
                let c = heap.alloc(1, layouts::NOSCAN);
                mem::store(c, 0, f as u64);
                c
            })
            .collect();
        let zerobase = heap.alloc(1, layouts::NOSCAN);
        let file_name = prog.file_name.clone();
        Runtime {
            maps: map::Maps::default(),
            zerobase,
            globals: mem::Globals::new(prog.global_words as usize),
            prog,
            g: Goroutine::new(1, Stack::new()),
            args: vec![file_name],
            natives: natives::State::default(),
            heap,
            func_closures,
            traceback: true,
            interrupt,
            gc_inhibit: 0,
            sched: Default::default(),
            finalizers: Default::default(),
        }
    }

    /// Replaces the word engines poll for interrupts (and the heap asks for
    /// collections through).
    pub fn set_interrupt(&mut self, flag: std::sync::Arc<std::sync::atomic::AtomicUsize>) {
        self.heap.set_trigger(flag.clone());
        self.interrupt = flag;
    }

    /// Clears every request of the interrupt word; a collection asked for
    /// is asked for again at the next allocation.
    pub fn clear_interrupt(&mut self) {
        self.interrupt
            .store(0, std::sync::atomic::Ordering::Relaxed);
        self.heap.postpone_gc();
    }

    /// The slot after the frame at `base`: the end of what it may use.
    pub fn frame_end(&self, base: usize) -> usize {
        base + self.prog.funcs[self.frame_func(base) as usize].frame_size as usize
    }

    /// Calls the closure `closure` from a native, in a new frame at `base`
    /// above the native's caller `caller`. No collection runs meanwhile.
    pub fn call_from_native(
        &mut self,
        engine: &dyn Engine,
        closure: u64,
        base: usize,
        caller: usize,
    ) -> Status {
        self.gc_inhibit += 1;
        let st = engine.call_closure(self, closure, base, caller);
        self.gc_inhibit -= 1;
        st
    }

    /// The address of word `g` of the package variables.
    pub fn global_addr(&self, g: u32) -> u64 {
        self.globals[g as usize..].as_ptr() as u64
    }

    /// Whether `addr` points into the package variables.
    pub fn is_global(&self, addr: u64) -> bool {
        let start = self.globals.as_ptr() as u64;
        (start..start + 8 * self.globals.len() as u64).contains(&addr)
    }

    /// The function id of the frame at `base`.
    pub fn frame_func(&self, base: usize) -> FuncId {
        self.g.stack.slots[base + stack::FUNC] as FuncId
    }

    /// The base of the caller of the frame at `base`, if any.
    pub fn frame_caller(&self, base: usize) -> Option<usize> {
        match self.g.stack.slots[base + stack::CALLER] as usize {
            0 => None,
            d => Some(base - d),
        }
    }

    /// Writes the header of a new frame for `func` at `base`, called from
    /// `caller`, running closure `ctx`.
    pub fn push_frame(&mut self, base: usize, caller: usize, func: FuncId, ctx: u64) {
        let s = &mut self.g.stack.slots;
        s[base + stack::CALLER] = (base - caller) as u64;
        s[base + stack::FUNC] = func as u64;
        s[base + stack::PC] = 0;
        s[base + stack::CTX] = ctx;
    }

    /// True when the unwinding goroutine stops at the frame at `base`: a
    /// recovered panic whose deferring frame it is. Clears the unwinding.
    pub fn unwinding_stops_at(&mut self, base: usize) -> bool {
        if self.g.unwind == (Unwind::Recovered { frame: base }) {
            self.g.unwind = Unwind::None;
            true
        } else {
            false
        }
    }

    /// Runs the program's entry function on `engine` and returns the process
    /// exit status: 0, or 2 after an unrecovered panic or fatal error.
    pub fn run_main(&mut self, engine: &dyn Engine) -> i32 {
        let entry = self.prog.entry;
        let closure = self.func_closures[entry as usize];
        let status = self.run_goroutines(engine, closure);
        print::flush_stdout();
        match (status, self.g.unwind) {
            (Status::Ok, _) => 0,
            (Status::Unwind, Unwind::Exit(code)) => code,
            (Status::Unwind, _) => 2,
        }
    }
}

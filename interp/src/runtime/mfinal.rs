//! Finalizers (Go's mfinal): `runtime.SetFinalizer(obj, fn)` records `fn`
//! for the object `obj` points to. A collection that finds such an object
//! unreachable keeps it (and what it reaches) for one more cycle, drops the
//! record and queues the call `fn(obj)`; the finalizer goroutine, which the
//! first `SetFinalizer` starts, makes the queued calls one at a time.
//!
//! As in Go, what a finalized object points to is a root while the record
//! exists: when `a` points to `b` and both have finalizers, `a`'s runs
//! first and `b`'s a cycle later, and an object that reaches itself is
//! never finalized.

use std::collections::{BTreeMap, VecDeque};

use super::mgc::Marker;
use super::sched::{WaitReason, Wake};
use super::stack::{CTX, HEADER};
use super::{Engine, Runtime, Status, mem, panic};
use crate::program::{RtKind, layouts};

/// A registered finalizer.
#[derive(Clone, Copy, Debug)]
struct Finalizer {
    /// The function's closure.
    func: u64,
    /// The type word the argument is passed with when the function's
    /// parameter is an interface; `None` when it is a pointer.
    iface: Option<u64>,
}

/// The finalizers of the run (Go's finalizer specials and `finq`).
#[derive(Default)]
pub struct Finalizers {
    /// The registered finalizers, by the pointer `SetFinalizer` was given.
    set: BTreeMap<u64, Finalizer>,
    /// Calls due, oldest first: the object and its finalizer.
    queue: VecDeque<(u64, Finalizer)>,
    /// The finalizer goroutine, once started.
    fing: Option<u64>,
    /// The wait the finalizer goroutine is parked in, while the queue is
    /// empty.
    parked: Option<u64>,
    /// The finalizer goroutine is running a finalizer (it counts as a
    /// goroutine of the program only then, as in Go).
    running: bool,
}

impl Finalizers {
    /// Marks what the finalizers keep: their functions, what each
    /// finalized object points to (not the object itself, which may be
    /// unreachable: Go's markrootSpans), and the queued calls.
    pub fn roots(&self, m: &mut Marker) {
        for (&obj, f) in &self.set {
            m.pointer(f.func);
            m.contents(obj);
        }
        for (obj, f) in &self.queue {
            m.pointer(*obj);
            m.pointer(f.func);
        }
    }

    /// Once marking is done: queues the finalizers of the objects the
    /// collection did not reach and marks those objects, which live until
    /// their finalizers have run. Returns whether any was queued.
    pub fn queue_unreached(&mut self, m: &mut Marker) -> bool {
        let due: Vec<u64> = self
            .set
            .keys()
            .copied()
            .filter(|&obj| !m.is_marked(obj))
            .collect();
        for obj in &due {
            if let Some(f) = self.set.remove(obj) {
                self.queue.push_back((*obj, f));
            }
            m.pointer(*obj);
        }
        !due.is_empty()
    }

    /// Whether the finalizer goroutine exists and is not running a
    /// finalizer: a system goroutine, left out of `runtime.NumGoroutine`.
    pub fn idle_goroutine(&self) -> bool {
        self.fing.is_some() && !self.running
    }

    /// The finalizer goroutine's id, once started.
    pub fn goroutine(&self) -> Option<u64> {
        self.fing
    }

    /// The run's goroutines ended (a REPL input's): the next
    /// `SetFinalizer` starts a finalizer goroutine again.
    pub fn goroutine_ended(&mut self) {
        self.fing = None;
        self.parked = None;
        self.running = false;
    }
}

impl Runtime {
    /// Readies the finalizer goroutine when calls are queued and it is
    /// parked waiting for them (after a collection).
    pub fn wake_finalizers(&mut self) {
        let f = &mut self.finalizers;
        if let (Some(g), Some(wait)) = (f.fing, f.parked)
            && !f.queue.is_empty()
            && self.sched.is_parked(g, wait)
        {
            f.parked = None;
            self.sched.goready(g, Wake::default());
        }
    }
}

/// `runtime.setfinalizer(obj, finalizer any, runfinq func())`, under
/// `SetFinalizer`: checks the arguments as Go does (a misuse is a fatal
/// error), then records, replaces or (for a nil `finalizer`) clears the
/// finalizer of `obj`, starting the goroutine `runfinq` on first use. Its
/// frame is at `base`, called from `caller`.
pub fn set(rt: &mut Runtime, base: usize, caller: usize) -> Status {
    let s = &rt.g.stack.slots[base + HEADER..base + HEADER + 5];
    let (ety, data, fty, runfinq) = (s[0], s[1], s[2], s[4]);
    let func = s[3];
    let prog = rt.prog.clone();
    let throw = |rt: &mut Runtime, msg: &str| {
        panic::throw(rt, caller, &format!("runtime.SetFinalizer: {msg}"))
    };
    if ety == 0 {
        return throw(rt, "first argument is nil");
    }
    let et = &prog.types[ety as usize];
    if et.kind != RtKind::Pointer {
        return throw(rt, &format!("first argument is {}, not pointer", et.name));
    }
    let start = match rt.heap.object(data) {
        Some((start, ..)) if data != rt.zerobase => start,
        // Zero-size objects and package variables are in no allocated
        // block, and are never freed: Go ignores them.
        _ if data == rt.zerobase || rt.is_global(data) => return Status::Ok,
        _ => return throw(rt, "pointer not in allocated block"),
    };
    let elem = &prog.types[et.elem as usize];
    // Go accepts an inner pointer only into its tiny allocations (pointer
    // free, under 16 bytes).
    if data != start && (elem.layout != layouts::NOSCAN || elem.words > 1) {
        return throw(rt, "pointer not at beginning of allocated block");
    }
    if fty == 0 {
        rt.finalizers.set.remove(&data);
        return Status::Ok;
    }
    let ft = &prog.types[fty as usize];
    if ft.kind != RtKind::Func {
        return throw(
            rt,
            &format!("second argument is {}, not a function", ft.name),
        );
    }
    let cannot = format!("cannot pass {} to finalizer {}", et.name, ft.name);
    if ft.variadic {
        return throw(rt, &format!("{cannot} because dotdotdot"));
    }
    let [fint] = ft.fields[..] else {
        return throw(rt, &cannot);
    };
    let it = &prog.types[fint as usize];
    // A defined type's name has a package; `*T` and `any` do not.
    let unnamed = |name: &str| name.starts_with('*');
    let iface = match it.kind {
        _ if u64::from(fint) == ety => None,
        RtKind::Pointer if it.elem == et.elem && (unnamed(&it.name) || unnamed(&et.name)) => None,
        RtKind::Interface if prog.implements(ety as u32, fint) => Some(ety),
        _ => return throw(rt, &cannot),
    };
    if rt.finalizers.fing.is_none() {
        match rt.go(runfinq, caller) {
            Ok(g) => rt.finalizers.fing = Some(g),
            Err(st) => return st,
        }
    }
    if rt.finalizers.set.contains_key(&data) {
        return throw(rt, "finalizer already set");
    }
    rt.finalizers.set.insert(data, Finalizer { func, iface });
    Status::Ok
}

/// `runtime.runfinalizer()`, the body of the finalizer goroutine's loop:
/// makes the oldest queued finalizer call, first parking until there is
/// one. Its frame is at `base`, called from `caller`.
pub fn run(rt: &mut Runtime, engine: &dyn Engine, base: usize, caller: usize) -> Status {
    let (obj, f) = loop {
        if let Some(call) = rt.finalizers.queue.pop_front() {
            break call;
        }
        let wait = rt.sched.new_wait();
        rt.finalizers.parked = Some(wait);
        if let Err(st) = rt.gopark(caller, WaitReason::FinalizerWait, wait) {
            return st;
        }
    };
    if f.func == 0 {
        // A typed nil function was set: calling it faults, as in Go.
        return panic::nil_deref(rt, engine, caller);
    }
    let callee = &rt.prog.funcs[mem::load(f.func, 0) as usize];
    let (results, size) = (callee.result_words as usize, callee.frame_size as usize);
    if base + size.max(HEADER + results + 2) > rt.g.stack.limit() {
        return panic::stack_overflow(rt, caller);
    }
    // The argument goes where the function's parameters start, after its
    // results (which it never returns to anyone).
    let at = base + HEADER + results;
    let args = match f.iface {
        Some(ty) => vec![ty, obj],
        None => vec![obj],
    };
    rt.g.stack.slots[at..at + args.len()].copy_from_slice(&args);
    rt.finalizers.running = true;
    let st = engine.call_closure(rt, f.func, base, caller);
    rt.finalizers.running = false;
    // The call's closure and argument stay behind in the goroutine's
    // frame: clear them so they keep nothing alive.
    rt.g.stack.slots[base + CTX] = 0;
    rt.g.stack.slots[at..at + args.len()].fill(0);
    st
}

//! Packages `sync` and `sync/atomic`. Goroutines run one at a time, so the
//! primitives are plain words; a goroutine that must wait queues on the
//! primitive's address in the scheduler's semaphore table (Go's
//! `semacquire`/`semrelease`) and parks. Unlocking hands a mutex straight
//! to the first waiter, as Go's starvation mode does.

use crate::bytecode::{Access, AtomicOp, AtomicTy, Scalar, SyncFn};
use crate::runtime::sched::{WaitReason, Wake};
use crate::runtime::stack::HEADER;
use crate::runtime::{Engine, Runtime, Status, mem, methods, panic, value};

/// Calls the `sync` method `f`; its receiver pointer is the first
/// parameter of the frame at `base`.
pub fn call(
    rt: &mut Runtime,
    engine: &dyn Engine,
    f: SyncFn,
    base: usize,
    caller: usize,
) -> Status {
    use SyncFn::*;
    if f == NewCond {
        // The Cond holds its Locker.
        let at = base + HEADER + 1;
        let l = [rt.g.stack.slots[at], rt.g.stack.slots[at + 1]];
        let c = rt.heap.alloc(2, crate::program::layouts::IFACE);
        mem::store(c, 0, l[0]);
        mem::store(c, 1, l[1]);
        rt.g.stack.slots[base + HEADER] = c;
        return Status::Ok;
    }
    let results = usize::from(matches!(f, MutexTryLock | RWMutexTryLock | RWMutexTryRLock));
    let arg = |rt: &Runtime, i: usize| rt.g.stack.slots[base + HEADER + results + i];
    let p = arg(rt, 0);
    if p == 0 {
        return panic::nil_deref(rt, engine, caller);
    }
    let readers = p + 8;
    match f {
        WaitGroupAdd | WaitGroupDone => {
            let delta = if f == WaitGroupDone {
                -1
            } else {
                arg(rt, 1) as i64
            };
            let n = mem::load(p, 0) as i64 + delta;
            if n < 0 {
                return panic::gopanic_string(
                    rt,
                    engine,
                    caller,
                    "sync: negative WaitGroup counter",
                );
            }
            mem::store(p, 0, n as u64);
            if n == 0 {
                wake_all(rt, p);
            }
        }
        WaitGroupWait => {
            if mem::load(p, 0) != 0 {
                return park_on(rt, p, caller, WaitReason::WaitGroupWait);
            }
        }
        MutexLock => {
            if mem::load(p, 0) == 0 {
                mem::store(p, 0, 1);
            } else {
                // Woken as the new owner.
                return park_on(rt, p, caller, WaitReason::MutexLock);
            }
        }
        MutexTryLock => {
            let free = mem::load(p, 0) == 0;
            if free {
                mem::store(p, 0, 1);
            }
            rt.g.stack.slots[base + HEADER] = free as u64;
        }
        MutexUnlock => {
            if mem::load(p, 0) == 0 {
                return panic::throw(rt, caller, "sync: unlock of unlocked mutex");
            }
            if !wake_one(rt, p) {
                mem::store(p, 0, 0);
            }
        }
        // An RWMutex: word 0 is 1 while a writer holds it, word 1 counts
        // the readers holding it. Writers queue on its address, readers on
        // the next word's; a waiting writer keeps new readers out.
        RWMutexRLock => {
            if mem::load(p, 0) == 0 && !has_waiters(rt, p) {
                mem::store(p, 1, mem::load(p, 1) + 1);
            } else {
                return park_on(rt, readers, caller, WaitReason::RWMutexRLock);
            }
        }
        RWMutexTryRLock => {
            let free = mem::load(p, 0) == 0 && !has_waiters(rt, p);
            if free {
                mem::store(p, 1, mem::load(p, 1) + 1);
            }
            rt.g.stack.slots[base + HEADER] = free as u64;
        }
        RWMutexRUnlock => {
            let n = mem::load(p, 1) as i64 - 1;
            if n < 0 {
                return panic::throw(rt, caller, "sync: RUnlock of unlocked RWMutex");
            }
            mem::store(p, 1, n as u64);
            if n == 0 && wake_one(rt, p) {
                mem::store(p, 0, 1);
            }
        }
        RWMutexLock => {
            if mem::load(p, 0) == 0 && mem::load(p, 1) == 0 {
                mem::store(p, 0, 1);
            } else {
                return park_on(rt, p, caller, WaitReason::RWMutexLock);
            }
        }
        RWMutexTryLock => {
            let free = mem::load(p, 0) == 0 && mem::load(p, 1) == 0;
            if free {
                mem::store(p, 0, 1);
            }
            rt.g.stack.slots[base + HEADER] = free as u64;
        }
        RWMutexUnlock => {
            if mem::load(p, 0) == 0 {
                return panic::throw(rt, caller, "sync: Unlock of unlocked RWMutex");
            }
            mem::store(p, 0, 0);
            let woken = wake_all(rt, readers);
            if woken > 0 {
                mem::store(p, 1, mem::load(p, 1) + woken);
            } else if wake_one(rt, p) {
                mem::store(p, 0, 1);
            }
        }
        NewCond => unreachable!("handled above"),
        CondWait => {
            // Queued before unlocking, as Go's notifyListAdd is, so a
            // signal sent once the lock is free reaches this goroutine.
            let me = rt.g.id;
            rt.sched.semas.entry(p).or_default().push_back(me);
            let l = (mem::load(p, 0), mem::load(p, 1));
            if let Err(st) = locker_call(rt, engine, l, "Unlock", base, caller) {
                return st;
            }
            let wait = rt.sched.new_wait();
            if let Err(st) = rt.gopark(caller, WaitReason::CondWait, wait) {
                return st;
            }
            if let Err(st) = locker_call(rt, engine, l, "Lock", base, caller) {
                return st;
            }
        }
        CondSignal => {
            wake_one(rt, p);
        }
        CondBroadcast => {
            wake_all(rt, p);
        }
        OnceDo => {
            // 0: not run; 1: running (callers wait); 2: done.
            match mem::load(p, 0) {
                2 => {}
                1 => return park_on(rt, p, caller, WaitReason::OnceDo),
                _ => {
                    let f = arg(rt, 1);
                    mem::store(p, 0, 1);
                    let st = rt.call_from_native(engine, f, base, caller);
                    // Done even when f panics, as Go's Once is.
                    mem::store(p, 0, 2);
                    wake_all(rt, p);
                    return st;
                }
            }
        }
    }
    Status::Ok
}

/// Calls `Lock` or `Unlock` of the `sync.Locker` `l`.
fn locker_call(
    rt: &mut Runtime,
    engine: &dyn Engine,
    l: (u64, u64),
    name: &str,
    base: usize,
    caller: usize,
) -> Result<(), Status> {
    if l.0 == 0 {
        return Err(panic::nil_deref(rt, engine, caller));
    }
    methods::call_method(rt, engine, l, name, &[], 0, base, caller).map(|_| ())
}

/// Parks the running goroutine on the semaphore at `addr`.
fn park_on(rt: &mut Runtime, addr: u64, frame: usize, reason: WaitReason) -> Status {
    let me = rt.g.id;
    rt.sched.semas.entry(addr).or_default().push_back(me);
    let wait = rt.sched.new_wait();
    match rt.gopark(frame, reason, wait) {
        Ok(_) => Status::Ok,
        Err(st) => st,
    }
}

fn has_waiters(rt: &Runtime, addr: u64) -> bool {
    rt.sched.semas.get(&addr).is_some_and(|q| !q.is_empty())
}

/// Readies the first goroutine waiting on `addr`, if any.
fn wake_one(rt: &mut Runtime, addr: u64) -> bool {
    let g = rt.sched.semas.get_mut(&addr).and_then(|q| q.pop_front());
    match g {
        Some(g) => {
            rt.sched.goready(g, Wake::default());
            true
        }
        None => false,
    }
}

/// Readies every goroutine waiting on `addr`; returns how many.
fn wake_all(rt: &mut Runtime, addr: u64) -> u64 {
    let gs = rt.sched.semas.remove(&addr).unwrap_or_default();
    let n = gs.len() as u64;
    for g in gs {
        rt.sched.goready(g, Wake::default());
    }
    n
}

/// Calls the `sync/atomic` operation `op` on a `ty` word; the address is
/// the first parameter of the frame at `base`.
pub fn atomic(
    rt: &mut Runtime,
    engine: &dyn Engine,
    op: AtomicOp,
    ty: AtomicTy,
    base: usize,
    caller: usize,
) -> Status {
    if ty == AtomicTy::Value {
        return atomic_value(rt, engine, op, base, caller);
    }
    let results = usize::from(op != AtomicOp::Store);
    let arg = |rt: &Runtime, i: usize| rt.g.stack.slots[base + HEADER + results + i];
    let p = arg(rt, 0);
    if p == 0 {
        return panic::nil_deref(rt, engine, caller);
    }
    // The value takes its own width in memory and sits in a slot
    // extended from it.
    let acc = match ty {
        AtomicTy::Int32 => Access::scalar(Scalar::I32),
        AtomicTy::Uint32 => Access::scalar(Scalar::U32),
        AtomicTy::Bool => Access::scalar(Scalar::U8),
        AtomicTy::Int64 | AtomicTy::Uint64 | AtomicTy::Value => Access::WORD,
    };
    let fit = |v: u64| {
        let mut out = [0];
        mem::load_value([v].as_ptr() as u64, acc, &mut out);
        out[0]
    };
    let store = |v: u64| mem::store_value(p, acc, &[v]);
    let old = {
        let mut v = [0];
        mem::load_value(p, acc, &mut v);
        v[0]
    };
    let result = match op {
        AtomicOp::Add => {
            let new = fit(old.wrapping_add(arg(rt, 1)));
            store(new);
            new
        }
        AtomicOp::Load => old,
        AtomicOp::Store => {
            store(arg(rt, 1));
            return Status::Ok;
        }
        AtomicOp::Swap => {
            store(arg(rt, 1));
            old
        }
        AtomicOp::CompareAndSwap => {
            let swapped = old == fit(arg(rt, 1));
            if swapped {
                store(arg(rt, 2));
            }
            swapped as u64
        }
    };
    rt.g.stack.slots[base + HEADER] = result;
    Status::Ok
}

/// The methods of `atomic.Value`, an interface value that, once stored,
/// keeps its dynamic type.
fn atomic_value(
    rt: &mut Runtime,
    engine: &dyn Engine,
    op: AtomicOp,
    base: usize,
    caller: usize,
) -> Status {
    let results = match op {
        AtomicOp::Load | AtomicOp::Swap => 2,
        AtomicOp::CompareAndSwap => 1,
        AtomicOp::Store | AtomicOp::Add => 0,
    };
    let arg = |rt: &Runtime, i: usize| rt.g.stack.slots[base + HEADER + results + i];
    let p = arg(rt, 0);
    if p == 0 {
        return panic::nil_deref(rt, engine, caller);
    }
    let old = (mem::load(p, 0), mem::load(p, 1));
    let new = (arg(rt, 1), arg(rt, 2));
    let what = match op {
        AtomicOp::Swap => "swap",
        AtomicOp::CompareAndSwap => "compare and swap",
        _ => "store",
    };
    let checked_store = |rt: &mut Runtime, v: (u64, u64)| -> Result<(), Status> {
        if v.0 == 0 {
            let msg = format!("sync/atomic: {what} of nil value into Value");
            return Err(panic::gopanic_string(rt, engine, caller, &msg));
        }
        if old.0 != 0 && old.0 != v.0 {
            let msg = format!("sync/atomic: {what} of inconsistently typed value into Value");
            return Err(panic::gopanic_string(rt, engine, caller, &msg));
        }
        mem::store(p, 0, v.0);
        mem::store(p, 1, v.1);
        Ok(())
    };
    let out: Vec<u64> = match op {
        AtomicOp::Load => vec![old.0, old.1],
        AtomicOp::Store | AtomicOp::Add => {
            if let Err(st) = checked_store(rt, new) {
                return st;
            }
            vec![]
        }
        AtomicOp::Swap => {
            if let Err(st) = checked_store(rt, new) {
                return st;
            }
            vec![old.0, old.1]
        }
        AtomicOp::CompareAndSwap => {
            let (cmp, new) = (new, (arg(rt, 3), arg(rt, 4)));
            if new.0 == 0 {
                return panic::gopanic_string(
                    rt,
                    engine,
                    caller,
                    "sync/atomic: compare and swap of nil value into Value",
                );
            }
            if cmp.0 != 0 && cmp.0 != new.0 {
                return panic::gopanic_string(
                    rt,
                    engine,
                    caller,
                    "sync/atomic: compare and swap of inconsistently typed values",
                );
            }
            let equal = match value::iface_eq(rt, old, cmp) {
                Ok(eq) => eq,
                Err(msg) => return panic::panic_runtime_error(rt, engine, caller, &msg),
            };
            let swapped = equal && checked_store(rt, new).is_ok();
            vec![swapped as u64]
        }
    };
    rt.g.stack.slots[base + HEADER..base + HEADER + out.len()].copy_from_slice(&out);
    Status::Ok
}

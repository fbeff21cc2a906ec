//! The interpreter: one dispatch loop over the bytecode of
//! [`crate::bytecode`], on the frames of [`crate::runtime::stack`].
//!
//! Go-to-Go calls do not recurse in Rust: a call pushes a frame in the slot
//! stack and the loop carries on in the callee; a return pops it. The loop
//! recurses only when the runtime calls Go code (deferred calls), through
//! [`Engine::call_closure`].

use crate::bytecode::{AccessKind, FuncId, Instr};
use crate::program::Func;
use crate::runtime::exec as runtime_exec;
use crate::runtime::stack::{CTX, HEADER, PC};
use crate::runtime::{
    Engine, Runtime, Status, defer, interrupt, mem, natives, panic, print, value,
};

/// The bytecode interpreter engine.
pub struct Interp;

impl Engine for Interp {
    fn call_closure(&self, rt: &mut Runtime, closure: u64, base: usize, caller: usize) -> Status {
        // Go-to-Go calls do not recurse here, but calls from the runtime
        // (deferred calls, natives calling Go) do: bound their native stack.
        let marker = 0u8;
        let here = std::ptr::addr_of!(marker) as usize;
        let outer = rt.g.native_base;
        if outer != 0 && outer.saturating_sub(here) > rt.g.native_budget(0) {
            return panic::stack_overflow(rt, caller);
        }
        let func = mem::load(closure, 0) as FuncId;
        if let Err(st) = enter(rt, base, caller, func, closure) {
            return st;
        }
        if outer == 0 {
            rt.g.native_base = here;
        }
        let st = run(rt, self, base);
        if outer == 0 {
            rt.g.native_base = 0;
        }
        st
    }
}

/// Pushes a frame for `func` at `base` with zeroed results, or reports a
/// stack overflow; yields first when a preemption is due.
fn enter(
    rt: &mut Runtime,
    base: usize,
    caller: usize,
    func: FuncId,
    ctx: u64,
) -> Result<(), Status> {
    let f = &rt.prog.funcs[func as usize];
    let (size, results) = (f.frame_size as usize, f.result_words as usize);
    if base + size > rt.g.stack.limit() {
        return Err(panic::stack_overflow(rt, caller));
    }
    rt.push_frame(base, caller, func, ctx);
    rt.g.stack.slots[base + HEADER..base + HEADER + results].fill(0);
    // Function entry is a preemption point, as loop back-edges are.
    if interrupt::pending(rt) {
        match interrupt::at_back_edge(rt, base) {
            Status::Ok => {}
            st => return Err(st),
        }
    }
    Ok(())
}

/// Runs the frame at `entry` (already pushed) until it returns.
fn run(rt: &mut Runtime, engine: &dyn Engine, entry: usize) -> Status {
    let prog = rt.prog.clone();
    let mut base = entry;
    let mut func: &Func = &prog.funcs[rt.frame_func(base) as usize];
    let mut pc = 0usize;
    macro_rules! r {
        ($i:expr) => {
            rt.g.stack.slots[base + $i as usize]
        };
    }
    macro_rules! str2 {
        ($i:expr) => {
            (r!($i), r!($i + 1))
        };
    }
    // A taken jump; a back-edge is where an interrupt stops a loop and a
    // spinning goroutine yields.
    macro_rules! jump {
        ($to:expr) => {
            if ($to as usize) < pc && interrupt::pending(rt) {
                r!(PC) = (pc - 1) as u64;
                match interrupt::at_back_edge(rt, base) {
                    Status::Ok => {
                        pc = $to as usize;
                        continue;
                    }
                    st => st,
                }
            } else {
                pc = $to as usize;
                continue;
            }
        };
    }
    loop {
        let ins = func.code[pc];
        pc += 1;
        let status = match ins {
            Instr::Move { dst, src } => {
                r!(dst) = r!(src);
                continue;
            }
            Instr::Move2 { dst, src } => {
                r!(dst) = r!(src);
                r!(dst + 1) = r!(src + 1);
                continue;
            }
            Instr::Zero { dst, n } => {
                rt.g.stack.slots[base + dst as usize..base + (dst + n) as usize].fill(0);
                continue;
            }
            Instr::LoadInt { dst, k } => {
                r!(dst) = k as u64;
                continue;
            }
            Instr::LoadStr { dst, idx } => {
                let s = &prog.strings[idx as usize];
                r!(dst) = s.as_ptr() as u64;
                r!(dst + 1) = s.len() as u64;
                continue;
            }
            Instr::LoadFunc { dst, func } => {
                r!(dst) = rt.func_closures[func as usize];
                continue;
            }
            Instr::LoadGlobal { dst, g, acc } => {
                if let AccessKind::Words(n) = acc.kind() {
                    for i in 0..n {
                        r!(dst + i) = rt.globals[(g + i) as usize];
                    }
                } else {
                    runtime_exec::load_value(rt, base, dst, rt.global_addr(g), acc);
                }
                continue;
            }
            Instr::StoreGlobal { g, src, acc } => {
                if let AccessKind::Words(n) = acc.kind() {
                    for i in 0..n {
                        rt.globals[(g + i) as usize] = r!(src + i);
                    }
                } else {
                    runtime_exec::store_value(rt, base, src, rt.global_addr(g), acc);
                }
                continue;
            }
            Instr::SlotAddr { dst, slot } => {
                r!(dst) = runtime_exec::slot_addr(rt, base, slot);
                continue;
            }
            Instr::AddInt { dst, a, b } => {
                r!(dst) = r!(a).wrapping_add(r!(b));
                continue;
            }
            Instr::AddIntK { dst, a, k } => {
                r!(dst) = r!(a).wrapping_add(k as i64 as u64);
                continue;
            }
            Instr::SubInt { dst, a, b } => {
                r!(dst) = r!(a).wrapping_sub(r!(b));
                continue;
            }
            Instr::MulInt { dst, a, b } => {
                r!(dst) = r!(a).wrapping_mul(r!(b));
                continue;
            }
            Instr::DivInt { dst, a, b } | Instr::RemInt { dst, a, b } => {
                let (x, y) = (r!(a) as i64, r!(b) as i64);
                if y == 0 {
                    r!(PC) = (pc - 1) as u64;
                    panic::panic_runtime_error(rt, engine, base, "integer divide by zero")
                } else {
                    let div = matches!(ins, Instr::DivInt { .. });
                    r!(dst) = if div {
                        x.wrapping_div(y)
                    } else {
                        x.wrapping_rem(y)
                    } as u64;
                    continue;
                }
            }
            Instr::AndInt { dst, a, b } => {
                r!(dst) = r!(a) & r!(b);
                continue;
            }
            Instr::OrInt { dst, a, b } => {
                r!(dst) = r!(a) | r!(b);
                continue;
            }
            Instr::XorInt { dst, a, b } => {
                r!(dst) = r!(a) ^ r!(b);
                continue;
            }
            Instr::AndNotInt { dst, a, b } => {
                r!(dst) = r!(a) & !r!(b);
                continue;
            }
            Instr::ShlInt { dst, a, b } | Instr::ShrInt { dst, a, b } => {
                let (x, y) = (r!(a) as i64, r!(b) as i64);
                if y < 0 {
                    r!(PC) = (pc - 1) as u64;
                    panic::panic_runtime_error(rt, engine, base, "negative shift amount")
                } else {
                    r!(dst) = if matches!(ins, Instr::ShlInt { .. }) {
                        if y >= 64 { 0 } else { x << y }
                    } else {
                        x >> y.min(63)
                    } as u64;
                    continue;
                }
            }
            Instr::AndIntK { dst, a, k } => {
                r!(dst) = r!(a) & k as i64 as u64;
                continue;
            }
            Instr::OrIntK { dst, a, k } => {
                r!(dst) = r!(a) | k as i64 as u64;
                continue;
            }
            Instr::XorIntK { dst, a, k } => {
                r!(dst) = r!(a) ^ k as i64 as u64;
                continue;
            }
            Instr::ShlIntK { dst, a, k } => {
                r!(dst) = r!(a) << k;
                continue;
            }
            Instr::ShrIntK { dst, a, k } => {
                r!(dst) = ((r!(a) as i64) >> k) as u64;
                continue;
            }
            Instr::ShrUintK { dst, a, k } => {
                r!(dst) = r!(a) >> k;
                continue;
            }
            Instr::NegInt { dst, a } => {
                r!(dst) = (r!(a) as i64).wrapping_neg() as u64;
                continue;
            }
            Instr::ComInt { dst, a } => {
                r!(dst) = !r!(a);
                continue;
            }
            Instr::Not { dst, a } => {
                r!(dst) = (r!(a) == 0) as u64;
                continue;
            }
            Instr::EqInt { dst, a, b } => {
                r!(dst) = (r!(a) == r!(b)) as u64;
                continue;
            }
            Instr::NeInt { dst, a, b } => {
                r!(dst) = (r!(a) != r!(b)) as u64;
                continue;
            }
            Instr::LtInt { dst, a, b } => {
                r!(dst) = ((r!(a) as i64) < (r!(b) as i64)) as u64;
                continue;
            }
            Instr::LeInt { dst, a, b } => {
                r!(dst) = ((r!(a) as i64) <= (r!(b) as i64)) as u64;
                continue;
            }
            Instr::SignExt { dst, a, bits } => {
                let k = 64 - bits;
                r!(dst) = (((r!(a) << k) as i64) >> k) as u64;
                continue;
            }
            Instr::ZeroExt { dst, a, bits } => {
                r!(dst) = r!(a) & (u64::MAX >> (64 - bits));
                continue;
            }
            Instr::LtUint { dst, a, b } => {
                r!(dst) = (r!(a) < r!(b)) as u64;
                continue;
            }
            Instr::LeUint { dst, a, b } => {
                r!(dst) = (r!(a) <= r!(b)) as u64;
                continue;
            }
            // In range on the fast path; out of range, the runtime panics.
            Instr::IndexAddr { dst, s, i, acc } if r!(i) < r!(s + 1) => {
                r!(dst) = r!(s) + r!(i) * acc.size();
                continue;
            }
            Instr::LoadElem { dst, s, i, acc } if r!(i) < r!(s + 1) => {
                let a = r!(s) + r!(i) * acc.size();
                runtime_exec::load_value(rt, base, dst, a, acc);
                continue;
            }
            Instr::StoreElem { s, i, src, acc } if r!(i) < r!(s + 1) => {
                let a = r!(s) + r!(i) * acc.size();
                runtime_exec::store_value(rt, base, src, a, acc);
                continue;
            }
            Instr::SqrtFloat { dst, a } => {
                r!(dst) = f64::from_bits(r!(a)).sqrt().to_bits();
                continue;
            }
            Instr::NilCheck { ptr } if r!(ptr) != 0 => continue,
            Instr::KeepAlive { .. } => continue,
            Instr::AddFloat { dst, a, b } => {
                r!(dst) = (f64::from_bits(r!(a)) + f64::from_bits(r!(b))).to_bits();
                continue;
            }
            Instr::SubFloat { dst, a, b } => {
                r!(dst) = (f64::from_bits(r!(a)) - f64::from_bits(r!(b))).to_bits();
                continue;
            }
            Instr::MulFloat { dst, a, b } => {
                r!(dst) = (f64::from_bits(r!(a)) * f64::from_bits(r!(b))).to_bits();
                continue;
            }
            Instr::DivFloat { dst, a, b } => {
                r!(dst) = (f64::from_bits(r!(a)) / f64::from_bits(r!(b))).to_bits();
                continue;
            }
            Instr::EqFloat { dst, a, b } => {
                r!(dst) = (f64::from_bits(r!(a)) == f64::from_bits(r!(b))) as u64;
                continue;
            }
            Instr::LtFloat { dst, a, b } => {
                r!(dst) = (f64::from_bits(r!(a)) < f64::from_bits(r!(b))) as u64;
                continue;
            }
            Instr::LeFloat { dst, a, b } => {
                r!(dst) = (f64::from_bits(r!(a)) <= f64::from_bits(r!(b))) as u64;
                continue;
            }
            Instr::Concat { dst, a, b } => {
                let (x, y) = (str2!(a), str2!(b));
                let s = value::concat(rt, x, y);
                r!(dst) = s.0;
                r!(dst + 1) = s.1;
                continue;
            }
            Instr::EqStr { dst, a, b } => {
                r!(dst) = (value::str_cmp(str2!(a), str2!(b)).is_eq()) as u64;
                continue;
            }
            Instr::LtStr { dst, a, b } => {
                r!(dst) = (value::str_cmp(str2!(a), str2!(b)).is_lt()) as u64;
                continue;
            }
            Instr::LeStr { dst, a, b } => {
                r!(dst) = (value::str_cmp(str2!(a), str2!(b)).is_le()) as u64;
                continue;
            }
            Instr::LenStr { dst, a } => {
                r!(dst) = r!(a + 1);
                continue;
            }
            Instr::MakeIface { dst, src, ty } => {
                let v = value::make_iface(rt, ty, runtime_exec::slot_addr(rt, base, src));
                r!(dst) = v.0;
                r!(dst + 1) = v.1;
                continue;
            }
            Instr::Jmp { to } => jump!(to),
            Instr::JmpIf { cond, to } => {
                if r!(cond) == 0 {
                    continue;
                }
                jump!(to)
            }
            Instr::JmpIfNot { cond, to } => {
                if r!(cond) != 0 {
                    continue;
                }
                jump!(to)
            }
            Instr::JmpEq { a, b, to } => {
                if r!(a) != r!(b) {
                    continue;
                }
                jump!(to)
            }
            Instr::JmpNe { a, b, to } => {
                if r!(a) == r!(b) {
                    continue;
                }
                jump!(to)
            }
            Instr::JmpGe { a, b, to } => {
                if (r!(a) as i64) < (r!(b) as i64) {
                    continue;
                }
                jump!(to)
            }
            Instr::JmpGt { a, b, to } => {
                if (r!(a) as i64) <= (r!(b) as i64) {
                    continue;
                }
                jump!(to)
            }
            Instr::JmpGeU { a, b, to } => {
                if r!(a) < r!(b) {
                    continue;
                }
                jump!(to)
            }
            Instr::JmpGtU { a, b, to } => {
                if r!(a) <= r!(b) {
                    continue;
                }
                jump!(to)
            }
            Instr::JmpEqK { a, k, to } => {
                if r!(a) != k as i64 as u64 {
                    continue;
                }
                jump!(to)
            }
            Instr::JmpNeK { a, k, to } => {
                if r!(a) == k as i64 as u64 {
                    continue;
                }
                jump!(to)
            }
            Instr::JmpLtK { a, k, to } => {
                if r!(a) as i64 >= k as i64 {
                    continue;
                }
                jump!(to)
            }
            Instr::JmpGeK { a, k, to } => {
                if (r!(a) as i64) < k as i64 {
                    continue;
                }
                jump!(to)
            }
            Instr::JmpLtUK { a, k, to } => {
                if r!(a) >= k as u64 {
                    continue;
                }
                jump!(to)
            }
            Instr::JmpGeUK { a, k, to } => {
                if r!(a) < k as u64 {
                    continue;
                }
                jump!(to)
            }
            Instr::Call { func: f, base: off } => {
                r!(PC) = (pc - 1) as u64;
                let ctx = rt.func_closures[f as usize];
                match enter(rt, base + off as usize, base, f, ctx) {
                    Ok(()) => {
                        base += off as usize;
                        func = &prog.funcs[f as usize];
                        pc = 0;
                        continue;
                    }
                    Err(st) => st,
                }
            }
            Instr::CallClosure { callee, base: off } => {
                r!(PC) = (pc - 1) as u64;
                let closure = r!(callee);
                if closure == 0 {
                    panic::nil_deref(rt, engine, base)
                } else {
                    let f = mem::load(closure, 0) as FuncId;
                    match enter(rt, base + off as usize, base, f, closure) {
                        Ok(()) => {
                            base += off as usize;
                            func = &prog.funcs[f as usize];
                            pc = 0;
                            continue;
                        }
                        Err(st) => st,
                    }
                }
            }
            Instr::CallNative { native, base: off } => {
                r!(PC) = (pc - 1) as u64;
                natives::call(rt, engine, native, base + off as usize, base)
            }
            Instr::Ret => {
                if base == entry {
                    return Status::Ok;
                }
                base -= r!(0) as usize;
                func = &prog.funcs[rt.frame_func(base) as usize];
                pc = r!(PC) as usize + 1;
                continue;
            }
            Instr::MakeClosure {
                dst,
                func: f,
                caps,
                n,
            } => {
                let obj = rt
                    .heap
                    .alloc(1 + n as usize, prog.funcs[f as usize].closure_layout);
                mem::store(obj, 0, f as u64);
                for i in 0..n {
                    mem::store(obj, 1 + i as usize, r!(caps + i));
                }
                r!(dst) = obj;
                continue;
            }
            Instr::LoadCap { dst, idx, n } => {
                let ctx = r!(CTX);
                for i in 0..n {
                    r!(dst + i) = mem::load(ctx, (1 + idx + i) as usize);
                }
                continue;
            }
            Instr::NewBox { dst, n, layout } => {
                r!(dst) = rt.newobject(n as usize, layout);
                continue;
            }
            Instr::Load { dst, ptr, off, acc } => {
                runtime_exec::load_value(rt, base, dst, r!(ptr) + u64::from(off), acc);
                continue;
            }
            Instr::Store { ptr, off, src, acc } => {
                runtime_exec::store_value(rt, base, src, r!(ptr) + u64::from(off), acc);
                continue;
            }
            // Not nil on the fast path; nil, the runtime panics.
            Instr::LoadField { dst, ptr, off, acc } if r!(ptr) != 0 => {
                runtime_exec::load_value(rt, base, dst, r!(ptr) + u64::from(off), acc);
                continue;
            }
            Instr::StoreField { ptr, off, src, acc } if r!(ptr) != 0 => {
                runtime_exec::store_value(rt, base, src, r!(ptr) + u64::from(off), acc);
                continue;
            }
            Instr::SlotLoad { dst, src, off, acc } => {
                let a = runtime_exec::slot_addr(rt, base, src) + u64::from(off);
                runtime_exec::load_value(rt, base, dst, a, acc);
                continue;
            }
            Instr::SlotStore { dst, off, src, acc } => {
                let a = runtime_exec::slot_addr(rt, base, dst) + u64::from(off);
                runtime_exec::store_value(rt, base, src, a, acc);
                continue;
            }
            Instr::DeferProc { closure } => {
                defer::deferproc(rt, base, r!(closure));
                continue;
            }
            Instr::DeferReturn => {
                r!(PC) = (pc - 1) as u64;
                defer::deferreturn(rt, engine, base)
            }
            Instr::Panic { src } => {
                r!(PC) = (pc - 1) as u64;
                panic::gopanic(rt, engine, base, str2!(src))
            }
            Instr::Recover { dst } => {
                let v = panic::gorecover(rt, base);
                r!(dst) = v.0;
                r!(dst + 1) = v.1;
                continue;
            }
            Instr::PrintInt { src } => {
                print::int(r!(src) as i64);
                continue;
            }
            Instr::PrintBool { src } => {
                print::bool(r!(src));
                continue;
            }
            Instr::PrintStr { src } => {
                print::string(r!(src), r!(src + 1));
                continue;
            }
            Instr::PrintIface { src } => {
                print::iface(r!(src), r!(src + 1));
                continue;
            }
            Instr::PrintPtr { src } => {
                print::pointer(r!(src));
                continue;
            }
            Instr::PrintSp => {
                print::stderr(b" ");
                continue;
            }
            Instr::PrintNl => {
                print::stderr(b"\n");
                continue;
            }
            // Everything else is a runtime instruction (`runtime::exec`).
            _ => {
                r!(PC) = (pc - 1) as u64;
                runtime_exec::exec(rt, engine, base, ins)
            }
        };
        if status == Status::Ok {
            continue;
        }
        // Unwinding: resume the recovery target at its deferreturn, or drop
        // frames until this run's entry frame returns the status.
        loop {
            if rt.unwinding_stops_at(base) {
                pc = func.deferreturn_pc.expect("a recovery target defers") as usize;
                break;
            }
            if base == entry {
                return Status::Unwind;
            }
            base -= r!(0) as usize;
            func = &prog.funcs[rt.frame_func(base) as usize];
        }
    }
}

//! What every target implements, and the target-independent driver.
//!
//! Translation is written once here: the driver checks a function's
//! operands (so a backend may assume every slot, string, type, global,
//! function and jump target exists and every frame displacement fits in 32
//! bits), then feeds the backend one function at a time, one bytecode
//! instruction at a time. The [`Backend`] trait is at the level of our
//! bytecode: a target folder implements a prologue, one `emit` that lowers an
//! instruction, the function's out-of-line tail, and `finish`.

use dynasmrt::ExecutableBuffer;
use interp::bytecode::{FuncId, Instr, Native, Pc};
use interp::program::{Func, Program};
use interp::runtime::stack::HEADER;

use crate::JitError;

/// Where a compiled function lives in the engine's code and what the
/// runtime and `gojit disasm` need to know about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompiledFunc {
    /// Offset of the function's entry in the engine's code.
    pub code_offset: usize,
    /// Bytes of code, out-of-line stubs included.
    pub code_len: usize,
    /// Offset of the call to the deferreturn helper, relative to the function
    /// start, when the function defers: its single exit path starts there
    /// and a recovered panic resumes the frame there.
    pub deferreturn_call: Option<usize>,
    /// Native offset (relative to the function start) of the first machine
    /// instruction of each bytecode pc, in pc order.
    pub pc_map: Vec<(Pc, usize)>,
}

/// A finished program: executable code, per-function metadata, and what
/// the backend's [`Code`] says about the shared code.
pub(crate) struct Module {
    pub code: ExecutableBuffer,
    pub funcs: Vec<CompiledFunc>,
    pub trampoline: usize,
    pub symbols: Vec<(usize, &'static str)>,
}

/// A backend's finished code.
pub(crate) struct Code {
    pub code: ExecutableBuffer,
    /// Offset of the trampoline that enters generated code (see `exec`).
    pub trampoline: usize,
    /// Offsets of shared code and helper address words, with the runtime
    /// function each stands for (for the disassembler).
    pub symbols: Vec<(usize, &'static str)>,
}

/// One target's code generator. The driver calls `prologue`, then `emit` for
/// every instruction in pc order, then `epilogue`, for each function in id
/// order, then `finish` once.
pub(crate) trait Backend {
    /// Starts function `id`: its entry point, the check that its frame fits
    /// the slot stack (else the stack-overflow helper), its zeroed results.
    fn prologue(&mut self, id: FuncId, func: &Func);

    /// Lowers instruction `pc` of the current function: simple ops inline,
    /// the rest as helper calls; after each instruction that may unwind, a
    /// status check that branches to the function's unwinding path.
    fn emit(&mut self, pc: Pc, ins: &Instr);

    /// Ends the current function with its out-of-line code (panic stubs,
    /// the unwinding path that resumes at the deferreturn call or returns
    /// the status, the stack-overflow exit) and returns its metadata.
    fn epilogue(&mut self) -> CompiledFunc;

    /// Emits the code shared by all functions (trampoline, thunks, helper
    /// addresses) and makes the code executable.
    fn finish(self) -> Result<Code, JitError>;
}

/// Compiles every function of `prog` with `backend`.
pub(crate) fn compile<B: Backend>(prog: &Program, mut backend: B) -> Result<Module, JitError> {
    let mut funcs = Vec::with_capacity(prog.funcs.len());
    for (id, func) in prog.funcs.iter().enumerate() {
        check_func(prog, func)?;
        backend.prologue(id as FuncId, func);
        for (pc, ins) in func.code.iter().enumerate() {
            backend.emit(pc as Pc, ins);
        }
        funcs.push(backend.epilogue());
    }
    let Code {
        code,
        trampoline,
        symbols,
    } = backend.finish()?;
    Ok(Module {
        code,
        funcs,
        trampoline,
        symbols,
    })
}

/// The natives the program calls, in first-use order: `CallNative` sites pass
/// their index in this list to the native-call helper.
pub(crate) fn natives(prog: &Program) -> Vec<Native> {
    let mut natives = Vec::new();
    for func in &prog.funcs {
        for ins in &func.code {
            match ins {
                Instr::CallNative { native, .. } if !natives.contains(native) => {
                    natives.push(*native)
                }
                _ => {}
            }
        }
    }
    natives
}

/// How many `IfaceMethod` instructions the program has: each gets an
/// inline cache of two words (type, method closure), numbered in the order
/// the driver emits them.
pub(crate) fn iface_sites(prog: &Program) -> usize {
    prog.funcs
        .iter()
        .flat_map(|f| &f.code)
        .filter(|ins| matches!(ins, Instr::IfaceMethod { .. }))
        .count()
}

/// Byte offset of slot `slot` from a frame pointer.
pub(crate) fn slot(slot: u32) -> i32 {
    // `check_instr` keeps every word index under `MAX_WORDS`.
    8 * slot as i32
}

/// Bound on every word index or count an instruction names (slots, globals,
/// captured words, string table entries), so byte displacements fit in an
/// `i32` with room for the header.
const MAX_WORDS: u64 = 1 << 27;

/// Checks that `func` can be compiled: every operand in range and the
/// deferreturn metadata consistent with the code.
fn check_func(prog: &Program, func: &Func) -> Result<(), JitError> {
    let err = |instr: Option<(Pc, Instr)>, reason: String| JitError {
        func: func.name.clone(),
        instr,
        reason,
    };
    if func.code.is_empty() {
        return Err(err(None, "no code".into()));
    }
    if u64::from(func.frame_size) >= MAX_WORDS
        || u64::from(func.frame_size) < (HEADER as u64 + u64::from(func.result_words))
    {
        return Err(err(None, format!("bad frame size {}", func.frame_size)));
    }
    match func.deferreturn_pc {
        Some(pc) if func.code.get(pc as usize) != Some(&Instr::DeferReturn) => {
            return Err(err(
                None,
                format!("deferreturn_pc {pc} is not a DeferReturn"),
            ));
        }
        _ => {}
    }
    for (pc, ins) in func.code.iter().enumerate() {
        let pc = pc as Pc;
        check_instr(prog, func, pc, ins).map_err(|reason| err(Some((pc, *ins)), reason))?;
    }
    Ok(())
}

/// Checks the operands of instruction `pc` of `func`.
fn check_instr(prog: &Program, func: &Func, pc: Pc, ins: &Instr) -> Result<(), String> {
    let (ends, words) = footprint(prog, ins)?;
    if ends >= MAX_WORDS || words >= MAX_WORDS {
        return Err("operand out of range".into());
    }
    match *ins {
        Instr::LoadStr { idx, .. } if idx as usize >= prog.strings.len() => {
            Err(format!("no string {idx}"))
        }
        Instr::LoadFunc { func: f, .. }
        | Instr::Call { func: f, .. }
        | Instr::MakeClosure { func: f, .. }
            if f as usize >= prog.funcs.len() =>
        {
            Err(format!("no function {f}"))
        }
        Instr::GlobalAddr { g, .. } if g >= prog.global_words => {
            Err(format!("global {g} out of range"))
        }
        Instr::LoadGlobal { g, acc, .. } | Instr::StoreGlobal { g, acc, .. }
            if u64::from(g) + u64::from(acc.image_slots(0).1) > u64::from(prog.global_words) =>
        {
            Err(format!(
                "globals {g}..{} out of range",
                u64::from(g) + u64::from(acc.image_slots(0).1)
            ))
        }
        _ if ins
            .jump_target()
            .is_some_and(|to| to as usize >= func.code.len()) =>
        {
            Err(format!("jump to {:?} past the end", ins.jump_target()))
        }
        Instr::DeferReturn if func.deferreturn_pc != Some(pc) => {
            Err("DeferReturn is not the function's deferreturn_pc (one exit path)".into())
        }
        _ => Ok(()),
    }
}

/// The extent of an instruction's operands: one past the highest frame slot
/// it touches, and the largest other word index or count it implies (words
/// a global access copies, captured word, pointee word, string table word,
/// function id). Globals at any index are reached (`reach_rax`).
fn footprint(prog: &Program, ins: &Instr) -> Result<(u64, u64), String> {
    let w = u64::from;
    let max = |xs: &[u64]| xs.iter().copied().max().unwrap_or(0);
    Ok(match *ins {
        Instr::Move { dst, src } => (max(&[w(dst), w(src)]) + 1, 0),
        Instr::Move2 { dst, src } => (max(&[w(dst), w(src)]) + 2, 0),
        Instr::Zero { dst, n } => (w(dst) + w(n), 0),
        Instr::LoadInt { dst, .. } => (w(dst) + 1, 0),
        Instr::LoadStr { dst, idx } => (w(dst) + 2, 2 * w(idx) + 2),
        Instr::LoadFunc { dst, func } => (w(dst) + 1, w(func) + 1),
        Instr::LoadGlobal { dst: s, acc, .. } | Instr::StoreGlobal { src: s, acc, .. } => {
            (w(s) + w(acc.slots()), w(acc.image_slots(0).1))
        }
        Instr::SlotLoad {
            dst: value,
            src: image,
            off,
            acc,
        }
        | Instr::SlotStore {
            dst: image,
            off,
            src: value,
            acc,
        } => {
            let (first, n) = acc.image_slots(off);
            (
                max(&[w(image) + w(first) + w(n), w(value) + w(acc.slots())]),
                0,
            )
        }
        Instr::SlotAddr { dst, slot } => (max(&[w(dst), w(slot)]) + 1, 0),
        Instr::AddInt { dst, a, b }
        | Instr::SubInt { dst, a, b }
        | Instr::MulInt { dst, a, b }
        | Instr::DivInt { dst, a, b }
        | Instr::RemInt { dst, a, b }
        | Instr::AndInt { dst, a, b }
        | Instr::OrInt { dst, a, b }
        | Instr::XorInt { dst, a, b }
        | Instr::AndNotInt { dst, a, b }
        | Instr::ShlInt { dst, a, b }
        | Instr::ShrInt { dst, a, b }
        | Instr::EqInt { dst, a, b }
        | Instr::NeInt { dst, a, b }
        | Instr::LtInt { dst, a, b }
        | Instr::LeInt { dst, a, b }
        | Instr::AddFloat { dst, a, b }
        | Instr::SubFloat { dst, a, b }
        | Instr::MulFloat { dst, a, b }
        | Instr::DivFloat { dst, a, b }
        | Instr::EqFloat { dst, a, b }
        | Instr::LtFloat { dst, a, b }
        | Instr::LeFloat { dst, a, b }
        | Instr::MinFloat { dst, a, b }
        | Instr::MaxFloat { dst, a, b } => (max(&[w(dst), w(a), w(b)]) + 1, 0),
        Instr::MapClear { m } => (w(m) + 1, 0),
        Instr::DivComplex { dst, a, b } => (max(&[w(dst), w(a), w(b)]) + 2, 0),
        Instr::SliceClear { s, .. } => (w(s) + 3, 0),
        Instr::AddIntK { dst, a, .. }
        | Instr::AndIntK { dst, a, .. }
        | Instr::OrIntK { dst, a, .. }
        | Instr::XorIntK { dst, a, .. }
        | Instr::ShlIntK { dst, a, .. }
        | Instr::ShrIntK { dst, a, .. }
        | Instr::ShrUintK { dst, a, .. }
        | Instr::NegFloat { dst, a }
        | Instr::SqrtFloat { dst, a }
        | Instr::RoundF32 { dst, a }
        | Instr::IntToFloat { dst, a, .. }
        | Instr::UintToFloat { dst, a, .. }
        | Instr::FloatToInt { dst, a, .. }
        | Instr::FloatToUint { dst, a }
        | Instr::NegInt { dst, a }
        | Instr::ComInt { dst, a }
        | Instr::Not { dst, a } => (max(&[w(dst), w(a)]) + 1, 0),
        Instr::Concat { dst, a, b } => (max(&[w(dst), w(a), w(b)]) + 2, 0),
        Instr::EqStr { dst, a, b }
        | Instr::LtStr { dst, a, b }
        | Instr::LeStr { dst, a, b }
        | Instr::EqIface { dst, a, b } => (max(&[w(dst) + 1, w(a) + 2, w(b) + 2]), 0),
        Instr::LenStr { dst, a } => (max(&[w(dst) + 1, w(a) + 2]), 0),
        Instr::MakeIface { dst, src, ty } => {
            let t = prog
                .types
                .get(ty as usize)
                .ok_or_else(|| format!("no type {ty}"))?;
            (max(&[w(dst) + 2, w(src) + w(t.words)]), 0)
        }
        Instr::Jmp { .. }
        | Instr::Ret
        | Instr::DeferReturn
        | Instr::PanicRangeDone
        | Instr::PrintSp
        | Instr::PrintNl => (0, 0),
        Instr::JmpIf { cond, .. } | Instr::JmpIfNot { cond, .. } => (w(cond) + 1, 0),
        Instr::JmpEq { a, b, .. }
        | Instr::JmpNe { a, b, .. }
        | Instr::JmpGe { a, b, .. }
        | Instr::JmpGt { a, b, .. }
        | Instr::JmpGeU { a, b, .. }
        | Instr::JmpGtU { a, b, .. } => (max(&[w(a), w(b)]) + 1, 0),
        Instr::JmpEqK { a, .. }
        | Instr::JmpNeK { a, .. }
        | Instr::JmpLtK { a, .. }
        | Instr::JmpGeK { a, .. }
        | Instr::JmpLtUK { a, .. }
        | Instr::JmpGeUK { a, .. } => (w(a) + 1, 0),
        Instr::Call { func, base } => (w(base) + HEADER as u64, w(func) + 1),
        Instr::CallClosure { callee, base } => (max(&[w(callee) + 1, w(base) + HEADER as u64]), 0),
        Instr::CallNative { base, .. } => (w(base) + HEADER as u64, 0),
        Instr::MakeClosure { dst, func, caps, n } => (
            max(&[w(dst) + 1, w(caps) + w(n)]),
            max(&[w(func), w(n)]) + 1,
        ),
        Instr::LoadCap { dst, idx, n } => (w(dst) + w(n), w(idx) + w(n) + 1),
        // The size is an immediate the helper reads as a u32: any fits.
        Instr::NewBox { dst, .. } => (w(dst) + 1, 0),
        Instr::Load {
            dst: s,
            ptr,
            off: _,
            acc,
        }
        | Instr::Store {
            ptr,
            off: _,
            src: s,
            acc,
        }
        | Instr::LoadField {
            dst: s,
            ptr,
            off: _,
            acc,
        }
        | Instr::StoreField {
            ptr,
            off: _,
            src: s,
            acc,
        } => {
            // A field offset is a displacement in the object, not an
            // index: the backend adds a large one to the pointer.
            (max(&[w(s) + w(acc.slots()), w(ptr) + 1]), w(acc.slots()))
        }
        Instr::DeferProcAt { closure, frame } => (max(&[w(closure), w(frame)]) + 1, 0),
        Instr::DeferProc { closure: s }
        | Instr::FrameBase { dst: s }
        | Instr::Go { closure: s }
        | Instr::ChanClose { ch: s }
        | Instr::PrintFloat { src: s }
        | Instr::PrintInt { src: s }
        | Instr::PrintBool { src: s }
        | Instr::PrintPtr { src: s } => (w(s) + 1, 0),
        Instr::Panic { src: s }
        | Instr::Recover { dst: s }
        | Instr::PrintStr { src: s }
        | Instr::PrintIface { src: s } => (w(s) + 2, 0),
        Instr::MakeSlice { dst, len, .. } => (max(&[w(dst) + 3, w(len) + 2]), 0),
        Instr::IndexAddr { dst, s, i, .. } => (max(&[w(dst) + 1, w(s) + 3, w(i) + 1]), 0),
        Instr::LoadElem { dst: v, s, i, acc } | Instr::StoreElem { s, i, src: v, acc } => (
            max(&[w(v) + w(acc.slots()), w(s) + 3, w(i) + 1]),
            w(acc.slots()),
        ),
        Instr::Reslice {
            dst, src, bounds, ..
        }
        | Instr::Reslice3 {
            dst, src, bounds, ..
        } => (max(&[w(dst), w(src), w(bounds)]) + 3, 0),
        Instr::ResliceStr { dst, src, bounds } => (max(&[w(dst), w(src), w(bounds)]) + 2, 0),
        Instr::Append { dst, s, other, .. } => (max(&[w(dst), w(s), w(other)]) + 3, 0),
        Instr::Copy { dst, a, b, .. } => (max(&[w(dst) + 1, w(a) + 3, w(b) + 3]), 0),
        Instr::CopyStr { dst, a, b } => (max(&[w(dst) + 1, w(a) + 3, w(b) + 2]), 0),
        Instr::SignExt { dst, a, .. } | Instr::ZeroExt { dst, a, .. } => {
            (max(&[w(dst), w(a)]) + 1, 0)
        }
        Instr::DivUint { dst, a, b }
        | Instr::RemUint { dst, a, b }
        | Instr::ShrUint { dst, a, b }
        | Instr::LtUint { dst, a, b }
        | Instr::LeUint { dst, a, b } => (max(&[w(dst), w(a), w(b)]) + 1, 0),
        Instr::IndexStr { dst, s, i } => (max(&[w(dst) + 1, w(s) + 2, w(i) + 1]), 0),
        Instr::DecodeRune { dst, s, i } => (max(&[w(dst) + 2, w(s) + 2, w(i) + 1]), 0),
        Instr::RuneToStr { dst, a } => (max(&[w(dst) + 2, w(a) + 1]), 0),
        Instr::StrToBytes { dst, a } | Instr::StrToRunes { dst, a } => {
            (max(&[w(dst) + 3, w(a) + 2]), 0)
        }
        Instr::BytesToStr { dst, a } | Instr::RunesToStr { dst, a } => {
            (max(&[w(dst) + 2, w(a) + 3]), 0)
        }
        Instr::UnsafeSlice { dst, ptr, len, .. } => (max(&[w(dst) + 3, w(ptr) + 1, w(len) + 1]), 0),
        Instr::UnsafeString { dst, ptr, len } => (max(&[w(dst) + 2, w(ptr) + 1, w(len) + 1]), 0),
        Instr::StringData { dst, a } => (max(&[w(dst) + 1, w(a) + 2]), 0),
        Instr::PrintUint { src } | Instr::NilCheck { ptr: src } | Instr::KeepAlive { src } => {
            (w(src) + 1, 0)
        }
        Instr::GlobalAddr { dst, .. } => (w(dst) + 1, 0),
        Instr::MakeMap { dst, .. } => (w(dst) + 1, 0),
        Instr::SliceToArray { dst, s, .. } => (max(&[w(dst) + 1, w(s) + 3]), 0),
        Instr::MakeIfaceAt { dst, ptr, ty } => {
            if prog.types.get(ty as usize).is_none() {
                return Err(format!("no type {ty}"));
            }
            (max(&[w(dst) + 2, w(ptr) + 1]), 0)
        }
        Instr::MakeChan { dst, size, .. } => (max(&[w(dst), w(size)]) + 1, 0),
        Instr::ChanSend { ch, src, n } => (max(&[w(ch) + 1, w(src) + w(n)]), 0),
        Instr::ChanRecv { dst, ch, n, ok } => (max(&[w(ch) + 1, w(dst) + w(n) + u64::from(ok)]), 0),
        Instr::ChanLen { dst, ch } | Instr::ChanCap { dst, ch } => (max(&[w(dst), w(ch)]) + 1, 0),
        Instr::Select { dst, cases, n, .. } => (max(&[w(dst) + 2, w(cases) + 2 * w(n)]), 0),
        Instr::MoveN { dst, src, n } => (max(&[w(dst), w(src)]) + w(n), 0),
        Instr::IfaceMethod { dst, iface, .. } => (max(&[w(dst) + 1, w(iface) + 2]), 0),
        Instr::TypeAssert { dst, src, ty, .. } | Instr::TypeAssertOk { dst, src, ty } => {
            let t = prog
                .types
                .get(ty as usize)
                .ok_or_else(|| format!("type {ty} out of range"))?;
            let words = if t.kind == interp::program::RtKind::Interface {
                2
            } else {
                u64::from(t.words)
            };
            (max(&[w(dst) + words + 1, w(src) + 2]), 0)
        }
        Instr::MapLen { dst, m } => (max(&[w(dst), w(m)]) + 1, 0),
        Instr::MapIndex { .. }
        | Instr::MapAssign { .. }
        | Instr::MapDelete { .. }
        | Instr::MapNext { .. } => map_footprint(prog, ins)?,
    })
}

/// The footprint of a map instruction: its slots reach as far as the key
/// and value words of the map type it names.
fn map_footprint(prog: &Program, ins: &Instr) -> Result<(u64, u64), String> {
    let ty = match *ins {
        Instr::MapIndex { ty, .. }
        | Instr::MapAssign { ty, .. }
        | Instr::MapDelete { ty, .. }
        | Instr::MapNext { ty, .. } => ty,
        _ => unreachable!("map instructions only"),
    };
    let t = prog
        .types
        .get(ty as usize)
        .ok_or_else(|| format!("type {ty} out of range"))?;
    let words = |id: u32| {
        prog.types
            .get(id as usize)
            .map(|t| u64::from(t.words))
            .ok_or_else(|| format!("type {id} out of range"))
    };
    let key = words(*t.fields.first().ok_or("not a map type")?)?;
    let value = words(t.elem)?;
    let w = u64::from;
    Ok(match *ins {
        Instr::MapIndex { dst, m, key: k, .. } => {
            (w(dst).max(w(m)).max(w(k) + key - 1) + value + 1, 0)
        }
        Instr::MapAssign { m, key: k, src, .. } => {
            ((w(m) + 1).max(w(k) + key).max(w(src) + value), 0)
        }
        Instr::MapDelete { m, key: k, .. } => ((w(m) + 1).max(w(k) + key), 0),
        Instr::MapNext { dst, it, .. } => ((w(it) + 2).max(w(dst) + 1 + key + value), 0),
        _ => unreachable!("map instructions only"),
    })
}

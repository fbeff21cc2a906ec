//! The x86-64 backend: bytecode to machine code with dynasm (System V ABI).
//!
//! Registers, fixed in all generated code:
//! - `rbx`: the current frame's slot 0; slot `i` is `[rbx + 8*i]`.
//! - `r12`: the [`JitCtx`](crate::helpers::JitCtx).
//! - `rbp`: pushed and set by every prologue, so debuggers and profilers can
//!   walk JIT frames.
//! - `rax`, `rcx`, `rdx`, `rsi`, `rdi`, `r8`: scratch and helper arguments;
//!   `rax` brings back the status word of a Go call or helper.
//!
//! Native stack: a Go frame is its return address and saved `rbp`
//! ([`NATIVE_FRAME_BYTES`]) and nothing else is ever pushed, so `rsp` is
//! 16-byte aligned for helper calls and the same at every instruction
//! boundary of a frame. That is what lets the unwinding path jump straight
//! to the deferreturn call of a frame a recovered panic resumes.
//!
//! Calls: the caller writes the callee's header exactly as
//! `Runtime::push_frame` does, stores its own PC slot, moves `rbx` to the
//! callee frame, `call`s its entry (a direct `call` for `Call`, through the
//! context's entry table for `CallClosure`), moves `rbx` back and checks
//! `rax`. The callee's prologue checks the slot-stack bound and zeroes its
//! results, as the interpreter's `enter` does.
//!
//! Each function ends in out-of-line code: one stub per explicit check
//! (divide by zero, negative shift, nil closure) that stores the PC slot and
//! calls the runtime-error helper; the unwinding path (resume at the
//! deferreturn call when `unwinding_stops_at`, else return status 1); and
//! the stack-overflow exit.

use dynasmrt::x64::Assembler;
use dynasmrt::{AssemblyOffset, DynamicLabel, DynasmApi, DynasmLabelApi, dynasm};
use interp::bytecode::{Access, FuncId, Instr, Native, Pc, Scalar};
use interp::program::{Func, Program};
use interp::runtime::stack::{CALLER, CTX, FUNC, HEADER, PC};

use crate::JitError;
use crate::backend::{Backend, Code, CompiledFunc, slot};
use crate::helpers::{Helper, RuntimeError, ctx};

/// Native stack bytes one Go frame takes: return address and saved `rbp`.
pub const NATIVE_FRAME_BYTES: usize = 16;

/// `dynasm!` for this target.
macro_rules! asm {
    ($ops:expr ; $($t:tt)*) => {
        dynasm!($ops ; .arch x64 ; $($t)*)
    };
}

/// Registers of the System V integer arguments, in order.
const ARGS: [u8; 5] = [
    7, /* rdi */
    6, /* rsi */
    2, /* rdx */
    1, /* rcx */
    8, /* r8 */
];
const RAX: u8 = 0;
const RCX: u8 = 1;
const RBX: u8 = 3;

/// Byte offsets of the header slots from a frame pointer.
const CALLER_SLOT: i32 = 8 * CALLER as i32;
const FUNC_SLOT: i32 = 8 * FUNC as i32;
const PC_SLOT: i32 = 8 * PC as i32;
const CTX_SLOT: i32 = 8 * CTX as i32;

/// Words zeroed by unrolled stores; longer runs use `rep stosq`.
const UNROLL_ZERO: u32 = 8;

/// The condition of a compare-and-branch, on the flags of `cmp a, b`.
#[derive(Clone, Copy)]
enum Cond {
    Eq,
    Ne,
    Lt,
    Ge,
    Gt,
    Le,
    LtU,
    GeU,
    GtU,
    LeU,
}

impl Cond {
    /// The condition that holds exactly when this one does not.
    fn negate(self) -> Cond {
        match self {
            Cond::Eq => Cond::Ne,
            Cond::Ne => Cond::Eq,
            Cond::Lt => Cond::Ge,
            Cond::Ge => Cond::Lt,
            Cond::Gt => Cond::Le,
            Cond::Le => Cond::Gt,
            Cond::LtU => Cond::GeU,
            Cond::GeU => Cond::LtU,
            Cond::GtU => Cond::LeU,
            Cond::LeU => Cond::GtU,
        }
    }
}

/// Whether each pc of `func` is a jump target or where a recovered panic
/// resumes (the `DeferReturn`).
fn jump_targets(func: &Func) -> Vec<bool> {
    let mut targets = vec![false; func.code.len()];
    for to in func.code.iter().filter_map(Instr::jump_target) {
        targets[to as usize] = true;
    }
    if let Some(pc) = func.deferreturn_pc {
        targets[pc as usize] = true;
    }
    targets
}

/// The byte displacement of word `off`, when an x86 displacement reaches
/// it and the `n` words from there.
/// Whether the backend moves values of `acc` itself: whole words and
/// one-slot scalars (the runtime moves `complex64` and byte runs).
fn moved_inline(acc: Access) -> bool {
    acc.is_words() || acc.narrow().is_some()
}

fn displacement(off: u64, n: u32) -> Option<i32> {
    i32::try_from(off + 8 * u64::from(n))
        .ok()
        .map(|_| off as i32)
}

/// The slot an instruction reads as its first float operand.
fn float_operand(ins: &Instr) -> Option<u32> {
    match *ins {
        Instr::AddFloat { a, .. }
        | Instr::SubFloat { a, .. }
        | Instr::MulFloat { a, .. }
        | Instr::DivFloat { a, .. }
        | Instr::SqrtFloat { a, .. } => Some(a),
        _ => None,
    }
}

/// An out-of-line check failure: store the PC slot, raise the runtime error,
/// and go on after the instruction if the runtime says so.
struct PanicStub {
    entry: DynamicLabel,
    resume: DynamicLabel,
    pc: Pc,
    kind: StubKind,
    /// The registers to reload before resuming: what the code after the
    /// instruction expects them to hold.
    reload: Cached,
}

/// Frame slots whose values `rax` and `xmm0` hold between two
/// instructions, so the next one can skip loading them. Every result is
/// still stored to its slot (the collector, traces and the runtime read
/// slots), so only loads are saved. Nothing is cached into a jump target
/// (other paths arrive there), across a call, or past a store through a
/// pointer (which may point into the frame).
#[derive(Clone, Copy, Default)]
struct Cached {
    rax: Option<u32>,
    xmm0: Option<u32>,
}

impl Cached {
    /// The cache after slot `dst` is written from `rax`.
    fn rax_is(self, dst: u32) -> Cached {
        Cached {
            rax: Some(dst),
            xmm0: self.xmm0.filter(|&s| s != dst),
        }
    }

    /// The cache after slot `dst` is written from `xmm0`.
    fn xmm0_is(self, dst: u32) -> Cached {
        Cached {
            rax: self.rax.filter(|&s| s != dst),
            xmm0: Some(dst),
        }
    }

    /// The cache after slot `dst` is written from elsewhere.
    fn without(self, dst: u32) -> Cached {
        Cached {
            rax: self.rax.filter(|&s| s != dst),
            xmm0: self.xmm0.filter(|&s| s != dst),
        }
    }
}

/// What an out-of-line stub does.
#[derive(Clone, Copy)]
enum StubKind {
    /// Panics with a fixed runtime error.
    Raise(RuntimeError),
    /// Runs the instruction in the runtime (`runtime::exec`), which panics
    /// with the message only it can build (`index out of range [5] with
    /// length 3`).
    Exec,
}

/// The function being compiled.
struct FuncState {
    start: AssemblyOffset,
    /// Label of each bytecode pc (jump targets).
    pcs: Vec<DynamicLabel>,
    pc_map: Vec<(Pc, usize)>,
    /// The unwinding path.
    unwind: DynamicLabel,
    /// The stack-overflow exit.
    overflow: DynamicLabel,
    /// The pc of the `DeferReturn` and the label of its helper call.
    deferreturn: Option<(Pc, DynamicLabel)>,
    /// Offset of that call from `start`, once emitted.
    deferreturn_call: Option<usize>,
    stubs: Vec<PanicStub>,
    /// Whether each pc is a jump target (or where recovery resumes).
    targets: Vec<bool>,
    /// For each pc, the slot the instruction reads as its first float
    /// operand (a value loaded for it is best left in `xmm0`).
    float_operand: Vec<Option<u32>>,
    /// What the registers hold after the instruction emitted last.
    cached: Cached,
}

/// The x86-64 code generator.
pub(crate) struct X64Backend {
    ops: Assembler,
    natives: Vec<Native>,
    /// `IfaceMethod` caches given out so far (see `backend::iface_sites`).
    iface_sites: usize,
    /// Entry label of every function (calls may come before the callee).
    entries: Vec<DynamicLabel>,
    /// The layout of every function's closure objects.
    closure_layouts: Vec<u32>,
    /// Label of the word holding each helper's address, in `Helper::ALL` order.
    helpers: Vec<DynamicLabel>,
    /// `mov rdi, r12; mov rsi, rbx; jmp deferreturn`: what a function's
    /// deferreturn `call` targets, so that call needs no set-up of its own
    /// and recovery can jump straight to it.
    deferreturn_thunk: DynamicLabel,
    func: Option<FuncState>,
}

impl X64Backend {
    /// A backend for `prog`, whose `CallNative` sites pass their index in `natives`.
    pub fn new(prog: &Program, natives: &[Native]) -> Result<X64Backend, JitError> {
        let mut ops = Assembler::new().map_err(|e| JitError {
            func: String::new(),
            instr: None,
            reason: format!("cannot map code memory: {e}"),
        })?;
        debug_assert!(
            Helper::ALL
                .iter()
                .enumerate()
                .all(|(i, h)| *h as usize == i)
        );
        Ok(X64Backend {
            entries: prog.funcs.iter().map(|_| ops.new_dynamic_label()).collect(),
            closure_layouts: prog.funcs.iter().map(|f| f.closure_layout).collect(),
            helpers: Helper::ALL
                .iter()
                .map(|_| ops.new_dynamic_label())
                .collect(),
            deferreturn_thunk: ops.new_dynamic_label(),
            natives: natives.to_vec(),
            iface_sites: 0,
            func: None,
            ops,
        })
    }

    fn cur(&mut self) -> &mut FuncState {
        self.func.as_mut().expect("inside a function")
    }

    /// `call` of helper `h` through its address word.
    fn call(&mut self, h: Helper) {
        let word = self.helpers[h as usize];
        asm!(self.ops ; call QWORD [=>word]);
    }

    /// Branches to the unwinding path when `rax` (a status word) is not 0.
    fn check_status(&mut self) {
        let unwind = self.cur().unwind;
        asm!(self.ops ; test eax, eax ; jnz =>unwind);
    }

    /// Records `pc` as the frame's current call site (traces, recovery).
    fn set_pc(&mut self, pc: Pc) {
        asm!(self.ops ; mov QWORD [rbx + PC_SLOT], pc as i32);
    }

    /// Argument `i` := the context; with `frame`, argument `i + 1` := the frame.
    fn arg_ctx(&mut self, frame: bool) {
        asm!(self.ops ; mov rdi, r12);
        if frame {
            asm!(self.ops ; mov rsi, rbx);
        }
    }

    /// Argument `i` := `R[s]`.
    // dynasm expands a dynamic register operand to an `.into()`.
    #[allow(clippy::useless_conversion)]
    fn arg_slot(&mut self, i: usize, s: u32) {
        asm!(self.ops ; mov Rq(ARGS[i]), QWORD [rbx + slot(s)]);
    }

    /// Branches to a stub that runs the instruction at `pc` in the runtime
    /// (which panics with Go's nil dereference) when register `reg` is nil.
    #[allow(clippy::useless_conversion)] // as in `arg_slot`
    fn exec_if_nil(&mut self, pc: Pc, reg: u8) {
        let out = self.stub_of(pc, StubKind::Exec);
        asm!(self.ops ; test Rq(reg), Rq(reg) ; jz =>out);
    }

    /// `rax := R[a]`, unless it holds that already.
    fn load_rax(&mut self, cached: Cached, a: u32) {
        if cached.rax != Some(a) {
            asm!(self.ops ; mov rax, QWORD [rbx + slot(a)]);
        }
    }

    /// `xmm0 := R[a]`, unless it holds that already.
    fn load_xmm0(&mut self, cached: Cached, a: u32) {
        if cached.xmm0 != Some(a) {
            asm!(self.ops ; movsd xmm0, QWORD [rbx + slot(a)]);
        }
    }

    /// `R[dst] := [rax + at]`, one word, through `xmm0` when the next
    /// instruction reads it as a float, else through `rcx`; returns the
    /// cache after it (`rax` untouched).
    fn load_word(&mut self, pc: Pc, dst: u32, at: i32, cached: Cached) -> Cached {
        let next = self.cur().float_operand.get(pc as usize + 1).copied();
        if next == Some(Some(dst)) {
            asm!(self.ops
                ; movsd xmm0, QWORD [rax + at]
                ; movsd QWORD [rbx + slot(dst)], xmm0
            );
            cached.xmm0_is(dst)
        } else {
            self.copy(RBX, slot(dst), RAX, at, 1);
            cached.without(dst)
        }
    }

    /// `rax *= size` (an element's index to its offset).
    fn scale_rax(&mut self, size: u64) {
        match size {
            1 => {}
            2 | 4 | 8 => asm!(self.ops ; shl rax, size.trailing_zeros() as i8),
            _ => asm!(self.ops ; imul rax, rax, size as i32),
        }
    }

    /// `R[dst] :=` the slot form of the narrow scalar `k` at `[base + at]`
    /// (through rcx or xmm1).
    #[allow(clippy::useless_conversion)] // as in `arg_slot`
    fn load_narrow(&mut self, k: Scalar, base: u8, at: i32, dst: u32) {
        match k {
            Scalar::I8 => asm!(self.ops ; movsx rcx, BYTE [Rq(base) + at]),
            Scalar::U8 => asm!(self.ops ; movzx ecx, BYTE [Rq(base) + at]),
            Scalar::I16 => asm!(self.ops ; movsx rcx, WORD [Rq(base) + at]),
            Scalar::U16 => asm!(self.ops ; movzx ecx, WORD [Rq(base) + at]),
            Scalar::I32 => asm!(self.ops ; movsxd rcx, DWORD [Rq(base) + at]),
            Scalar::U32 => asm!(self.ops ; mov ecx, DWORD [Rq(base) + at]),
            Scalar::F32 => {
                asm!(self.ops
                    ; cvtss2sd xmm1, DWORD [Rq(base) + at]
                    ; movsd QWORD [rbx + slot(dst)], xmm1
                );
                return;
            }
            Scalar::C64 => unreachable!("a complex64 moves through the runtime"),
        }
        asm!(self.ops ; mov QWORD [rbx + slot(dst)], rcx);
    }

    /// The narrow scalar `k` at `[base + at]` `:=` the memory form of
    /// `R[src]` (through rcx or xmm1).
    #[allow(clippy::useless_conversion)] // as in `arg_slot`
    fn store_narrow(&mut self, k: Scalar, base: u8, at: i32, src: u32) {
        if k == Scalar::F32 {
            asm!(self.ops
                ; cvtsd2ss xmm1, QWORD [rbx + slot(src)]
                ; movss DWORD [Rq(base) + at], xmm1
            );
            return;
        }
        asm!(self.ops ; mov rcx, QWORD [rbx + slot(src)]);
        match k {
            Scalar::I8 | Scalar::U8 => asm!(self.ops ; mov BYTE [Rq(base) + at], cl),
            Scalar::I16 | Scalar::U16 => asm!(self.ops ; mov WORD [Rq(base) + at], cx),
            Scalar::I32 | Scalar::U32 => asm!(self.ops ; mov DWORD [Rq(base) + at], ecx),
            Scalar::F32 | Scalar::C64 => unreachable!("floats are stored above"),
        }
    }

    /// `R[dst] := rax`.
    fn store_rax(&mut self, dst: u32) {
        asm!(self.ops ; mov QWORD [rbx + slot(dst)], rax);
    }

    /// `R[dst] := xmm0` (a float64).
    fn store_xmm0(&mut self, dst: u32) {
        asm!(self.ops ; movsd QWORD [rbx + slot(dst)], xmm0);
    }

    /// `R[dst..+2] := rax:rdx` (a helper's [`Pair`](crate::helpers::Pair)).
    fn store_pair(&mut self, dst: u32) {
        asm!(self.ops
            ; mov QWORD [rbx + slot(dst)], rax
            ; mov QWORD [rbx + slot(dst + 1)], rdx
        );
    }

    /// The displacement from `rax` of the `n` words at word `off` of the
    /// object `rax` points at (a huge object or the globals): past what an
    /// x86 displacement reaches, the offset is added to `rax` first.
    fn reach_rax(&mut self, off: u64, n: u32) -> i32 {
        displacement(off, n).unwrap_or_else(|| {
            asm!(self.ops
                ; mov rcx, QWORD off as i64
                ; add rax, rcx
            );
            0
        })
    }

    /// Copies `n` words from `[src + s]` to `[dst + d]` through `rcx`.
    #[allow(clippy::useless_conversion)] // as in `arg_slot`
    fn copy(&mut self, dst: u8, d: i32, src: u8, s: i32, n: u32) {
        for i in 0..n as i32 {
            asm!(self.ops
                ; mov rcx, QWORD [Rq(src) + s + 8 * i]
                ; mov QWORD [Rq(dst) + d + 8 * i], rcx
            );
        }
    }

    /// An out-of-line stub raising `error` at `pc`; returns its entry, and
    /// binds its resume label at the end of the current instruction when
    /// the caller calls [`X64Backend::resume`].
    fn stub(&mut self, pc: Pc, error: RuntimeError) -> DynamicLabel {
        self.stub_of(pc, StubKind::Raise(error))
    }

    /// A stub of any kind; see [`X64Backend::stub`].
    fn stub_of(&mut self, pc: Pc, kind: StubKind) -> DynamicLabel {
        let entry = self.ops.new_dynamic_label();
        let resume = self.ops.new_dynamic_label();
        self.cur().stubs.push(PanicStub {
            entry,
            resume,
            pc,
            kind,
            reload: Cached::default(),
        });
        entry
    }

    /// A loop back-edge (or function entry) at `pc`: stops or yields here
    /// when `Runtime::interrupt` is set (two loads and a branch not taken
    /// otherwise).
    fn back_edge(&mut self, pc: Pc) {
        let stub = self.stub(pc, RuntimeError::Interrupt);
        asm!(self.ops
            ; mov rax, QWORD [r12 + ctx::INTERRUPT]
            ; cmp BYTE [rax], 0
            ; jne =>stub
        );
        self.resume();
    }

    /// Jumps to bytecode `to` when `cond` holds for the flags just set. A
    /// back-edge branches past itself when the condition is false, else
    /// checks for an interrupt before jumping.
    fn branch(&mut self, pc: Pc, to: Pc, cond: Cond) {
        let target = self.cur().pcs[to as usize];
        if to > pc {
            self.jump_when(cond, target);
            return;
        }
        let skip = self.ops.new_dynamic_label();
        self.jump_when(cond.negate(), skip);
        self.back_edge(pc);
        asm!(self.ops ; jmp =>target ; =>skip);
    }

    /// `jcc label` for the condition.
    fn jump_when(&mut self, cond: Cond, label: DynamicLabel) {
        match cond {
            Cond::Eq => asm!(self.ops ; je =>label),
            Cond::Ne => asm!(self.ops ; jne =>label),
            Cond::Lt => asm!(self.ops ; jl =>label),
            Cond::Ge => asm!(self.ops ; jge =>label),
            Cond::Gt => asm!(self.ops ; jg =>label),
            Cond::Le => asm!(self.ops ; jle =>label),
            Cond::LtU => asm!(self.ops ; jb =>label),
            Cond::GeU => asm!(self.ops ; jae =>label),
            Cond::GtU => asm!(self.ops ; ja =>label),
            Cond::LeU => asm!(self.ops ; jbe =>label),
        }
    }

    /// Binds the resume label of the stub made last.
    fn resume(&mut self) {
        let resume = self.cur().stubs.last().expect("a stub was made").resume;
        asm!(self.ops ; =>resume);
    }

    /// `R[dst] := R[a] cc R[b]` for a signed comparison.
    fn compare(&mut self, dst: u32, a: u32, b: u32, ins: &Instr) {
        asm!(self.ops
            ; mov rax, QWORD [rbx + slot(a)]
            ; cmp rax, QWORD [rbx + slot(b)]
        );
        match ins {
            Instr::EqInt { .. } => asm!(self.ops ; sete al),
            Instr::NeInt { .. } => asm!(self.ops ; setne al),
            Instr::LtInt { .. } => asm!(self.ops ; setl al),
            _ => asm!(self.ops ; setle al),
        }
        asm!(self.ops ; movzx eax, al);
        self.store_rax(dst);
    }

    /// `R[dst] := R[a..+2] cc R[b..+2]` for strings, through `cmpstring`.
    fn compare_str(&mut self, dst: u32, a: u32, b: u32, ins: &Instr) {
        for (i, s) in [a, a + 1, b, b + 1].into_iter().enumerate() {
            self.arg_slot(i, s);
        }
        self.call(Helper::StrCmp);
        asm!(self.ops ; cmp rax, 0);
        match ins {
            Instr::EqStr { .. } => asm!(self.ops ; sete al),
            Instr::LtStr { .. } => asm!(self.ops ; setl al),
            _ => asm!(self.ops ; setle al),
        }
        asm!(self.ops ; movzx eax, al);
        self.store_rax(dst);
    }

    /// `R[dst] := R[a] / R[b]` or `%`: zero divisors panic out of line, and
    /// `-1` is done by hand because `idiv` faults on `MinInt64 / -1`.
    fn divide(&mut self, pc: Pc, dst: u32, a: u32, b: u32, rem: bool) {
        let zero = self.stub(pc, RuntimeError::DivideByZero);
        asm!(self.ops
            ; mov rcx, QWORD [rbx + slot(b)]
            ; test rcx, rcx
            ; jz =>zero
            ; mov rax, QWORD [rbx + slot(a)]
            ; cmp rcx, -1
            ; je >minus_one
            ; cqo
            ; idiv rcx
        );
        if rem {
            asm!(self.ops ; mov rax, rdx);
        }
        asm!(self.ops ; jmp >done ; minus_one:);
        if rem {
            asm!(self.ops ; xor eax, eax);
        } else {
            asm!(self.ops ; neg rax);
        }
        asm!(self.ops ; done:);
        self.store_rax(dst);
        self.resume();
    }

    /// `R[dst] := R[a] << R[b]` or `>>`: negative counts panic out of line;
    /// counts of 64 and more (which x86 would mask) give 0 or the sign.
    fn shift(&mut self, pc: Pc, dst: u32, a: u32, b: u32, ins: &Instr) {
        let negative = self.stub(pc, RuntimeError::NegativeShift);
        asm!(self.ops
            ; mov rcx, QWORD [rbx + slot(b)]
            ; test rcx, rcx
            ; js =>negative
            ; mov rax, QWORD [rbx + slot(a)]
        );
        if let Instr::ShlInt { .. } | Instr::ShrUint { .. } = ins {
            // Counts of 64 and more shift every bit out.
            if matches!(ins, Instr::ShlInt { .. }) {
                asm!(self.ops ; shl rax, cl);
            } else {
                asm!(self.ops ; shr rax, cl);
            }
            asm!(self.ops
                ; xor edx, edx
                ; cmp rcx, 64
                ; cmovae rax, rdx
            );
        } else {
            asm!(self.ops
                ; mov edx, 63
                ; cmp rcx, rdx
                ; cmova rcx, rdx
                ; sar rax, cl
            );
        }
        self.store_rax(dst);
        self.resume();
    }

    /// Writes the header of a callee frame at `R[off]` (as
    /// `Runtime::push_frame`); the closure is in `rax`, its func id in `rcx`.
    fn callee_header(&mut self, off: u32) {
        let o = slot(off);
        asm!(self.ops
            ; mov QWORD [rbx + o + CALLER_SLOT], off as i32
            ; mov QWORD [rbx + o + FUNC_SLOT], rcx
            ; mov QWORD [rbx + o + PC_SLOT], 0
            ; mov QWORD [rbx + o + CTX_SLOT], rax
        );
    }

    /// Emits the code of one instruction. `cached` is what the registers
    /// hold on entry; an arm that leaves them holding slots says so in
    /// `cached` of the function state (the default, nothing, is always
    /// safe).
    fn instr(&mut self, pc: Pc, ins: &Instr, cached: Cached) {
        match *ins {
            Instr::Move { dst, src } => {
                self.cur().cached = if cached.xmm0 == Some(src) {
                    self.store_xmm0(dst);
                    cached.xmm0_is(dst)
                } else {
                    self.load_rax(cached, src);
                    self.store_rax(dst);
                    cached.rax_is(dst)
                };
            }
            Instr::Move2 { dst, src } => self.copy(RBX, slot(dst), RBX, slot(src), 2),
            Instr::Zero { dst, n } if n <= UNROLL_ZERO => {
                asm!(self.ops ; xor eax, eax);
                for i in 0..n {
                    self.store_rax(dst + i);
                }
            }
            Instr::Zero { dst, n } => {
                asm!(self.ops
                    ; lea rdi, [rbx + slot(dst)]
                    ; mov ecx, n as i32
                    ; xor eax, eax
                    ; rep stosq
                );
            }
            Instr::LoadInt { dst, k } => {
                match i32::try_from(k) {
                    Ok(k) => asm!(self.ops ; mov rax, k),
                    Err(_) => asm!(self.ops ; mov rax, QWORD k),
                }
                self.store_rax(dst);
                self.cur().cached = cached.rax_is(dst);
            }
            Instr::LoadStr { dst, idx } => {
                asm!(self.ops ; mov rax, QWORD [r12 + ctx::STRINGS]);
                self.copy(RBX, slot(dst), RAX, 2 * slot(idx), 2);
            }
            Instr::LoadFunc { dst, func } => {
                asm!(self.ops
                    ; mov rax, QWORD [r12 + ctx::FUNC_CLOSURES]
                    ; mov rax, QWORD [rax + slot(func)]
                );
                self.store_rax(dst);
            }
            Instr::LoadGlobal { dst, g, acc } if moved_inline(acc) => {
                let n = acc.slots();
                asm!(self.ops ; mov rax, QWORD [r12 + ctx::GLOBALS]);
                let disp = self.reach_rax(8 * u64::from(g), n);
                match acc.narrow() {
                    Some(k) => self.load_narrow(k, RAX, disp, dst),
                    None => self.copy(RBX, slot(dst), RAX, disp, n),
                }
            }
            Instr::StoreGlobal { g, src, acc } if moved_inline(acc) => {
                let n = acc.slots();
                asm!(self.ops ; mov rax, QWORD [r12 + ctx::GLOBALS]);
                let disp = self.reach_rax(8 * u64::from(g), n);
                match acc.narrow() {
                    Some(k) => self.store_narrow(k, RAX, disp, src),
                    None => self.copy(RAX, disp, RBX, slot(src), n),
                }
            }
            // A part of a struct or array in the frame: its bytes are at
            // a displacement from the frame base.
            Instr::SlotLoad { dst, src, off, acc } if moved_inline(acc) => {
                let at = slot(src) + off as i32;
                match acc.narrow() {
                    Some(k) => self.load_narrow(k, RBX, at, dst),
                    None => self.copy(RBX, slot(dst), RBX, at, acc.slots()),
                }
            }
            Instr::SlotStore { dst, off, src, acc } if moved_inline(acc) => {
                let at = slot(dst) + off as i32;
                match acc.narrow() {
                    Some(k) => self.store_narrow(k, RBX, at, src),
                    None => self.copy(RBX, at, RBX, slot(src), acc.slots()),
                }
            }
            Instr::SlotAddr { dst, slot: s } => {
                asm!(self.ops ; lea rax, [rbx + slot(s)]);
                self.store_rax(dst);
            }
            Instr::AddInt { dst, a, b }
            | Instr::MulInt { dst, a, b }
            | Instr::AndInt { dst, a, b }
            | Instr::OrInt { dst, a, b }
            | Instr::XorInt { dst, a, b } => {
                // Commutative: whichever operand rax holds goes first.
                let (a, b) = if cached.rax == Some(b) {
                    (b, a)
                } else {
                    (a, b)
                };
                self.load_rax(cached, a);
                let b = slot(b);
                match ins {
                    Instr::AddInt { .. } => asm!(self.ops ; add rax, QWORD [rbx + b]),
                    Instr::MulInt { .. } => asm!(self.ops ; imul rax, QWORD [rbx + b]),
                    Instr::AndInt { .. } => asm!(self.ops ; and rax, QWORD [rbx + b]),
                    Instr::OrInt { .. } => asm!(self.ops ; or rax, QWORD [rbx + b]),
                    _ => asm!(self.ops ; xor rax, QWORD [rbx + b]),
                }
                self.store_rax(dst);
                self.cur().cached = cached.rax_is(dst);
            }
            Instr::AddIntK { dst, a, k }
            | Instr::AndIntK { dst, a, k }
            | Instr::OrIntK { dst, a, k }
            | Instr::XorIntK { dst, a, k } => {
                self.load_rax(cached, a);
                match ins {
                    Instr::AddIntK { .. } => asm!(self.ops ; add rax, k),
                    Instr::AndIntK { .. } => asm!(self.ops ; and rax, k),
                    Instr::OrIntK { .. } => asm!(self.ops ; or rax, k),
                    _ => asm!(self.ops ; xor rax, k),
                }
                self.store_rax(dst);
                self.cur().cached = cached.rax_is(dst);
            }
            Instr::ShlIntK { dst, a, k }
            | Instr::ShrIntK { dst, a, k }
            | Instr::ShrUintK { dst, a, k } => {
                self.load_rax(cached, a);
                let k = k as i8;
                match ins {
                    Instr::ShlIntK { .. } => asm!(self.ops ; shl rax, k),
                    Instr::ShrIntK { .. } => asm!(self.ops ; sar rax, k),
                    _ => asm!(self.ops ; shr rax, k),
                }
                self.store_rax(dst);
                self.cur().cached = cached.rax_is(dst);
            }
            Instr::SubInt { dst, a, b } => {
                self.load_rax(cached, a);
                asm!(self.ops ; sub rax, QWORD [rbx + slot(b)]);
                self.store_rax(dst);
                self.cur().cached = cached.rax_is(dst);
            }
            Instr::DivInt { dst, a, b } => self.divide(pc, dst, a, b, false),
            Instr::RemInt { dst, a, b } => self.divide(pc, dst, a, b, true),
            Instr::AndNotInt { dst, a, b } => {
                asm!(self.ops
                    ; mov rax, QWORD [rbx + slot(b)]
                    ; not rax
                    ; and rax, QWORD [rbx + slot(a)]
                );
                self.store_rax(dst);
            }
            Instr::ShlInt { dst, a, b }
            | Instr::ShrInt { dst, a, b }
            | Instr::ShrUint { dst, a, b } => self.shift(pc, dst, a, b, ins),
            Instr::SignExt { dst, a, bits } | Instr::ZeroExt { dst, a, bits } => {
                let k = (64 - bits) as i8;
                asm!(self.ops ; mov rax, QWORD [rbx + slot(a)] ; shl rax, k);
                if matches!(ins, Instr::SignExt { .. }) {
                    asm!(self.ops ; sar rax, k);
                } else {
                    asm!(self.ops ; shr rax, k);
                }
                self.store_rax(dst);
            }
            Instr::LtUint { dst, a, b } | Instr::LeUint { dst, a, b } => {
                asm!(self.ops
                    ; mov rax, QWORD [rbx + slot(a)]
                    ; cmp rax, QWORD [rbx + slot(b)]
                );
                if matches!(ins, Instr::LtUint { .. }) {
                    asm!(self.ops ; setb al);
                } else {
                    asm!(self.ops ; setbe al);
                }
                asm!(self.ops ; movzx eax, al);
                self.store_rax(dst);
            }
            Instr::IndexAddr { dst, s, i, acc }
            | Instr::LoadElem { dst, s, i, acc }
            | Instr::StoreElem {
                s,
                i,
                src: dst,
                acc,
            } if i32::try_from(acc.size()).is_ok()
                && (moved_inline(acc) || matches!(ins, Instr::IndexAddr { .. })) =>
            {
                let n = acc.slots();
                // In range (unsigned: negative indexes are huge) on the fast
                // path; the runtime builds the panic out of line. Then the
                // element's address in rax is the result, or the place its
                // words are moved from or to.
                let out = self.stub_of(pc, StubKind::Exec);
                self.load_rax(cached, i);
                asm!(self.ops
                    ; cmp rax, QWORD [rbx + slot(s + 1)]
                    ; jae =>out
                );
                self.scale_rax(acc.size());
                asm!(self.ops ; add rax, QWORD [rbx + slot(s)]);
                let after = match (ins, acc.narrow()) {
                    (Instr::IndexAddr { .. }, _) => {
                        self.store_rax(dst);
                        cached.rax_is(dst)
                    }
                    (Instr::LoadElem { .. }, Some(k)) => {
                        self.load_narrow(k, RAX, 0, dst);
                        Cached::default()
                    }
                    (_, Some(k)) => {
                        self.store_narrow(k, RAX, 0, dst);
                        Cached::default()
                    }
                    // rax holds the element's address, no slot.
                    (Instr::LoadElem { .. }, _) if n == 1 => self.load_word(
                        pc,
                        dst,
                        0,
                        Cached {
                            rax: None,
                            ..cached
                        },
                    ),
                    (Instr::LoadElem { .. }, _) => {
                        self.copy(RBX, slot(dst), RAX, 0, n);
                        Cached::default()
                    }
                    _ if n == 1 && cached.xmm0 == Some(dst) => {
                        asm!(self.ops ; movsd QWORD [rax], xmm0);
                        Cached::default()
                    }
                    _ => {
                        self.copy(RAX, 0, RBX, slot(dst), n);
                        Cached::default()
                    }
                };
                self.resume();
                self.cur().cached = after;
            }
            Instr::Reslice {
                dst,
                src,
                bounds,
                acc,
            }
            | Instr::Reslice3 {
                dst,
                src,
                bounds,
                acc,
            } if i32::try_from(acc.size()).is_ok() => {
                // lo <= hi <= max <= cap, unsigned (a negative bound is huge),
                // on the fast path; the runtime builds the panic out of line.
                // (A two-index slicing's max is the capacity.) Everything is
                // read before `dst`, which may be `src`, is written.
                let out = self.stub_of(pc, StubKind::Exec);
                asm!(self.ops
                    ; mov rax, QWORD [rbx + slot(bounds)]
                    ; mov rcx, QWORD [rbx + slot(bounds + 1)]
                    ; mov rdx, QWORD [rbx + slot(bounds + 2)]
                    ; cmp rdx, QWORD [rbx + slot(src + 2)]
                    ; ja =>out
                    ; cmp rcx, rdx
                    ; ja =>out
                    ; cmp rax, rcx
                    ; ja =>out
                    ; mov rsi, QWORD [rbx + slot(src)]
                    ; sub rcx, rax
                    ; sub rdx, rax
                    // A slice of zero capacity keeps no pointer past the
                    // array's end.
                    ; jz >keep
                );
                self.scale_rax(acc.size());
                asm!(self.ops
                    ; add rsi, rax
                    ; keep:
                    ; mov QWORD [rbx + slot(dst)], rsi
                    ; mov QWORD [rbx + slot(dst + 1)], rcx
                    ; mov QWORD [rbx + slot(dst + 2)], rdx
                );
                self.resume();
            }
            Instr::IndexStr { dst, s, i } => {
                // In range on the fast path (strings are bytes, not words);
                // the runtime builds the panic out of line.
                let out = self.stub_of(pc, StubKind::Exec);
                asm!(self.ops
                    ; mov rax, QWORD [rbx + slot(i)]
                    ; cmp rax, QWORD [rbx + slot(s + 1)]
                    ; jae =>out
                    ; mov rcx, QWORD [rbx + slot(s)]
                    ; movzx eax, BYTE [rcx + rax]
                );
                self.store_rax(dst);
                self.resume();
            }
            Instr::DecodeRune { dst, s, i } => {
                // An ASCII byte is its own rune, of width 1; the runtime
                // decodes anything else out of line.
                let out = self.stub_of(pc, StubKind::Exec);
                asm!(self.ops
                    ; mov rax, QWORD [rbx + slot(i)]
                    ; mov rcx, QWORD [rbx + slot(s)]
                    ; movzx eax, BYTE [rcx + rax]
                    ; cmp eax, 0x80
                    ; jae =>out
                    ; mov QWORD [rbx + slot(dst)], rax
                    ; mov QWORD [rbx + slot(dst + 1)], 1
                );
                self.resume();
            }
            Instr::IfaceMethod { dst, iface, .. } if dst >= iface + 2 || dst < iface => {
                // An inline cache of the last dynamic type and its method;
                // on a miss the runtime finds the method (or panics) and its
                // answer fills the cache.
                let at = 16 * self.iface_sites as i32;
                self.iface_sites += 1;
                asm!(self.ops
                    ; mov rcx, QWORD [r12 + ctx::ITAB_CACHE]
                    ; mov rax, QWORD [rbx + slot(iface)]
                    ; cmp rax, QWORD [rcx + at]
                    ; jne >miss
                    ; mov rax, QWORD [rcx + at + 8]
                    ; mov QWORD [rbx + slot(dst)], rax
                    ; jmp >done
                    ; miss:
                );
                self.arg_ctx(true);
                asm!(self.ops ; mov edx, pc as i32);
                self.call(Helper::Exec);
                self.check_status();
                asm!(self.ops
                    ; mov rcx, QWORD [r12 + ctx::ITAB_CACHE]
                    ; mov rax, QWORD [rbx + slot(iface)]
                    ; mov QWORD [rcx + at], rax
                    ; mov rax, QWORD [rbx + slot(dst)]
                    ; mov QWORD [rcx + at + 8], rax
                    ; done:
                );
            }
            Instr::EqIface { dst, a, b } => {
                // Different dynamic types are unequal and two nil interfaces
                // equal (`err != nil`) on the fast path; the runtime compares
                // values of one type out of line.
                let out = self.stub_of(pc, StubKind::Exec);
                asm!(self.ops
                    ; mov rax, QWORD [rbx + slot(a)]
                    ; cmp rax, QWORD [rbx + slot(b)]
                    ; jne >differ
                    ; test rax, rax
                    ; jnz =>out
                    ; mov eax, 1
                    ; jmp >set
                    ; differ:
                    ; xor eax, eax
                    ; set:
                );
                self.store_rax(dst);
                self.resume();
            }
            // Only liveness sees it.
            Instr::KeepAlive { .. } => {}
            Instr::NilCheck { ptr } => {
                // Not nil on the fast path; the runtime builds the panic
                // out of line.
                let out = self.stub_of(pc, StubKind::Exec);
                asm!(self.ops
                    ; cmp QWORD [rbx + slot(ptr)], 0
                    ; je =>out
                );
                self.resume();
            }
            Instr::NegInt { dst, a } => {
                asm!(self.ops ; mov rax, QWORD [rbx + slot(a)] ; neg rax);
                self.store_rax(dst);
            }
            Instr::ComInt { dst, a } => {
                asm!(self.ops ; mov rax, QWORD [rbx + slot(a)] ; not rax);
                self.store_rax(dst);
            }
            Instr::Not { dst, a } => {
                asm!(self.ops
                    ; cmp QWORD [rbx + slot(a)], 0
                    ; sete al
                    ; movzx eax, al
                );
                self.store_rax(dst);
            }
            Instr::EqInt { dst, a, b }
            | Instr::NeInt { dst, a, b }
            | Instr::LtInt { dst, a, b }
            | Instr::LeInt { dst, a, b } => self.compare(dst, a, b, ins),
            Instr::AddFloat { dst, a, b } | Instr::MulFloat { dst, a, b } => {
                // Commutative: whichever operand xmm0 holds goes first.
                let (a, b) = if cached.xmm0 == Some(b) {
                    (b, a)
                } else {
                    (a, b)
                };
                self.load_xmm0(cached, a);
                if matches!(ins, Instr::AddFloat { .. }) {
                    asm!(self.ops ; addsd xmm0, QWORD [rbx + slot(b)]);
                } else {
                    asm!(self.ops ; mulsd xmm0, QWORD [rbx + slot(b)]);
                }
                self.store_xmm0(dst);
                self.cur().cached = cached.xmm0_is(dst);
            }
            Instr::SubFloat { dst, a, b } | Instr::DivFloat { dst, a, b } => {
                self.load_xmm0(cached, a);
                if matches!(ins, Instr::SubFloat { .. }) {
                    asm!(self.ops ; subsd xmm0, QWORD [rbx + slot(b)]);
                } else {
                    asm!(self.ops ; divsd xmm0, QWORD [rbx + slot(b)]);
                }
                self.store_xmm0(dst);
                self.cur().cached = cached.xmm0_is(dst);
            }
            Instr::EqFloat { dst, a, b } => {
                // Equal and ordered: ZF set, PF clear (NaN sets both).
                asm!(self.ops
                    ; movsd xmm0, QWORD [rbx + slot(a)]
                    ; ucomisd xmm0, QWORD [rbx + slot(b)]
                    ; sete al
                    ; setnp cl
                    ; and al, cl
                    ; movzx eax, al
                );
                self.store_rax(dst);
            }
            Instr::LtFloat { dst, a, b } | Instr::LeFloat { dst, a, b } => {
                // a < b as b > a (and a <= b as b >= a): an unordered
                // comparison sets CF, so NaN gives false.
                asm!(self.ops
                    ; movsd xmm0, QWORD [rbx + slot(b)]
                    ; ucomisd xmm0, QWORD [rbx + slot(a)]
                );
                if matches!(ins, Instr::LtFloat { .. }) {
                    asm!(self.ops ; seta al);
                } else {
                    asm!(self.ops ; setae al);
                }
                asm!(self.ops ; movzx eax, al);
                self.store_rax(dst);
            }
            Instr::SqrtFloat { dst, a } => {
                if cached.xmm0 == Some(a) {
                    asm!(self.ops ; sqrtsd xmm0, xmm0);
                } else {
                    asm!(self.ops ; sqrtsd xmm0, QWORD [rbx + slot(a)]);
                }
                self.store_xmm0(dst);
                self.cur().cached = cached.xmm0_is(dst);
            }
            Instr::NegFloat { dst, a } => {
                asm!(self.ops ; mov rax, QWORD [rbx + slot(a)] ; btc rax, 63);
                self.store_rax(dst);
            }
            Instr::RoundF32 { dst, a } => {
                asm!(self.ops
                    ; movsd xmm0, QWORD [rbx + slot(a)]
                    ; cvtsd2ss xmm0, xmm0
                    ; cvtss2sd xmm0, xmm0
                );
                self.store_xmm0(dst);
            }
            Instr::IntToFloat { dst, a, f32 } => {
                if f32 {
                    asm!(self.ops
                        ; cvtsi2ss xmm0, QWORD [rbx + slot(a)]
                        ; cvtss2sd xmm0, xmm0
                    );
                } else {
                    asm!(self.ops ; cvtsi2sd xmm0, QWORD [rbx + slot(a)]);
                }
                self.store_xmm0(dst);
            }
            Instr::FloatToInt { dst, a, bits } => {
                if bits == 32 {
                    asm!(self.ops
                        ; cvttsd2si eax, QWORD [rbx + slot(a)]
                        ; movsxd rax, eax
                    );
                } else {
                    asm!(self.ops ; cvttsd2si rax, QWORD [rbx + slot(a)]);
                }
                self.store_rax(dst);
            }
            Instr::Concat { dst, a, b } => {
                self.arg_ctx(false);
                for (i, s) in [a, a + 1, b, b + 1].into_iter().enumerate() {
                    self.arg_slot(i + 1, s);
                }
                self.call(Helper::Concat);
                self.store_pair(dst);
            }
            Instr::EqStr { dst, a, b }
            | Instr::LtStr { dst, a, b }
            | Instr::LeStr { dst, a, b } => self.compare_str(dst, a, b, ins),
            Instr::LenStr { dst, a } => self.copy(RBX, slot(dst), RBX, slot(a + 1), 1),
            Instr::MakeIface { dst, src, ty } => {
                self.arg_ctx(false);
                asm!(self.ops
                    ; mov esi, ty as i32
                    ; lea rdx, [rbx + slot(src)]
                );
                self.call(Helper::MakeIface);
                self.store_pair(dst);
            }
            Instr::Jmp { to } => {
                let target = self.cur().pcs[to as usize];
                if to <= pc {
                    self.back_edge(pc);
                }
                asm!(self.ops ; jmp =>target);
            }
            Instr::JmpIf { cond, to } | Instr::JmpIfNot { cond, to } if to <= pc => {
                // A conditional back-edge: when taken, check for an
                // interrupt first.
                let target = self.cur().pcs[to as usize];
                let skip = self.ops.new_dynamic_label();
                asm!(self.ops ; cmp QWORD [rbx + slot(cond)], 0);
                if matches!(ins, Instr::JmpIf { .. }) {
                    asm!(self.ops ; je =>skip);
                } else {
                    asm!(self.ops ; jne =>skip);
                }
                self.back_edge(pc);
                asm!(self.ops ; jmp =>target ; =>skip);
            }
            Instr::JmpEq { a, b, to }
            | Instr::JmpNe { a, b, to }
            | Instr::JmpGe { a, b, to }
            | Instr::JmpGt { a, b, to }
            | Instr::JmpGeU { a, b, to }
            | Instr::JmpGtU { a, b, to } => {
                self.load_rax(cached, a);
                asm!(self.ops ; cmp rax, QWORD [rbx + slot(b)]);
                // Falling through, rax still holds R[a].
                self.cur().cached = Cached {
                    rax: Some(a),
                    ..cached
                };
                let cond = match ins {
                    Instr::JmpEq { .. } => Cond::Eq,
                    Instr::JmpNe { .. } => Cond::Ne,
                    Instr::JmpGe { .. } => Cond::Ge,
                    Instr::JmpGt { .. } => Cond::Gt,
                    Instr::JmpGeU { .. } => Cond::GeU,
                    _ => Cond::GtU,
                };
                self.branch(pc, to, cond);
            }
            Instr::JmpEqK { a, k, to }
            | Instr::JmpNeK { a, k, to }
            | Instr::JmpLtK { a, k, to }
            | Instr::JmpGeK { a, k, to }
            | Instr::JmpLtUK { a, k, to }
            | Instr::JmpGeUK { a, k, to } => {
                if cached.rax == Some(a) {
                    asm!(self.ops ; cmp rax, k);
                } else {
                    asm!(self.ops ; cmp QWORD [rbx + slot(a)], k);
                }
                self.cur().cached = cached;
                let cond = match ins {
                    Instr::JmpEqK { .. } => Cond::Eq,
                    Instr::JmpNeK { .. } => Cond::Ne,
                    Instr::JmpLtK { .. } => Cond::Lt,
                    Instr::JmpGeK { .. } => Cond::Ge,
                    Instr::JmpLtUK { .. } => Cond::LtU,
                    _ => Cond::GeU,
                };
                self.branch(pc, to, cond);
            }
            Instr::JmpIf { cond, to } | Instr::JmpIfNot { cond, to } => {
                if cached.rax == Some(cond) {
                    asm!(self.ops ; test rax, rax);
                } else {
                    asm!(self.ops ; cmp QWORD [rbx + slot(cond)], 0);
                }
                let when = if matches!(ins, Instr::JmpIf { .. }) {
                    Cond::Ne
                } else {
                    Cond::Eq
                };
                self.branch(pc, to, when);
                self.cur().cached = cached;
            }
            Instr::Call { func, base } => {
                let entry = self.entries[func as usize];
                asm!(self.ops
                    ; mov rax, QWORD [r12 + ctx::FUNC_CLOSURES]
                    ; mov rax, QWORD [rax + slot(func)]
                    ; mov ecx, func as i32
                );
                self.callee_header(base);
                asm!(self.ops
                    ; add rbx, slot(base)
                    ; call =>entry
                    ; sub rbx, slot(base)
                );
                self.check_status();
            }
            Instr::CallClosure { callee, base } => {
                let nil = self.stub(pc, RuntimeError::NilDeref);
                asm!(self.ops
                    ; mov rax, QWORD [rbx + slot(callee)]
                    ; test rax, rax
                    ; jz =>nil
                    ; mov rcx, QWORD [rax]
                );
                self.callee_header(base);
                asm!(self.ops
                    ; mov rdx, QWORD [r12 + ctx::ENTRIES]
                    ; add rbx, slot(base)
                    ; call QWORD [rdx + rcx * 8]
                    ; sub rbx, slot(base)
                );
                self.check_status();
                self.resume();
            }
            Instr::CallNative { native, base } => {
                let index = self.natives.iter().position(|n| *n == native);
                let index = index.expect("backend::natives lists every native called");
                self.arg_ctx(true);
                asm!(self.ops
                    ; lea rdx, [rbx + slot(base)]
                    ; mov ecx, index as i32
                );
                self.call(Helper::CallNative);
                self.check_status();
            }
            Instr::Ret => asm!(self.ops ; xor eax, eax ; pop rbp ; ret),
            Instr::MakeClosure { dst, func, caps, n } => {
                self.arg_ctx(false);
                let layout = self.closure_layouts[func as usize];
                asm!(self.ops ; mov esi, (n + 1) as i32 ; mov edx, layout as i32);
                self.call(Helper::Alloc);
                asm!(self.ops ; mov QWORD [rax], func as i32);
                self.copy(RAX, 8, RBX, slot(caps), n);
                self.store_rax(dst);
            }
            Instr::LoadCap { dst, idx, n } => {
                asm!(self.ops ; mov rax, QWORD [rbx + CTX_SLOT]);
                self.copy(RBX, slot(dst), RAX, slot(1 + idx), n);
            }
            Instr::NewBox { dst, n, layout } => {
                self.arg_ctx(false);
                asm!(self.ops ; mov esi, n as i32 ; mov edx, layout as i32);
                self.call(Helper::Alloc);
                self.store_rax(dst);
            }
            Instr::Load {
                dst,
                ptr,
                off,
                acc: Access::WORD,
            }
            | Instr::LoadField {
                dst,
                ptr,
                off,
                acc: Access::WORD,
            } if displacement(off.into(), 1).is_some() => {
                self.load_rax(cached, ptr);
                if matches!(ins, Instr::LoadField { .. }) {
                    self.exec_if_nil(pc, RAX);
                }
                let after = self.load_word(pc, dst, off as i32, cached);
                if matches!(ins, Instr::LoadField { .. }) {
                    self.resume();
                }
                // rax still holds the pointer.
                self.cur().cached = Cached {
                    rax: Some(ptr).filter(|&p| p != dst),
                    ..after
                };
            }
            Instr::Store {
                ptr,
                off,
                src,
                acc: Access::WORD,
            }
            | Instr::StoreField {
                ptr,
                off,
                src,
                acc: Access::WORD,
            } if displacement(off.into(), 1).is_some() => {
                let checked = matches!(ins, Instr::StoreField { .. });
                let at = off as i32;
                if cached.rax == Some(src) {
                    asm!(self.ops ; mov rcx, QWORD [rbx + slot(ptr)]);
                    if checked {
                        self.exec_if_nil(pc, RCX);
                    }
                    asm!(self.ops ; mov QWORD [rcx + at], rax);
                } else {
                    self.load_rax(cached, ptr);
                    if checked {
                        self.exec_if_nil(pc, RAX);
                    }
                    if cached.xmm0 == Some(src) {
                        asm!(self.ops ; movsd QWORD [rax + at], xmm0);
                    } else {
                        self.copy(RAX, at, RBX, slot(src), 1);
                    }
                }
                if checked {
                    self.resume();
                }
            }
            Instr::Load { dst, ptr, off, acc }
            | Instr::LoadField { dst, ptr, off, acc }
            | Instr::Store {
                ptr,
                off,
                src: dst,
                acc,
            }
            | Instr::StoreField {
                ptr,
                off,
                src: dst,
                acc,
            } if moved_inline(acc) => {
                let n = acc.slots();
                asm!(self.ops ; mov rax, QWORD [rbx + slot(ptr)]);
                // Through a Go pointer: not nil on the fast path; the
                // runtime builds the panic out of line.
                let checked = matches!(ins, Instr::LoadField { .. } | Instr::StoreField { .. });
                if checked {
                    self.exec_if_nil(pc, RAX);
                }
                let disp = self.reach_rax(off.into(), n);
                let load = matches!(ins, Instr::Load { .. } | Instr::LoadField { .. });
                match (acc.narrow(), load) {
                    (Some(k), true) => self.load_narrow(k, RAX, disp, dst),
                    (Some(k), false) => self.store_narrow(k, RAX, disp, dst),
                    (None, true) => self.copy(RBX, slot(dst), RAX, disp, n),
                    (None, false) => self.copy(RAX, disp, RBX, slot(dst), n),
                }
                if checked {
                    self.resume();
                }
            }
            Instr::DeferProc { closure } => {
                self.arg_ctx(true);
                self.arg_slot(2, closure);
                self.call(Helper::DeferProc);
            }
            Instr::DeferReturn => {
                // The single exit path: a bare `call` of the thunk, with no
                // padding before it; recovery jumps to this very instruction.
                let (_, call) = self
                    .cur()
                    .deferreturn
                    .expect("check_func matched deferreturn_pc");
                let thunk = self.deferreturn_thunk;
                let at = self.ops.offset().0 - self.cur().start.0;
                self.cur().deferreturn_call = Some(at);
                asm!(self.ops ; =>call ; call =>thunk);
                self.check_status();
            }
            Instr::Panic { src } => {
                self.arg_ctx(true);
                self.arg_slot(2, src);
                self.arg_slot(3, src + 1);
                self.call(Helper::GoPanic);
                self.check_status();
            }
            Instr::Recover { dst } => {
                self.arg_ctx(true);
                self.call(Helper::GoRecover);
                self.store_pair(dst);
            }
            Instr::PrintInt { src } => {
                self.arg_slot(0, src);
                self.call(Helper::PrintInt);
            }
            Instr::PrintBool { src } => {
                self.arg_slot(0, src);
                self.call(Helper::PrintBool);
            }
            Instr::PrintStr { src } => {
                self.arg_slot(0, src);
                self.arg_slot(1, src + 1);
                self.call(Helper::PrintStr);
            }
            Instr::PrintIface { src } => {
                self.arg_slot(0, src);
                self.arg_slot(1, src + 1);
                self.call(Helper::PrintIface);
            }
            Instr::PrintPtr { src } => {
                self.arg_slot(0, src);
                self.call(Helper::PrintPtr);
            }
            Instr::PrintSp => self.call(Helper::PrintSp),
            Instr::PrintNl => self.call(Helper::PrintNl),
            // Everything else is a runtime instruction: the shared
            // `interp::runtime::exec` runs it, as in the interpreter.
            _ => {
                self.arg_ctx(true);
                asm!(self.ops ; mov edx, pc as i32);
                self.call(Helper::Exec);
                self.check_status();
            }
        }
    }
}

impl Backend for X64Backend {
    fn prologue(&mut self, id: FuncId, func: &Func) {
        let start = self.ops.offset();
        let entry = self.entries[id as usize];
        let pcs = func
            .code
            .iter()
            .map(|_| self.ops.new_dynamic_label())
            .collect();
        let state = FuncState {
            start,
            pcs,
            pc_map: Vec::with_capacity(func.code.len()),
            unwind: self.ops.new_dynamic_label(),
            overflow: self.ops.new_dynamic_label(),
            deferreturn: func
                .deferreturn_pc
                .map(|pc| (pc, self.ops.new_dynamic_label())),
            deferreturn_call: None,
            stubs: Vec::new(),
            targets: jump_targets(func),
            float_operand: func.code.iter().map(float_operand).collect(),
            cached: Cached::default(),
        };
        let overflow = state.overflow;
        self.func = Some(state);
        asm!(self.ops
            ; =>entry
            ; push rbp
            ; mov rbp, rsp
            ; lea rax, [rbx + slot(func.frame_size)]
            ; cmp rax, QWORD [r12 + ctx::STACK_LIMIT]
            ; ja =>overflow
        );
        if func.result_words > 0 {
            asm!(self.ops ; xor eax, eax);
            for i in 0..func.result_words {
                self.store_rax(HEADER as u32 + i);
            }
        }
        // Function entry is a preemption point, as loop back-edges are.
        self.back_edge(0);
    }

    fn emit(&mut self, pc: Pc, ins: &Instr) {
        let start = self.cur().start;
        let offset = self.ops.offset().0 - start.0;
        let label = self.cur().pcs[pc as usize];
        self.cur().pc_map.push((pc, offset));
        asm!(self.ops ; =>label);
        if ins.may_unwind() {
            // Traces and recovery read the PC slot of every frame that is
            // calling or panicking. Checks that panic out of line store it
            // in their stub instead, off the fast path.
            match ins {
                Instr::DivInt { .. }
                | Instr::RemInt { .. }
                | Instr::ShlInt { .. }
                | Instr::ShrInt { .. }
                | Instr::ShrUint { .. }
                | Instr::IndexAddr { .. }
                | Instr::LoadElem { .. }
                | Instr::StoreElem { .. }
                | Instr::Reslice { .. }
                | Instr::Reslice3 { .. }
                | Instr::IndexStr { .. }
                | Instr::DecodeRune { .. }
                | Instr::EqIface { .. }
                | Instr::NilCheck { .. }
                | Instr::LoadField { .. }
                | Instr::StoreField { .. } => {}
                _ => self.set_pc(pc),
            }
        }
        let f = self.cur();
        let cached = if f.targets[pc as usize] {
            Cached::default()
        } else {
            std::mem::take(&mut f.cached)
        };
        f.cached = Cached::default();
        let first_stub = f.stubs.len();
        self.instr(pc, ins, cached);
        // A stub that resumes gives the registers back what the code after
        // this instruction expects.
        let f = self.cur();
        let after = f.cached;
        for stub in &mut f.stubs[first_stub..] {
            stub.reload = after;
        }
    }

    fn epilogue(&mut self) -> CompiledFunc {
        let f = self.func.take().expect("inside a function");
        // Bytecode never runs off its end; if it did, trap here rather than
        // run into the next function.
        asm!(self.ops ; ud2);
        let raise = self.helpers[Helper::RuntimeError as usize];
        let exec = self.helpers[Helper::Exec as usize];
        for stub in &f.stubs {
            let (helper, word) = match stub.kind {
                StubKind::Raise(e) => (raise, e.code()),
                StubKind::Exec => (exec, stub.pc as i32),
            };
            asm!(self.ops
                ; =>stub.entry
                ; mov QWORD [rbx + PC_SLOT], stub.pc as i32
                ; mov rdi, r12
                ; mov rsi, rbx
                ; mov edx, word
                ; call QWORD [=>helper]
                ; test eax, eax
                ; jnz =>f.unwind
            );
            if let Some(s) = stub.reload.rax {
                asm!(self.ops ; mov rax, QWORD [rbx + slot(s)]);
            }
            if let Some(s) = stub.reload.xmm0 {
                asm!(self.ops ; movsd xmm0, QWORD [rbx + slot(s)]);
            }
            asm!(self.ops ; jmp =>stub.resume);
        }
        asm!(self.ops ; =>f.unwind);
        if let Some((pc, call)) = f.deferreturn {
            // Only a frame that defers can be where a recovered panic stops.
            let stops = self.helpers[Helper::UnwindingStopsAt as usize];
            asm!(self.ops
                ; mov rdi, r12
                ; mov rsi, rbx
                ; call QWORD [=>stops]
                ; test eax, eax
                ; jz >propagate
                ; mov QWORD [rbx + PC_SLOT], pc as i32
                ; jmp =>call
                ; propagate:
                ; mov eax, 1
            );
        }
        // rax holds status 1 (unwinding).
        asm!(self.ops ; pop rbp ; ret);
        let overflow = self.helpers[Helper::StackOverflow as usize];
        asm!(self.ops
            ; =>f.overflow
            ; mov rdi, r12
            ; mov rsi, rbx
            ; call QWORD [=>overflow]
            ; pop rbp
            ; ret
        );
        CompiledFunc {
            code_offset: f.start.0,
            code_len: self.ops.offset().0 - f.start.0,
            deferreturn_call: f.deferreturn_call,
            pc_map: f.pc_map,
        }
    }

    fn finish(mut self) -> Result<Code, JitError> {
        let thunk = self.deferreturn_thunk;
        let deferreturn = self.helpers[Helper::DeferReturn as usize];
        let mut symbols = vec![(self.ops.offset().0, Helper::DeferReturn.name())];
        asm!(self.ops
            ; =>thunk
            ; mov rdi, r12
            ; mov rsi, rbx
            ; jmp QWORD [=>deferreturn]
        );
        // extern "sysv64" fn(ctx, frame, entry) -> status word.
        let trampoline = self.ops.offset().0;
        asm!(self.ops
            ; push rbp
            ; mov rbp, rsp
            ; push rbx
            ; push r12
            ; mov r12, rdi
            ; mov rbx, rsi
            ; call rdx
            ; pop r12
            ; pop rbx
            ; pop rbp
            ; ret
            ; .align 8
        );
        for (h, &word) in Helper::ALL.iter().zip(&self.helpers) {
            symbols.push((self.ops.offset().0, h.name()));
            asm!(self.ops ; =>word ; .u64 h.addr());
        }
        let err = |reason: String| JitError {
            func: String::new(),
            instr: None,
            reason,
        };
        self.ops
            .commit()
            .map_err(|e| err(format!("assembler: {e}")))?;
        let code = self
            .ops
            .finalize()
            .map_err(|_| err("code memory still in use".into()))?;
        Ok(Code {
            code,
            trampoline,
            symbols,
        })
    }
}

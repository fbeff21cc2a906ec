//! Per-function compilation state: slot allocation, variable locations,
//! code emission, and the function's single exit path.

use std::collections::{HashMap, HashSet};

use grammar::ast::{self, NodeId, Span};

use super::{Module, liveness, ptrmask};
use crate::bytecode::{Access, FuncId, Instr, Pc, Slot, SlotUse};
use crate::program::{Layout, OpenDefers};
use crate::runtime::stack::{CTX, HEADER, STACK_SLOTS};
use crate::types::{FuncInfo, ObjId, Signature, TypeId};

/// Where a variable lives.
#[derive(Clone, Copy, Debug)]
pub(super) enum VarLoc {
    /// In frame slots from this one, in slot form.
    Slot(Slot),
    /// At byte `off` (below 8) of the memory form that the frame slots
    /// from `slot` hold: a field or element of a struct or array in the
    /// frame that is a scalar narrower than its slot form, or not a whole
    /// number of words, or not at a word boundary.
    SlotPart { slot: Slot, off: u32 },
    /// In a heap cell whose address is in this slot (captured variables).
    Boxed(Slot),
    /// In a heap cell whose address is captured word `idx` of the running
    /// closure (a variable of an enclosing function).
    Captured(u32),
    /// `off` bytes into the object whose address is in slot `ptr`: a field
    /// of a heap cell, or, when `nil_check`, the target of a Go pointer,
    /// which reading, writing or taking the address of panics on when nil
    /// (Go's nil checks sit where the pointer is used, not where it is
    /// evaluated).
    Ptr {
        ptr: Slot,
        off: u32,
        nil_check: bool,
    },
    /// In the globals area (memory form) at this word offset.
    Global(u32),
}

/// Values of more words than this do not live in frame slots when the
/// compiler can avoid it (Go's "moved to heap" for large locals): such a
/// local gets a heap cell, and boxing one in an interface or building one
/// by a composite literal works in memory. A goroutine's slot stack
/// (256 Ki words) would otherwise hold only a few of them.
pub(super) const LARGE_VALUE_WORDS: u32 = 1 << 14;

/// What a frame slot may hold over a function, for its stackmap: the
/// greatest of what the values put in it hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum SlotKind {
    Scalar,
    /// An interface's data word (the slot before holds its type word).
    IfaceData,
    /// A pointer, or a value of a type the compiler did not say.
    Pointer,
}

/// A loop or switch being compiled: the jumps of the `break`s (and, for a
/// loop, `continue`s) that leave it, patched when its end is known.
pub(super) struct Loop {
    pub label: Option<String>,
    pub is_loop: bool,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
}

/// A branch a range-over-func loop body takes to outside it, by label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum OuterBranch {
    Break(String),
    Continue(String),
    Goto(String),
}

pub(super) struct FuncCompiler<'m, 'a> {
    pub m: &'m mut Module<'a>,
    pub id: FuncId,
    pub code: Vec<Instr>,
    lines: Vec<u32>,
    files: Vec<u32>,
    /// The position (file index, line) the next instructions get.
    pub pos: (u32, u32),
    /// First free slot; everything below is a live local or temporary.
    pub top: Slot,
    /// Slots below this are locals of open blocks; temporaries sit above.
    pub locals_top: Slot,
    max_slot: Slot,
    /// What each slot below `max_slot` may hold, for the stackmap.
    kinds: Vec<SlotKind>,
    pub vars: HashMap<ObjId, VarLoc>,
    pub loops: Vec<Loop>,
    /// The pc of each label, and the `goto`s waiting for one.
    pub labels: HashMap<String, Pc>,
    pub gotos: Vec<(usize, String)>,
    /// Jumps to the exit path, patched when it is emitted.
    pub exits: Vec<usize>,
    /// Named results held in heap cells, copied out on exit: (cell slot, result slot, words).
    boxed_results: Vec<(Slot, Slot, Access)>,
    pub result_slots: Vec<(Slot, TypeId)>,
    pub named_results: Vec<Option<ObjId>>,
    pub has_defer: bool,
    /// The function's open-coded defers, and how many `defer` statements
    /// have been compiled so far.
    pub open_defers: Option<(OpenDefers, u32)>,
    /// Count of function literals and defer wrappers made so far, for names.
    pub lits: u32,
    pub wraps: u32,
    /// Range-over-func loop bodies compiled so far (they are named
    /// `F-rangeN`).
    pub range_bodies: u32,
    /// In a range-over-func loop body, the `break`s, `continue`s and
    /// `goto`s (with their labels) to outside it that it takes: the loop
    /// state `3 + i` asks the enclosing code to take the `i`th.
    pub outer_branches: Vec<OuterBranch>,
    pub info_func: Option<&'a FuncInfo>,
    /// Calls of the statement being compiled that already ran, by node,
    /// with the temporaries holding their values (see `order`).
    pub hoisted: HashMap<NodeId, Slot>,
    /// Expressions whose operands were put in Go's order already.
    pub ordered: HashSet<NodeId>,
    /// Every call's pc with the first slot above its arguments, for
    /// liveness.
    call_ends: Vec<(Pc, Slot)>,
    /// Slot ranges read through pointers into the frame (`SlotAddr`).
    pinned: Vec<(Slot, u32)>,
    /// The value slots `Select`s read (sends) or write (receives) through
    /// their case tables, by pc.
    case_values: Vec<(Pc, SlotUse, Slot, u32)>,
}

impl<'m, 'a> FuncCompiler<'m, 'a> {
    /// A compiler for the Go function `id` described by `fi`.
    pub fn new(m: &'m mut Module<'a>, id: FuncId, fi: &'a FuncInfo, closure: bool) -> Self {
        let info = m.info;
        let sig = info
            .types
            .signature(fi.sig)
            .expect("functions have signatures")
            .clone();
        let mut fc = Self::bare(m, id);
        fc.info_func = Some(fi);
        fc.has_defer = fi.has_defer;
        let mut slot = HEADER as Slot;
        for &t in &sig.results {
            fc.result_slots.push((slot, t));
            fc.mark_typed(slot, t);
            slot += info.types.words(t);
        }
        let result_words = slot - HEADER as Slot;
        let mut params = Vec::new();
        for &t in &sig.params {
            params.push(slot);
            fc.mark_typed(slot, t);
            slot += info.types.words(t);
        }
        fc.top = slot;
        fc.locals_top = slot;
        fc.max_slot = slot;
        {
            let f = &mut fc.m.prog.funcs[id as usize];
            f.result_words = result_words;
            f.param_words = slot - HEADER as Slot - result_words;
        }
        if closure {
            for (i, &obj) in fi.captures.iter().enumerate() {
                fc.vars.insert(obj, VarLoc::Captured(i as u32));
            }
        }
        // Parameters and named results: in their slots, or moved to heap
        // cells when a closure captures them.
        for (obj, slot) in fi.params.iter().zip(params) {
            if let Some(obj) = *obj {
                fc.bind_incoming(obj, slot, None);
            }
        }
        fc.named_results = fi.results.clone();
        for (obj, (slot, _)) in fi.results.clone().iter().zip(fc.result_slots.clone()) {
            if let Some(obj) = *obj {
                fc.bind_incoming(obj, slot, Some(slot));
            }
        }
        // Where a range-over-func loop's `return` leaves the results.
        for &obj in &fi.range_results {
            fc.declare_var(obj);
        }
        if let Some(frame) = fi.range_frame {
            let loc = fc.declare_var(frame);
            let base = fc.alloc(1);
            fc.emit(Instr::FrameBase { dst: base });
            fc.store_var(loc, crate::types::ids::INT, base);
            fc.end_stmt();
        }
        if fi.open_coded_defers() {
            let mask = fc.alloc_local(1);
            let closures = fc.alloc_local(fi.defers);
            fc.emit(Instr::LoadInt { dst: mask, k: 0 });
            fc.open_defers = Some((OpenDefers { mask, closures }, 0));
        }
        fc
    }

    fn bare(m: &'m mut Module<'a>, id: FuncId) -> Self {
        FuncCompiler {
            m,
            id,
            code: Vec::new(),
            lines: Vec::new(),
            files: Vec::new(),
            pos: (0, 0),
            top: HEADER as Slot,
            locals_top: HEADER as Slot,
            max_slot: HEADER as Slot,
            kinds: {
                let mut k = vec![SlotKind::Scalar; HEADER];
                k[CTX] = SlotKind::Pointer;
                k
            },
            vars: HashMap::new(),
            loops: Vec::new(),
            labels: HashMap::new(),
            gotos: Vec::new(),
            exits: Vec::new(),
            boxed_results: Vec::new(),
            result_slots: Vec::new(),
            named_results: Vec::new(),
            has_defer: false,
            open_defers: None,
            lits: 0,
            wraps: 0,
            range_bodies: 0,
            outer_branches: Vec::new(),
            info_func: None,
            hoisted: HashMap::new(),
            ordered: HashSet::new(),
            call_ends: Vec::new(),
            pinned: Vec::new(),
            case_values: Vec::new(),
        }
    }

    /// A compiler for a compiler-made function without parameters or results.
    pub fn new_synthetic(m: &'m mut Module<'a>, id: FuncId) -> Self {
        Self::bare(m, id)
    }

    /// A compiler for a compiler-made function with the parameters and
    /// results of `sig` (a method value's bound function).
    pub fn new_bound(m: &'m mut Module<'a>, id: FuncId, sig: &Signature) -> Self {
        let mut fc = Self::bare(m, id);
        let words = |ts: &[TypeId]| -> u32 { ts.iter().map(|&t| fc.m.info.types.words(t)).sum() };
        let (rw, pw) = (words(&sig.results), words(&sig.params));
        let top = HEADER as Slot + rw + pw;
        let mut at = HEADER as Slot;
        for &t in sig.results.iter().chain(&sig.params) {
            fc.mark_typed(at, t);
            at += fc.m.info.types.words(t);
        }
        fc.top = top;
        fc.locals_top = top;
        fc.max_slot = top;
        let f = &mut fc.m.prog.funcs[id as usize];
        f.result_words = rw;
        f.param_words = pw;
        fc
    }

    /// A compiler for the program's entry function.
    pub fn new_entry(m: &'m mut Module<'a>, id: FuncId) -> Self {
        Self::bare(m, id)
    }

    /// Binds a parameter or named result arriving in `slot`; a captured one
    /// is copied into a fresh heap cell (a result is copied back on exit).
    fn bind_incoming(&mut self, obj: ObjId, slot: Slot, result: Option<Slot>) {
        let o = self.m.info.obj(obj);
        let words = self.m.info.types.words(o.ty);
        if !o.captured {
            self.vars.insert(obj, VarLoc::Slot(slot));
            return;
        }
        let cell = self.alloc_local(1);
        let layout = self.m.layout(o.ty);
        self.emit(Instr::NewBox {
            dst: cell,
            n: words,
            layout,
        });
        let acc = self.m.info.types.access(o.ty);
        if result.is_none() {
            self.emit(Instr::Store {
                ptr: cell,
                off: 0,
                src: slot,
                acc,
            });
        } else {
            self.boxed_results.push((cell, slot, acc));
        }
        self.vars.insert(obj, VarLoc::Boxed(cell));
    }

    pub fn emit(&mut self, i: Instr) -> usize {
        if matches!(
            i,
            Instr::Call { .. } | Instr::CallClosure { .. } | Instr::CallNative { .. }
        ) {
            // The call's area is the last thing allocated: its arguments
            // end at or below the top.
            self.call_ends.push((self.pc(), self.top));
        }
        self.code.push(i);
        self.files.push(self.pos.0);
        self.lines.push(self.pos.1);
        self.code.len() - 1
    }

    pub fn pc(&self) -> Pc {
        self.code.len() as Pc
    }

    pub fn set_line(&mut self, span: Span) {
        self.pos = self.m.position(span.start);
    }

    /// Emits `i` at position `pos`, the instructions after it staying at
    /// the current one.
    pub fn emit_at(&mut self, pos: (u32, u32), i: Instr) -> usize {
        let cur = std::mem::replace(&mut self.pos, pos);
        let at = self.emit(i);
        self.pos = cur;
        at
    }

    /// Emits the check of an index or slice expression whose operand is
    /// `x` at the position of its `[`, where Go reports a failed check.
    pub fn emit_at_lbrack(&mut self, x: &ast::Expr, i: Instr) -> usize {
        let pos = self.m.next_token_position(x.span.end);
        self.emit_at(pos, i)
    }

    /// Points the jump at `at` to `to`.
    pub fn patch(&mut self, at: usize, to: Pc) {
        let ins = &mut self.code[at];
        match ins.jump_target_mut() {
            Some(t) => *t = to,
            None => unreachable!("patching a non-jump {ins:?}"),
        }
    }

    /// `n` fresh temporary slots, released at the end of the statement;
    /// the stackmap counts them as pointer slots.
    pub fn alloc(&mut self, n: u32) -> Slot {
        let s = self.top;
        self.top += n;
        self.max_slot = self.max_slot.max(self.top);
        self.mark(s, n, SlotKind::Pointer);
        s
    }

    /// `n` slots for a local that lives until its block ends. Only valid
    /// between statements or before a statement's temporaries.
    pub fn alloc_local(&mut self, n: u32) -> Slot {
        debug_assert_eq!(
            self.top, self.locals_top,
            "locals are allocated before temporaries"
        );
        let s = self.alloc(n);
        self.locals_top = self.top;
        s
    }

    /// Temporary slots for a value of type `ty` (at least one), which the
    /// stackmap counts by the type's pointer words.
    pub fn alloc_typed(&mut self, ty: TypeId) -> Slot {
        let s = self.top;
        self.top += self.m.info.types.words(ty).max(1);
        self.max_slot = self.max_slot.max(self.top);
        self.mark(s, 1, SlotKind::Scalar);
        self.mark_typed(s, ty);
        s
    }

    /// Slots for a local of type `ty`, as [`Self::alloc_typed`].
    pub fn alloc_local_typed(&mut self, ty: TypeId) -> Slot {
        debug_assert_eq!(
            self.top, self.locals_top,
            "locals are allocated before temporaries"
        );
        let s = self.alloc_typed(ty);
        self.locals_top = self.top;
        s
    }

    /// Records that slots `at..+n` may hold values of kind `kind`. Slots
    /// past the largest slot stack are not recorded: a frame reaching them
    /// is never entered (a stack overflow instead).
    fn mark(&mut self, at: Slot, n: u32, kind: SlotKind) {
        let end = (at as usize + n as usize).min(STACK_SLOTS);
        if at as usize >= end {
            return;
        }
        if self.kinds.len() < end {
            self.kinds.resize(end, SlotKind::Scalar);
        }
        for k in &mut self.kinds[at as usize..end] {
            *k = (*k).max(kind);
        }
    }

    /// Records that the slots from `at` may hold a value of type `ty`.
    fn mark_typed(&mut self, at: Slot, ty: TypeId) {
        let t = &self.m.info.types;
        let mut l = Layout::default();
        ptrmask(t, ty, 0, &mut l);
        self.mark(at, t.words(ty), SlotKind::Scalar);
        for p in l.ptrs {
            self.mark(at + p, 1, SlotKind::Pointer);
        }
        for d in l.ifaces {
            self.mark(at + d, 1, SlotKind::IfaceData);
        }
    }

    /// `R[dst] := &R[slot]`, a pointer to the `words` slots from `slot`,
    /// which liveness then pins (code reads them through the pointer).
    pub fn slot_addr(&mut self, dst: Slot, slot: Slot, words: u32) {
        self.pinned.push((slot, words));
        self.emit(Instr::SlotAddr { dst, slot });
    }

    /// Records for liveness that the `Select` at `pc` reads (a send) or
    /// writes (a receive) the `words` value slots from `v`.
    pub fn case_value(&mut self, pc: Pc, send: bool, v: Slot, words: u32) {
        let kind = if send { SlotUse::Read } else { SlotUse::Write };
        self.case_values.push((pc, kind, v, words));
    }

    /// The slots that may hold pointers anywhere in the function, from
    /// what its slots may hold.
    fn pointer_slots(&self) -> Layout {
        if self.max_slot as usize > STACK_SLOTS {
            // Never entered: no stack holds the frame.
            return Layout {
                words: self.max_slot,
                ..Layout::default()
            };
        }
        let slots = |kind| {
            (0..self.max_slot)
                .filter(|&i| self.kinds.get(i as usize) == Some(&kind))
                .collect()
        };
        Layout {
            words: self.max_slot,
            ptrs: slots(SlotKind::Pointer),
            ifaces: slots(SlotKind::IfaceData),
        }
    }

    /// Declares a local variable of type `ty`; captured ones get a heap
    /// cell. Returns where it lives. A REPL session's variables declared by
    /// a statement input have global storage already.
    pub fn declare_var(&mut self, obj: ObjId) -> VarLoc {
        if let Some(&g) = self.m.globals.get(&obj) {
            self.vars.insert(obj, VarLoc::Global(g));
            return VarLoc::Global(g);
        }
        let o = self.m.info.obj(obj);
        let words = self.m.info.types.words(o.ty);
        let loc = if o.captured || words > LARGE_VALUE_WORDS {
            let cell = self.alloc_local(1);
            let layout = self.m.layout(o.ty);
            self.emit(Instr::NewBox {
                dst: cell,
                n: words,
                layout,
            });
            VarLoc::Boxed(cell)
        } else {
            VarLoc::Slot(self.alloc_local_typed(o.ty))
        };
        self.vars.insert(obj, loc);
        loc
    }

    /// The location of a variable, function-level or global.
    pub fn var_loc(&self, obj: ObjId) -> VarLoc {
        if let Some(&l) = self.vars.get(&obj) {
            return l;
        }
        VarLoc::Global(
            *self
                .m
                .globals
                .get(&obj)
                .expect("every variable has a location"),
        )
    }

    /// Puts the address of a captured variable's heap cell in a slot.
    pub fn cell_addr(&mut self, loc: VarLoc) -> Slot {
        match loc {
            VarLoc::Boxed(s) => s,
            VarLoc::Captured(idx) => {
                let s = self.alloc(1);
                self.emit(Instr::LoadCap { dst: s, idx, n: 1 });
                s
            }
            _ => unreachable!("only captured variables live in cells"),
        }
    }

    /// Copies `words` words between slots with the fitting instruction.
    pub fn mov(&mut self, dst: Slot, src: Slot, words: u32) {
        if dst == src {
            return;
        }
        match words {
            0 => {}
            1 => {
                self.emit(Instr::Move { dst, src });
            }
            2 => {
                self.emit(Instr::Move2 { dst, src });
            }
            n if n <= 8 => {
                for i in 0..n {
                    self.emit(Instr::Move {
                        dst: dst + i,
                        src: src + i,
                    });
                }
            }
            n => {
                self.emit(Instr::MoveN { dst, src, n });
            }
        }
    }

    /// Compiles a function body and fills in the function.
    pub fn body(mut self, body: &'a ast::Block) {
        self.pos = self.m.position(body.span.start);
        self.block(&body.stmts);
        self.pos = self.m.position(body.span.end.saturating_sub(1));
        self.finish();
    }

    /// Jumps to the exit path (or returns at once when it is only `Ret`).
    pub fn emit_return(&mut self) {
        if self.has_defer || !self.boxed_results.is_empty() {
            let j = self.emit(Instr::Jmp { to: 0 });
            self.exits.push(j);
        } else {
            self.emit(Instr::Ret);
        }
    }

    /// Emits the single exit path: `deferreturn` when the function defers,
    /// results copied out of their cells, `Ret`. With open-coded defers, the
    /// exit path calls them inline and the `deferreturn` call is reached
    /// only when a recovered panic resumes the frame.
    pub fn finish(mut self) {
        for (j, label) in std::mem::take(&mut self.gotos) {
            let to = self.labels[&label];
            self.patch(j, to);
        }
        let exit = self.pc();
        for j in std::mem::take(&mut self.exits) {
            self.patch(j, exit);
        }
        let mut deferreturn_pc = None;
        let open_defers = self.open_defers.map(|(od, _)| od);
        if let Some((od, n)) = self.open_defers {
            for i in (0..n).rev() {
                self.open_defer_call(od, i);
            }
            let j = self.emit(Instr::Jmp { to: 0 });
            deferreturn_pc = Some(self.pc());
            self.emit(Instr::DeferReturn);
            let after = self.pc();
            self.patch(j, after);
        } else if self.has_defer {
            deferreturn_pc = Some(self.pc());
            self.emit(Instr::DeferReturn);
        }
        for (cell, slot, acc) in std::mem::take(&mut self.boxed_results) {
            self.emit(Instr::Load {
                dst: slot,
                ptr: cell,
                off: 0,
                acc,
            });
        }
        self.emit(Instr::Ret);
        let result_words = self.m.prog.funcs[self.id as usize].result_words;
        let always = [(CTX as Slot, 1), (HEADER as Slot, result_words)];
        let mut pinned = std::mem::take(&mut self.pinned);
        if let Some((od, n)) = self.open_defers {
            // A panic runs the open-coded defers from these slots.
            pinned.extend([(od.mask, 1), (od.closures, n)]);
        }
        let stackmap = liveness::stackmap(liveness::Frame {
            code: &self.code,
            slots: self.pointer_slots(),
            types: &self.m.prog.types,
            call_ends: &self.call_ends,
            case_values: &self.case_values,
            always: &always,
            pinned: &pinned,
            deferreturn_pc,
        });
        let f = &mut self.m.prog.funcs[self.id as usize];
        f.code = self.code;
        f.lines = self.lines;
        f.files = self.files;
        f.frame_size = self.max_slot;
        f.stackmap = Some(stackmap);
        f.deferreturn_pc = deferreturn_pc;
        f.open_defers = open_defers;
    }

    /// Open-coded `defer` number `i`: its closure `R[closure]` goes to its
    /// slot and its bit is set.
    pub fn open_defer(&mut self, closure: Slot) {
        let (od, n) = self.open_defers.as_mut().expect("open-coded defers");
        let i = *n;
        *n += 1;
        let od = *od;
        self.mov(od.closures + i, closure, 1);
        let bit = self.alloc(1);
        self.emit(Instr::LoadInt {
            dst: bit,
            k: 1 << i,
        });
        self.emit(Instr::OrInt {
            dst: od.mask,
            a: od.mask,
            b: bit,
        });
    }

    /// The exit path's call of open-coded defer `i`: when its bit is set,
    /// clears it and calls the closure.
    fn open_defer_call(&mut self, od: OpenDefers, i: u32) {
        let bit = self.alloc(1);
        let set = self.alloc(1);
        self.emit(Instr::LoadInt {
            dst: bit,
            k: 1 << i,
        });
        self.emit(Instr::AndInt {
            dst: set,
            a: od.mask,
            b: bit,
        });
        let skip = self.emit(Instr::JmpIfNot { cond: set, to: 0 });
        self.emit(Instr::AndNotInt {
            dst: od.mask,
            a: od.mask,
            b: bit,
        });
        let base = self.alloc(HEADER as u32);
        self.emit(Instr::CallClosure {
            callee: od.closures + i,
            base,
        });
        let next = self.pc();
        self.patch(skip, next);
        self.end_stmt();
    }

    /// Marks the function being built as a defer wrapper.
    pub fn mark_wrapper(&mut self) {
        self.m.prog.funcs[self.id as usize].wrapper = true;
    }

    /// Ends a statement: its temporaries are free again.
    pub fn end_stmt(&mut self) {
        self.top = self.locals_top;
    }

    /// Opens a block scope; returns the state to restore with `close_block`.
    pub fn open_block(&mut self) -> Slot {
        self.locals_top
    }

    pub fn close_block(&mut self, saved: Slot) {
        self.locals_top = saved;
        self.top = saved;
    }

    /// Emits a call of the entry function to `func` (init or main).
    pub fn call_entry(&mut self, func: FuncId, span: Span) {
        self.set_line(span);
        let base = self.alloc(HEADER as u32);
        self.emit(Instr::Call { func, base });
        self.end_stmt();
    }

    /// Finishes the entry function.
    pub fn finish_entry(self) {
        self.finish();
    }
}

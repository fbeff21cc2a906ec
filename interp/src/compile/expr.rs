//! Compiling expressions into slots.

use grammar::ast::{BinaryOp, Expr, ExprKind, UnaryOp};

use super::func::{FuncCompiler, LARGE_VALUE_WORDS, VarLoc};
use crate::bytecode::{Access, FuncId, Instr, Pc, Slot};
use crate::program::Layout;
use crate::types::{Const, FuncInfo, Mode, ObjKind, Selection, Type, TypeId, ids};

impl<'a> FuncCompiler<'_, 'a> {
    pub fn ty(&self, e: &Expr) -> TypeId {
        self.m.info.tv(e.id).ty
    }

    pub fn words(&self, ty: TypeId) -> u32 {
        self.m.info.types.words(ty)
    }

    /// The type an untyped value of type `ty` takes (`ty` itself when
    /// typed), canonical as every type the compiler sees: `int32`, where
    /// the checker says `rune`.
    pub fn default_type(&self, ty: TypeId) -> TypeId {
        let t = &self.m.info.types;
        t.canon(t.default_type(ty))
    }

    fn is_iface(&self, ty: TypeId) -> bool {
        self.m.info.types.is_interface(ty)
    }

    /// Compiles `e` and returns the slot holding its value: a variable's own
    /// slot when it has one, else a fresh temporary. Read it before anything
    /// can assign the variable.
    pub fn expr(&mut self, e: &'a Expr) -> Slot {
        if let Some(s) = self.take_ordered(e) {
            return s;
        }
        if let ExprKind::Ident(_) = &e.kind
            && let Some(obj) = self.m.info.uses[e.id as usize]
            && matches!(self.m.info.obj(obj).kind, ObjKind::Var { .. })
            && let VarLoc::Slot(s) = self.var_loc(obj)
            && !matches!(self.m.info.tv(e.id).mode, Mode::Const(_))
        {
            return s;
        }
        // Parentheses are transparent, except around a constant: its value
        // was converted to its context's type on the parenthesized node.
        if let ExprKind::Paren(inner) = &e.kind
            && !matches!(self.m.info.tv(e.id).mode, Mode::Const(_))
        {
            return self.expr(inner);
        }
        let dst = self.alloc_typed(self.ty(e));
        self.expr_into(e, dst);
        dst
    }

    /// Compiles `e` converted to type `to` (interfaces box concrete values)
    /// into `dst`.
    pub fn expr_to(&mut self, e: &'a Expr, to: TypeId, dst: Slot) {
        let from = self.ty(e);
        if self.is_iface(to) && !self.is_iface(from) {
            if from == ids::UNTYPED_NIL {
                self.emit(Instr::Zero { dst, n: 2 });
                return;
            }
            let ty = self.m.rt_type(from);
            if self.words(from) > LARGE_VALUE_WORDS {
                // Boxed straight from where the value lives, as Go's convT
                // copies from its operand's address.
                let p = self.place_now(e);
                let loc = self.place_loc(p);
                if let VarLoc::Slot(src) = loc {
                    self.emit(Instr::MakeIface { dst, src, ty });
                } else {
                    let ptr = self.alloc(1);
                    self.loc_address(loc, ptr);
                    self.emit(Instr::MakeIfaceAt { dst, ptr, ty });
                }
                return;
            }
            let v = self.expr(e);
            self.emit(Instr::MakeIface { dst, src: v, ty });
        } else {
            self.expr_into(e, dst);
        }
    }

    /// Compiles `e` into `dst` (as many slots as its type has words).
    pub fn expr_into(&mut self, e: &'a Expr, dst: Slot) {
        if let Some(s) = self.take_ordered(e) {
            let words = self.words(self.ty(e));
            self.mov(dst, s, words);
            return;
        }
        if !matches!(e.kind, ExprKind::Ident(_) | ExprKind::BasicLit { .. }) {
            self.order(e);
        }
        let tv = self.m.info.tv(e.id);
        if let Mode::Const(c) = &tv.mode {
            let c = c.clone();
            self.load_const(&c, tv.ty, dst);
            return;
        }
        let ty = tv.ty;
        match &e.kind {
            ExprKind::Paren(inner) => self.expr_into(inner, dst),
            // An instance of a generic function, `F[int]`.
            ExprKind::Index(..) if self.m.info.uses[e.id as usize].is_some() => {
                let obj = self.m.info.uses[e.id as usize].expect("checked above");
                let func = self.m.func_ids[&obj];
                self.emit(Instr::LoadFunc { dst, func });
            }
            // A package variable (`os.Args`, or `Args` dot-imported): its
            // native returns its value, or its address.
            ExprKind::Selector(..) | ExprKind::Ident(_)
                if let Some(obj) = self.m.info.uses[e.id as usize]
                    && let ObjKind::NativeVar(native) = self.m.info.obj(obj).kind =>
            {
                if native.by_address() {
                    self.access_into(e, dst);
                    return;
                }
                let words = self.words(ty);
                let base = self.alloc(crate::runtime::stack::HEADER as u32 + words);
                self.emit(Instr::CallNative { native, base });
                self.mov(dst, base + crate::runtime::stack::HEADER as Slot, words);
            }
            ExprKind::Selector(..) | ExprKind::Ident(_) if self.is_func_value(e) => {
                self.func_value(e, dst)
            }
            ExprKind::Ident(_) => {
                let obj = self.m.info.uses[e.id as usize].expect("identifiers are resolved");
                match &self.m.info.obj(obj).kind {
                    ObjKind::Var { .. } => {
                        let loc = self.var_loc(obj);
                        self.load_var(loc, ty, dst);
                    }
                    ObjKind::Func => {
                        let func = self.m.func_ids[&obj];
                        self.emit(Instr::LoadFunc { dst, func });
                    }
                    ObjKind::Nil => {
                        let n = self.words(ty).max(1);
                        self.emit(Instr::Zero { dst, n });
                    }
                    k => unreachable!("identifier of kind {k:?} as a value"),
                }
            }
            ExprKind::FuncLit { .. } => self.func_lit(e, dst),
            ExprKind::Call { fun, args, .. } => {
                if !self.len_into(fun, args, dst) && !self.sqrt_into(fun, args, dst) {
                    let base = self.call(e, fun, args);
                    let words = self.words(ty);
                    if words > 0 {
                        self.mov(dst, base + crate::runtime::stack::HEADER as Slot, words);
                    }
                }
            }
            ExprKind::Selector(..)
                if let Some(Selection::MethodExpr { recv, name }) =
                    self.m.info.selections.get(&e.id) =>
            {
                let func = super::methods::method_expr(self.m, *recv, name);
                self.emit(Instr::LoadFunc { dst, func });
            }
            // A variable of a package written in Go.
            ExprKind::Selector(..)
                if let Some(obj) = self.m.info.uses[e.id as usize]
                    && self.m.info.obj(obj).kind == (ObjKind::Var { global: true }) =>
            {
                let loc = self.var_loc(obj);
                self.load_var(loc, ty, dst);
            }
            // A function of a package written in Go.
            ExprKind::Selector(..)
                if let Some(obj) = self.m.info.uses[e.id as usize]
                    && self.m.info.obj(obj).kind == ObjKind::Func =>
            {
                let func = self.m.func_ids[&obj];
                self.emit(Instr::LoadFunc { dst, func });
            }
            ExprKind::Selector(..) | ExprKind::Star(_) | ExprKind::Unary(UnaryOp::Addr, _) => {
                self.access_into(e, dst)
            }
            ExprKind::Unary(UnaryOp::Recv, x) => {
                let ch = self.expr(x);
                self.set_line(e.span);
                let n = self.words(ty);
                self.emit(Instr::ChanRecv {
                    dst,
                    ch,
                    n,
                    ok: false,
                });
            }
            ExprKind::Unary(op, x) => {
                let a = self.expr(x);
                if *op == UnaryOp::Neg && self.m.info.types.is_complex(ty) {
                    self.emit(Instr::NegFloat { dst, a });
                    self.emit(Instr::NegFloat {
                        dst: dst + 1,
                        a: a + 1,
                    });
                    return;
                }
                if *op == UnaryOp::Pos && self.m.info.types.is_complex(ty) {
                    self.mov(dst, a, 2);
                    return;
                }
                let float = self.m.info.types.is_float(ty);
                let i = match op {
                    UnaryOp::Neg if float => Instr::NegFloat { dst, a },
                    UnaryOp::Neg => Instr::NegInt { dst, a },
                    UnaryOp::Xor => Instr::ComInt { dst, a },
                    UnaryOp::Not => Instr::Not { dst, a },
                    UnaryOp::Pos => Instr::Move { dst, src: a },
                    _ => unreachable!("the checker rejects unary {op:?}"),
                };
                self.emit(i);
                self.wrap(ty, dst);
            }
            ExprKind::Binary(op, x, y) => self.binary(*op, x, y, ty, dst),
            ExprKind::TypeAssert(x, Some(_)) => {
                let src = self.expr(x);
                let xty = self.ty(x);
                let (target, iface) = (self.m.rt_type(ty), self.m.rt_type(xty));
                self.emit(Instr::TypeAssert {
                    dst,
                    src,
                    ty: target,
                    iface,
                });
            }
            ExprKind::Index(x, _) if self.indexes_array(self.ty(x)) || self.is_map(self.ty(x)) => {
                self.access_into(e, dst)
            }
            ExprKind::Index(x, idx) if self.m.info.types.is_string(self.ty(x)) => {
                let s = self.expr(x);
                let i = self.expr(&idx[0]);
                self.emit_at_lbrack(x, Instr::IndexStr { dst, s, i });
            }
            ExprKind::Index(x, idx) => {
                let s = self.expr(x);
                let i = self.expr(&idx[0]);
                let acc = self.m.info.types.access(ty);
                self.emit_at_lbrack(x, Instr::LoadElem { dst, s, i, acc });
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let s = if self.indexes_array(self.ty(x)) {
                    self.array_slice(x)
                } else {
                    self.expr(x)
                };
                let bounds = self.alloc(3);
                match lo {
                    Some(lo) => self.expr_into(lo, bounds),
                    None => {
                        self.emit(Instr::LoadInt { dst: bounds, k: 0 });
                    }
                }
                match hi {
                    Some(hi) => self.expr_into(hi, bounds + 1),
                    None => self.mov(bounds + 1, s + 1, 1),
                }
                if self.m.info.types.is_string(ty) {
                    self.emit_at_lbrack(
                        x,
                        Instr::ResliceStr {
                            dst,
                            src: s,
                            bounds,
                        },
                    );
                    return;
                }
                let acc = self.elem_access(ty);
                match max {
                    Some(max) => {
                        self.expr_into(max, bounds + 2);
                        self.emit_at_lbrack(
                            x,
                            Instr::Reslice3 {
                                dst,
                                src: s,
                                bounds,
                                acc,
                            },
                        );
                    }
                    None => {
                        self.mov(bounds + 2, s + 2, 1);
                        self.emit_at_lbrack(
                            x,
                            Instr::Reslice {
                                dst,
                                src: s,
                                bounds,
                                acc,
                            },
                        );
                    }
                }
            }
            ExprKind::CompositeLit { elts, .. } if self.m.info.elided_addr.contains(&e.id) => {
                // `{...}` for an element of type `*T`: `&T{...}`.
                let base = self.pointee(ty);
                self.new_composite(base, elts, dst);
            }
            ExprKind::CompositeLit { elts, .. } => self.composite_lit(ty, elts, dst),
            k => unreachable!("the checker rejects {k:?}"),
        }
    }

    /// A composite literal of type `ty` into `dst`.
    fn composite_lit(&mut self, ty: TypeId, elts: &'a [grammar::ast::Element], dst: Slot) {
        // Built in a temporary: the elements may read the variable
        // being assigned.
        let n = self.words(ty);
        let t = self.alloc(n.max(1));
        if let Type::Map(k, v) = *self.m.info.types.get(self.m.info.types.underlying(ty)) {
            let mty = self.m.rt_type(ty);
            let layout = self.m.entry_layout(ty);
            self.emit(Instr::MakeMap { dst: t, layout });
            for el in elts {
                let key = self.alloc(self.words(k).max(1));
                self.expr_to(
                    el.key.as_ref().expect("checked: map literals have keys"),
                    k,
                    key,
                );
                let val = self.alloc(self.words(v).max(1));
                self.expr_to(&el.value, v, val);
                self.emit(Instr::MapAssign {
                    m: t,
                    key,
                    src: val,
                    ty: mty,
                });
            }
        } else if let Some(fields) = self.m.info.types.struct_fields(ty, false) {
            let fields = fields.to_vec();
            self.emit(Instr::Zero { dst: t, n });
            for (i, el) in elts.iter().enumerate() {
                let index = field_index(&fields, el, i);
                let off = self.m.info.types.field_offset(ty, index);
                self.expr_to_image(&el.value, fields[index].ty, t, off);
            }
        } else if elts.iter().all(|el| el.key.is_none()) && self.array_len(ty).is_none() {
            let values: Vec<&'a Expr> = elts.iter().map(|el| &el.value).collect();
            self.build_slice(self.elem_type(ty), &values, t);
        } else {
            self.indexed_literal(ty, elts, t);
        }
        self.mov(dst, t, n);
    }

    /// A composite literal of type `ty` built in zeroed memory at `R[ptr]`
    /// (a new heap cell, or a package variable before its initialization),
    /// for values too large for the frame: each element is evaluated into
    /// a temporary and stored at its offset; zero is already there.
    pub fn composite_lit_in(&mut self, ty: TypeId, elts: &'a [grammar::ast::Element], ptr: Slot) {
        let mut at: Vec<(u64, TypeId)> = Vec::new();
        if let Some(fields) = self.m.info.types.struct_fields(ty, false) {
            let fields = fields.to_vec();
            for (i, el) in elts.iter().enumerate() {
                let index = field_index(&fields, el, i);
                let off = self.m.info.types.field_offset(ty, index);
                at.push((off.into(), fields[index].ty));
            }
        } else {
            let elem = self.elem_type(ty);
            let size = self.m.info.types.go_layout(elem).0;
            let mut index = 0u64;
            for el in elts {
                if let Some(k) = &el.key
                    && let Mode::Const(c) = &self.m.info.tv(k.id).mode
                {
                    index = c.as_i64().expect("the checker checks keys") as u64;
                }
                at.push((size * index, elem));
                index += 1;
            }
        }
        for (el, (off, ety)) in elts.iter().zip(at) {
            let words = self.words(ety);
            if let ExprKind::CompositeLit { elts: inner, .. } = &el.value.kind
                && words > LARGE_VALUE_WORDS
                && !self.m.info.elided_addr.contains(&el.value.id)
                && let Ok(k) = i32::try_from(off)
            {
                let p = self.alloc(1);
                self.emit(Instr::AddIntK { dst: p, a: ptr, k });
                self.composite_lit_in(ety, inner, p);
                continue;
            }
            let v = self.alloc(words.max(1));
            self.expr_to(&el.value, ety, v);
            // An offset past what an instruction names is added first.
            let (p, off) = match u32::try_from(off) {
                Ok(off) => (ptr, off),
                Err(_) => {
                    let p = self.alloc(2);
                    self.emit(Instr::LoadInt {
                        dst: p + 1,
                        k: off as i64,
                    });
                    self.emit(Instr::AddInt {
                        dst: p,
                        a: ptr,
                        b: p + 1,
                    });
                    (p, 0)
                }
            };
            self.emit(Instr::Store {
                ptr: p,
                off,
                src: v,
                acc: self.m.info.types.access(ety),
            });
        }
    }

    /// `R[dst] :=` a new heap cell holding composite literal `elts` of
    /// type `ty` (`&T{...}`), built there when the value is large.
    pub fn new_composite(&mut self, ty: TypeId, elts: &'a [grammar::ast::Element], dst: Slot) {
        let n = self.words(ty);
        let layout = self.m.layout(ty);
        if n > LARGE_VALUE_WORDS {
            let p = self.alloc(1);
            self.emit(Instr::NewBox { dst: p, n, layout });
            self.composite_lit_in(ty, elts, p);
            self.mov(dst, p, 1);
            return;
        }
        let v = self.alloc(n.max(1));
        self.composite_lit(ty, elts, v);
        self.emit(Instr::NewBox { dst, n, layout });
        self.emit(Instr::Store {
            ptr: dst,
            off: 0,
            src: v,
            acc: self.m.info.types.access(ty),
        });
    }

    /// An array literal, or a slice literal with keys, into `dst`: elements
    /// at consecutive indexes, a key moving the index; the rest zero.
    fn indexed_literal(&mut self, ty: TypeId, elts: &'a [grammar::ast::Element], dst: Slot) {
        let (elem, acc) = (self.elem_type(ty), self.elem_access(ty));
        let mut at = Vec::new();
        let mut index = 0u64;
        for el in elts {
            if let Some(k) = &el.key
                && let Mode::Const(c) = &self.m.info.tv(k.id).mode
            {
                index = c.as_i64().expect("the checker checks keys") as u64;
            }
            at.push(index);
            index += 1;
        }
        let len = at.iter().map(|i| i + 1).max().unwrap_or(0);
        let s = match self.array_len(ty) {
            // An array lives in the destination's slots.
            Some(_) => {
                self.emit(Instr::Zero {
                    dst,
                    n: self.words(ty),
                });
                for (el, &i) in elts.iter().zip(&at) {
                    let off = u32::try_from(acc.size() * i).expect("arrays in slots are small");
                    self.expr_to_image(&el.value, elem, dst, off);
                }
                return;
            }
            None => dst,
        };
        let sizes = self.alloc(2);
        self.emit(Instr::LoadInt {
            dst: sizes,
            k: len as i64,
        });
        self.emit(Instr::LoadInt {
            dst: sizes + 1,
            k: len as i64,
        });
        let layout = self.layout(elem);
        self.emit(Instr::MakeSlice {
            dst: s,
            len: sizes,
            elem: layout,
        });
        for (el, &k) in elts.iter().zip(&at) {
            let v = self.alloc(acc.slots().max(1));
            self.expr_to(&el.value, elem, v);
            self.store_new_elem(s, k, acc, v);
        }
    }

    /// Element `k` of the new slice `R[s..+3]`, whose length the compiler
    /// knows exceeds `k`, `:= R[v..]`.
    fn store_new_elem(&mut self, s: Slot, k: u64, acc: Access, v: Slot) {
        let at = k * acc.size();
        let (ptr, off) = match u32::try_from(at) {
            Ok(off) => (s, off),
            Err(_) => {
                let i = self.alloc(1);
                self.emit(Instr::LoadInt {
                    dst: i,
                    k: k as i64,
                });
                let ptr = self.alloc(1);
                self.emit(Instr::IndexAddr {
                    dst: ptr,
                    s,
                    i,
                    acc,
                });
                (ptr, 0)
            }
        };
        self.emit(Instr::Store {
            ptr,
            off,
            src: v,
            acc,
        });
    }

    /// Evaluates `e` (converted to `ty`) into the value at byte `off` of
    /// the memory form held in the slots from `image`.
    pub fn expr_to_image(&mut self, e: &'a Expr, ty: TypeId, image: Slot, off: u32) {
        match self.image_loc(image, off, ty) {
            VarLoc::Slot(s) => self.expr_to(e, ty, s),
            loc => {
                let v = self.alloc(self.words(ty).max(1));
                self.expr_to(e, ty, v);
                self.store_var(loc, ty, v);
            }
        }
    }

    /// A new slice of `values` (converted to `elem`) into `dst..+3`.
    pub fn build_slice(&mut self, elem: TypeId, values: &[&'a Expr], dst: Slot) {
        let n = self.words(elem);
        let slots: Vec<Slot> = values
            .iter()
            .map(|value| {
                let v = self.alloc(n.max(1));
                self.expr_to(value, elem, v);
                v
            })
            .collect();
        self.slice_of(elem, &slots, dst);
    }

    /// A new slice holding the `elem` values in `slots` into `dst..+3`.
    pub fn slice_of(&mut self, elem: TypeId, slots: &[Slot], dst: Slot) {
        let acc = self.m.info.types.access(elem);
        let sizes = self.alloc(2);
        self.emit(Instr::LoadInt {
            dst: sizes,
            k: slots.len() as i64,
        });
        self.emit(Instr::LoadInt {
            dst: sizes + 1,
            k: slots.len() as i64,
        });
        let elem = self.layout(elem);
        self.emit(Instr::MakeSlice {
            dst,
            len: sizes,
            elem,
        });
        for (k, &v) in slots.iter().enumerate() {
            self.store_new_elem(dst, k as u64, acc, v);
        }
    }

    /// Loads a constant of type `ty` into `dst`.
    pub fn load_const(&mut self, c: &Const, ty: TypeId, dst: Slot) {
        let ty = self.default_type(ty);
        if self.is_iface(ty) {
            unreachable!("constants are converted before they reach an interface");
        }
        match c {
            _ if self.m.info.types.complex_bits(ty).is_some() => {
                let bits = self.m.info.types.complex_bits(ty).expect("complex") / 2;
                let (re, im) = crate::types::constant::round_complex(c, bits)
                    .as_ref()
                    .and_then(crate::types::constant::complex_parts)
                    .expect("the checker keeps complex constants in range");
                self.emit(Instr::LoadInt {
                    dst,
                    k: re.to_bits() as i64,
                });
                self.emit(Instr::LoadInt {
                    dst: dst + 1,
                    k: im.to_bits() as i64,
                });
            }
            Const::Complex(..) => unreachable!("complex constants have complex types"),
            Const::Int(_) | Const::Float(_) => {
                let k = match self.m.info.types.float_bits(ty) {
                    Some(bits) => {
                        let f = crate::types::constant::round_float(c, bits)
                            .and_then(|c| c.to_f64())
                            .expect("the checker keeps float constants in range");
                        f.to_bits() as i64
                    }
                    None => {
                        let v = c.to_int().expect("the checker keeps int constants whole");
                        // uint64 constants above MaxInt64 keep their bits.
                        i64::try_from(&v)
                            .or_else(|_| u64::try_from(&v).map(|u| u as i64))
                            .expect("the checker keeps int constants in range")
                    }
                };
                self.emit(Instr::LoadInt { dst, k });
            }
            Const::Bool(b) => {
                self.emit(Instr::LoadInt { dst, k: *b as i64 });
            }
            Const::Str(s) => {
                let idx = self.m.prog.string_id(s);
                self.emit(Instr::LoadStr { dst, idx });
            }
        }
    }

    /// Reads a variable into `dst`.
    pub fn load_var(&mut self, loc: VarLoc, ty: TypeId, dst: Slot) {
        let acc = self.m.info.types.access(ty);
        match loc {
            VarLoc::Slot(s) => self.mov(dst, s, self.words(ty)),
            VarLoc::SlotPart { slot, off } => {
                self.emit(Instr::SlotLoad {
                    dst,
                    src: slot,
                    off,
                    acc,
                });
            }
            VarLoc::Global(g) => {
                self.emit(Instr::LoadGlobal { dst, g, acc });
            }
            VarLoc::Boxed(_) | VarLoc::Captured(_) => {
                let ptr = self.cell_addr(loc);
                self.emit(Instr::Load {
                    dst,
                    ptr,
                    off: 0,
                    acc,
                });
            }
            VarLoc::Ptr {
                ptr,
                off,
                nil_check: false,
            } => {
                self.emit(Instr::Load { dst, ptr, off, acc });
            }
            VarLoc::Ptr {
                ptr,
                off,
                nil_check: true,
            } => {
                self.emit(Instr::LoadField { dst, ptr, off, acc });
            }
        }
    }

    /// Writes `src` into a variable.
    pub fn store_var(&mut self, loc: VarLoc, ty: TypeId, src: Slot) {
        let acc = self.m.info.types.access(ty);
        match loc {
            VarLoc::Slot(s) => self.mov(s, src, self.words(ty)),
            VarLoc::SlotPart { slot, off } => {
                self.emit(Instr::SlotStore {
                    dst: slot,
                    off,
                    src,
                    acc,
                });
            }
            VarLoc::Global(g) => {
                self.emit(Instr::StoreGlobal { g, src, acc });
            }
            VarLoc::Boxed(_) | VarLoc::Captured(_) => {
                let ptr = self.cell_addr(loc);
                self.emit(Instr::Store {
                    ptr,
                    off: 0,
                    src,
                    acc,
                });
            }
            VarLoc::Ptr {
                ptr,
                off,
                nil_check: false,
            } => {
                self.emit(Instr::Store { ptr, off, src, acc });
            }
            VarLoc::Ptr {
                ptr,
                off,
                nil_check: true,
            } => {
                self.emit(Instr::StoreField { ptr, off, src, acc });
            }
        }
    }

    fn binary(&mut self, op: BinaryOp, x: &'a Expr, y: &'a Expr, ty: TypeId, dst: Slot) {
        if matches!(op, BinaryOp::LAnd | BinaryOp::LOr) {
            // Short-circuit: dst := x; if (dst is decisive) skip y. A
            // variable's own slot must not change before `y` reads it.
            if dst < self.locals_top {
                let t = self.alloc(1);
                self.binary(op, x, y, ty, t);
                self.mov(dst, t, 1);
                return;
            }
            self.expr_into(x, dst);
            let j = if op == BinaryOp::LAnd {
                self.emit(Instr::JmpIfNot { cond: dst, to: 0 })
            } else {
                self.emit(Instr::JmpIf { cond: dst, to: 0 })
            };
            self.expr_into(y, dst);
            let end = self.pc();
            self.patch(j, end);
            return;
        }
        let (xt, yt) = (self.ty(x), self.ty(y));
        if op.is_comparison() {
            return self.comparison(op, x, y, xt, yt, dst);
        }
        // The result's type: a shift of an untyped constant gets it from
        // the context, not from its operand.
        let ty = self.default_type(ty);
        let (mut a, mut b) = match self.int_const(y) {
            Some(k) if self.m.info.types.is_integer(ty) => {
                let a = self.expr(x);
                if self.arith_k(op, ty, dst, a, k) {
                    return;
                }
                (a, self.expr(y))
            }
            _ => self.operands(x, y),
        };
        // An untyped constant shifted by a variable count takes that type
        // (`1.0 << n` is an integer shift).
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr)
            && let tv = self.m.info.tv(x.id)
            && self.m.info.types.is_untyped(tv.ty)
            && let Mode::Const(c) = &tv.mode
            && let Some(n) = c.real_part().and_then(|c| c.to_int())
        {
            a = self.alloc(1);
            self.load_const(&Const::Int(n), ty, a);
        }
        // A constant shift count of 2^63 or more (a uint) shifts everything
        // out, as 64 does; the instructions read counts as signed.
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr)
            && let Mode::Const(c) = &self.m.info.tv(y.id).mode
            && c.to_int().is_some_and(|n| n.bits() > 63)
        {
            b = self.alloc(1);
            self.emit(Instr::LoadInt { dst: b, k: 64 });
        }
        self.arith(op, ty, dst, a, b);
    }

    /// `e` is a method value or a standard function used as a value
    /// (`strings.ToUpper`, or `ToUpper` dot-imported).
    fn is_func_value(&self, e: &Expr) -> bool {
        matches!(
            self.m.info.selections.get(&e.id),
            Some(Selection::Method { .. } | Selection::IfaceMethod { .. })
        ) || self.m.info.uses[e.id as usize]
            .is_some_and(|o| matches!(self.m.info.obj(o).kind, ObjKind::Native(_)))
    }

    /// `R[dst] := R[a] op R[b]` for operands of type `ty`: concatenation
    /// for strings, the signed or unsigned instruction for integers, and
    /// the result wrapped to the type's width.
    pub fn arith(&mut self, op: BinaryOp, ty: TypeId, dst: Slot, a: Slot, b: Slot) {
        if self.m.info.types.is_string(ty) {
            self.emit(Instr::Concat { dst, a, b });
            return;
        }
        if self.m.info.types.is_complex(ty) {
            self.complex_arith(op, dst, a, b);
            self.wrap(ty, dst);
            return;
        }
        if self.m.info.types.is_float(ty) {
            let i = match op {
                BinaryOp::Add => Instr::AddFloat { dst, a, b },
                BinaryOp::Sub => Instr::SubFloat { dst, a, b },
                BinaryOp::Mul => Instr::MulFloat { dst, a, b },
                BinaryOp::Div => Instr::DivFloat { dst, a, b },
                _ => unreachable!("the checker allows + - * / on floats: {op:?}"),
            };
            self.emit(i);
            self.wrap(ty, dst);
            return;
        }
        let unsigned = self.m.info.types.is_unsigned(ty);
        let i = match op {
            BinaryOp::Add => Instr::AddInt { dst, a, b },
            BinaryOp::Sub => Instr::SubInt { dst, a, b },
            BinaryOp::Mul => Instr::MulInt { dst, a, b },
            BinaryOp::Div if unsigned => Instr::DivUint { dst, a, b },
            BinaryOp::Div => Instr::DivInt { dst, a, b },
            BinaryOp::Rem if unsigned => Instr::RemUint { dst, a, b },
            BinaryOp::Rem => Instr::RemInt { dst, a, b },
            BinaryOp::And => Instr::AndInt { dst, a, b },
            BinaryOp::Or => Instr::OrInt { dst, a, b },
            BinaryOp::Xor => Instr::XorInt { dst, a, b },
            BinaryOp::AndNot => Instr::AndNotInt { dst, a, b },
            BinaryOp::Shl => Instr::ShlInt { dst, a, b },
            BinaryOp::Shr if unsigned => Instr::ShrUint { dst, a, b },
            BinaryOp::Shr => Instr::ShrInt { dst, a, b },
            _ => unreachable!("not an arithmetic operator: {op:?}"),
        };
        self.emit(i);
        self.wrap_result(op, ty, dst);
    }

    /// Wraps the result of integer operation `op` to its type's width.
    /// Bitwise operations and right shifts of values already wrapped
    /// (zero- or sign-extended) give wrapped values.
    fn wrap_result(&mut self, op: BinaryOp, ty: TypeId, dst: Slot) {
        if !matches!(
            op,
            BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot | BinaryOp::Shr
        ) {
            self.wrap(ty, dst);
        }
    }

    /// `R[dst] := R[a] op k` for integers of type `ty` and a constant right
    /// operand, in one instruction with `k` in it; false (and nothing
    /// emitted) when `op` has no such form or `k` does not fit it.
    pub fn arith_k(&mut self, op: BinaryOp, ty: TypeId, dst: Slot, a: Slot, k: i64) -> bool {
        let unsigned = self.m.info.types.is_unsigned(ty);
        let word = i32::try_from(k).ok();
        let count = u8::try_from(k).ok().filter(|&n| n < 64);
        let i = match op {
            BinaryOp::Add => word.map(|k| Instr::AddIntK { dst, a, k }),
            BinaryOp::Sub => k
                .checked_neg()
                .and_then(|k| i32::try_from(k).ok())
                .map(|k| Instr::AddIntK { dst, a, k }),
            BinaryOp::And => word.map(|k| Instr::AndIntK { dst, a, k }),
            BinaryOp::Or => word.map(|k| Instr::OrIntK { dst, a, k }),
            BinaryOp::Xor => word.map(|k| Instr::XorIntK { dst, a, k }),
            BinaryOp::Shl => count.map(|k| Instr::ShlIntK { dst, a, k }),
            BinaryOp::Shr if unsigned => count.map(|k| Instr::ShrUintK { dst, a, k }),
            BinaryOp::Shr => count.map(|k| Instr::ShrIntK { dst, a, k }),
            _ => None,
        };
        let Some(i) = i else { return false };
        self.emit(i);
        self.wrap_result(op, ty, dst);
        true
    }

    /// The value of an integer constant expression that fits in 64 bits.
    pub fn int_const(&self, e: &Expr) -> Option<i64> {
        match &self.m.info.tv(e.id).mode {
            Mode::Const(c) => c.to_int().and_then(|n| i64::try_from(n).ok()),
            _ => None,
        }
    }

    /// `R[dst..+2] := R[a..+2] op R[b..+2]` for complex numbers (parts in
    /// float64): `+ -` by parts, `*` as Go compiles it, `/` by the
    /// runtime's complex128div.
    fn complex_arith(&mut self, op: BinaryOp, dst: Slot, a: Slot, b: Slot) {
        match op {
            BinaryOp::Add | BinaryOp::Sub => {
                for i in 0..2 {
                    let (dst, a, b) = (dst + i, a + i, b + i);
                    self.emit(if op == BinaryOp::Add {
                        Instr::AddFloat { dst, a, b }
                    } else {
                        Instr::SubFloat { dst, a, b }
                    });
                }
            }
            BinaryOp::Mul => {
                // (a+bi)(c+di) = (ac-bd) + (ad+bc)i, into temporaries first:
                // dst may be an operand.
                let t = self.alloc(4);
                self.emit(Instr::MulFloat { dst: t, a, b });
                self.emit(Instr::MulFloat {
                    dst: t + 1,
                    a: a + 1,
                    b: b + 1,
                });
                self.emit(Instr::MulFloat {
                    dst: t + 2,
                    a,
                    b: b + 1,
                });
                self.emit(Instr::MulFloat {
                    dst: t + 3,
                    a: a + 1,
                    b,
                });
                self.emit(Instr::SubFloat {
                    dst,
                    a: t,
                    b: t + 1,
                });
                self.emit(Instr::AddFloat {
                    dst: dst + 1,
                    a: t + 2,
                    b: t + 3,
                });
            }
            BinaryOp::Div => {
                self.emit(Instr::DivComplex { dst, a, b });
            }
            _ => unreachable!("the checker allows + - * / on complex numbers: {op:?}"),
        }
    }

    /// Brings `R[slot]` back into the range of integer type `ty` after an
    /// operation that may have carried out of its width, or to float32's
    /// precision.
    pub fn wrap(&mut self, ty: TypeId, slot: Slot) {
        if self.m.info.types.float_bits(ty) == Some(32) {
            self.emit(Instr::RoundF32 { dst: slot, a: slot });
        }
        if self.m.info.types.complex_bits(ty) == Some(64) {
            self.emit(Instr::RoundF32 { dst: slot, a: slot });
            self.emit(Instr::RoundF32 {
                dst: slot + 1,
                a: slot + 1,
            });
        }
        if let Some((bits, signed)) = self.m.info.types.int_info(ty)
            && bits < 64
        {
            let i = if signed {
                Instr::SignExt {
                    dst: slot,
                    a: slot,
                    bits,
                }
            } else {
                Instr::ZeroExt {
                    dst: slot,
                    a: slot,
                    bits,
                }
            };
            self.emit(i);
        }
    }

    /// Evaluates two operands left to right. A left operand read in place
    /// is a variable in a frame slot, which no call in the right one can
    /// assign (variables closures capture or whose address is taken live
    /// in heap cells).
    fn operands(&mut self, x: &'a Expr, y: &'a Expr) -> (Slot, Slot) {
        let a = self.expr(x);
        let b = self.expr(y);
        (a, b)
    }

    fn comparison(
        &mut self,
        op: BinaryOp,
        x: &'a Expr,
        y: &'a Expr,
        xt: TypeId,
        yt: TypeId,
        dst: Slot,
    ) {
        if let Some(v) = self.iface_against_nil(x, y) {
            // nil when the type word is 0.
            let s = self.expr(v);
            self.emit(Instr::Not { dst, a: s });
            if op == BinaryOp::Ne {
                self.emit(Instr::Not { dst, a: dst });
            }
            return;
        }
        let t = &self.m.info.types;
        let (a, b) = if t.is_interface(xt) || t.is_interface(yt) {
            // Compare as interfaces: the concrete side (or nil) is converted.
            let iface = if t.is_interface(xt) { xt } else { yt };
            let a = self.alloc(2);
            self.expr_to(x, iface, a);
            let b = self.alloc(2);
            self.expr_to(y, iface, b);
            self.emit(Instr::EqIface { dst, a, b });
            if op == BinaryOp::Ne {
                self.emit(Instr::Not { dst, a: dst });
            }
            return;
        } else {
            self.operands(x, y)
        };
        if self.m.info.types.struct_fields(xt, false).is_some() || self.array_len(xt).is_some() {
            self.eq_values(a, b, xt, dst);
            if op == BinaryOp::Ne {
                self.emit(Instr::Not { dst, a: dst });
            }
            return;
        }
        // Slices and funcs compare only with nil, by their first word (a nil
        // slice has no data; an empty made one points at the zero-size base).
        let string = self.m.info.types.is_string(xt) || self.m.info.types.is_string(yt);
        let unsigned = self.m.info.types.is_unsigned(xt) || self.m.info.types.is_unsigned(yt);
        if self.m.info.types.is_complex(xt) || self.m.info.types.is_complex(yt) {
            let ty = if self.m.info.types.is_complex(xt) {
                xt
            } else {
                yt
            };
            self.eq_values(a, b, ty, dst);
            if op == BinaryOp::Ne {
                self.emit(Instr::Not { dst, a: dst });
            }
            return;
        }
        let float = self.m.info.types.is_float(xt) || self.m.info.types.is_float(yt);
        let (a, b) = match op {
            BinaryOp::Gt | BinaryOp::Ge => (b, a),
            _ => (a, b),
        };
        if float {
            let i = match op {
                BinaryOp::Eq | BinaryOp::Ne => Instr::EqFloat { dst, a, b },
                BinaryOp::Lt | BinaryOp::Gt => Instr::LtFloat { dst, a, b },
                _ => Instr::LeFloat { dst, a, b },
            };
            self.emit(i);
            if op == BinaryOp::Ne {
                self.emit(Instr::Not { dst, a: dst });
            }
            return;
        }
        let i = match (op, string) {
            (BinaryOp::Eq | BinaryOp::Ne, false) => {
                if op == BinaryOp::Eq {
                    Instr::EqInt { dst, a, b }
                } else {
                    Instr::NeInt { dst, a, b }
                }
            }
            (BinaryOp::Eq | BinaryOp::Ne, true) => Instr::EqStr { dst, a, b },
            (BinaryOp::Lt | BinaryOp::Gt, false) if unsigned => Instr::LtUint { dst, a, b },
            (BinaryOp::Le | BinaryOp::Ge, false) if unsigned => Instr::LeUint { dst, a, b },
            (BinaryOp::Lt | BinaryOp::Gt, false) => Instr::LtInt { dst, a, b },
            (BinaryOp::Le | BinaryOp::Ge, false) => Instr::LeInt { dst, a, b },
            (BinaryOp::Lt | BinaryOp::Gt, true) => Instr::LtStr { dst, a, b },
            (BinaryOp::Le | BinaryOp::Ge, true) => Instr::LeStr { dst, a, b },
            _ => unreachable!("comparison operators only"),
        };
        self.emit(i);
        if string && op == BinaryOp::Ne {
            self.emit(Instr::Not { dst, a: dst });
        }
    }

    /// The slots holding, in slot form, the value of type `ty` at byte
    /// `off` of the memory form held in the slots from `image`: its own
    /// when it is whole words at a word, else a copy.
    fn image_operand(&mut self, image: Slot, off: u32, ty: TypeId) -> Slot {
        match self.image_loc(image, off, ty) {
            VarLoc::Slot(s) => s,
            loc => {
                let t = self.alloc(self.words(ty).max(1));
                self.load_var(loc, ty, t);
                t
            }
        }
    }

    /// `R[dst] := R[a..] == R[b..]` for values of type `ty`, field by field
    /// for structs.
    pub fn eq_values(&mut self, a: Slot, b: Slot, ty: TypeId, dst: Slot) {
        let t = &self.m.info.types;
        if let Some(fields) = t.struct_fields(ty, false) {
            let fields = fields.to_vec();
            self.emit(Instr::LoadInt { dst, k: 1 });
            for (index, f) in fields.iter().enumerate() {
                // Blank fields take no part in equality.
                if f.name != "_" {
                    let off = self.m.info.types.field_offset(ty, index);
                    let (x, y) = (
                        self.image_operand(a, off, f.ty),
                        self.image_operand(b, off, f.ty),
                    );
                    let c = self.alloc(1);
                    self.eq_values(x, y, f.ty, c);
                    self.emit(Instr::AndInt { dst, a: dst, b: c });
                }
            }
        } else if let Some(len) = self.array_len(ty) {
            // An array in slots is small: its offsets fit.
            let (elem, size) = (self.elem_type(ty), self.elem_access(ty).size() as u32);
            self.emit(Instr::LoadInt { dst, k: 1 });
            for i in 0..len as u32 {
                let (x, y) = (
                    self.image_operand(a, i * size, elem),
                    self.image_operand(b, i * size, elem),
                );
                let c = self.alloc(1);
                self.eq_values(x, y, elem, c);
                self.emit(Instr::AndInt { dst, a: dst, b: c });
            }
        } else if t.is_interface(ty) {
            self.emit(Instr::EqIface { dst, a, b });
        } else if t.is_string(ty) {
            self.emit(Instr::EqStr { dst, a, b });
        } else if t.is_float(ty) {
            self.emit(Instr::EqFloat { dst, a, b });
        } else if t.is_complex(ty) {
            let c = self.alloc(1);
            self.emit(Instr::EqFloat { dst, a, b });
            self.emit(Instr::EqFloat {
                dst: c,
                a: a + 1,
                b: b + 1,
            });
            self.emit(Instr::AndInt { dst, a: dst, b: c });
        } else {
            self.emit(Instr::EqInt { dst, a, b });
        }
    }

    /// A function literal: compiles its body and makes the closure, which
    /// captures the cells of the variables it uses from enclosing functions.
    fn func_lit(&mut self, e: &'a Expr, dst: Slot) {
        let ExprKind::FuncLit { body, .. } = &e.kind else {
            unreachable!("func_lit of a non-literal")
        };
        let fi = self.m.info.func_at(e.span);
        self.lits += 1;
        // Go names a literal in a declared function F `F.funcN`, and one in
        // a literal L `L.N`.
        let in_literal = self.info_func.is_some_and(|f| f.parent.is_some());
        let parent = &self.m.prog.funcs[self.id as usize].name;
        let name = if in_literal {
            format!("{parent}.{}", self.lits)
        } else {
            format!("{parent}.func{}", self.lits)
        };
        let id = self.m.reserve_func(name);
        FuncCompiler::new(self.m, id, fi, true).body(body);
        // A literal that captures nothing needs no object of its own: the
        // function's static closure serves, as in Go.
        if fi.captures.is_empty() {
            self.emit(Instr::LoadFunc { dst, func: id });
            return;
        }
        let caps = self.closure_caps(fi, id);
        self.emit(Instr::MakeClosure {
            dst,
            func: id,
            caps,
            n: fi.captures.len() as u32,
        });
    }

    /// The cells of the variables a closure of `fi` captures, in
    /// consecutive slots (as `MakeClosure` takes them); the closures of
    /// `fi`'s function hold those cells' addresses.
    pub fn closure_caps(&mut self, fi: &FuncInfo, func: FuncId) -> Slot {
        let n = fi.captures.len() as u32;
        self.m.prog.funcs[func as usize].closure_layout = self.m.prog.layout_id(Layout {
            words: 1 + n,
            ptrs: (1..=n).collect(),
            ifaces: Vec::new(),
        });
        let caps = self.alloc(fi.captures.len() as u32);
        for (i, &obj) in fi.captures.iter().enumerate() {
            let loc = self.var_loc(obj);
            let cell = self.cell_addr(loc);
            self.mov(caps + i as u32, cell, 1);
        }
        caps
    }

    /// Emits the jumps, to be patched to one target, taken when the boolean
    /// `cond` is `when`; otherwise control falls through. `&&`, `||` and
    /// `!` become control flow and a comparison of two integers one
    /// compare-and-branch, so a condition is no value unless it must be.
    pub fn jump_if(&mut self, cond: &'a Expr, when: bool) -> Vec<usize> {
        let e = super::call::strip_parens(cond);
        let decompose = !self.hoisted.contains_key(&cond.id)
            && !self.hoisted.contains_key(&e.id)
            && matches!(self.m.info.tv(e.id).mode, Mode::Value);
        let against_nil = match &e.kind {
            ExprKind::Binary(op @ (BinaryOp::Eq | BinaryOp::Ne), x, y) if decompose => {
                self.iface_against_nil(x, y).map(|v| (*op, v))
            }
            _ => None,
        };
        if let Some((op, v)) = against_nil {
            // An interface is nil when its type word is 0.
            let cond = self.expr(v);
            return vec![self.emit(if (op == BinaryOp::Eq) == when {
                Instr::JmpIfNot { cond, to: 0 }
            } else {
                Instr::JmpIf { cond, to: 0 }
            })];
        }
        match &e.kind {
            // `x && y` is false when x is; `x || y` true when x is.
            ExprKind::Binary(op @ (BinaryOp::LAnd | BinaryOp::LOr), x, y) if decompose => {
                let decided_by_x = *op == BinaryOp::LOr;
                let mut x_jumps = self.jump_if(x, decided_by_x);
                if when == decided_by_x {
                    x_jumps.extend(self.jump_if(y, when));
                    return x_jumps;
                }
                let jumps = self.jump_if(y, when);
                let here = self.pc();
                self.patch_all(x_jumps, here);
                jumps
            }
            ExprKind::Unary(UnaryOp::Not, x) if decompose => self.jump_if(x, !when),
            ExprKind::Binary(op, x, y)
                if decompose
                    && op.is_comparison()
                    && self.m.info.types.is_integer(self.ty(x))
                    && self.m.info.types.is_integer(self.ty(y)) =>
            {
                let t = &self.m.info.types;
                let unsigned = t.is_unsigned(self.ty(x)) || t.is_unsigned(self.ty(y));
                // The operands' calls run first, as for the comparison's value.
                self.order(e);
                // The comparison the jump tests: `op`, or its negation.
                let op = if when { *op } else { negate(*op) };
                if let Some(jump) = self.compare_k(op, x, y, unsigned) {
                    return vec![self.emit(jump)];
                }
                let (a, b) = self.operands(x, y);
                // `<` and `<=` are `>` and `>=` with the operands swapped.
                let (a, b, op) = match op {
                    BinaryOp::Lt | BinaryOp::Le => (b, a, mirror(op)),
                    _ => (a, b, op),
                };
                let jump = match (op, unsigned) {
                    (BinaryOp::Eq, _) => Instr::JmpEq { a, b, to: 0 },
                    (BinaryOp::Ne, _) => Instr::JmpNe { a, b, to: 0 },
                    (BinaryOp::Gt, false) => Instr::JmpGt { a, b, to: 0 },
                    (BinaryOp::Gt, true) => Instr::JmpGtU { a, b, to: 0 },
                    (_, false) => Instr::JmpGe { a, b, to: 0 },
                    (_, true) => Instr::JmpGeU { a, b, to: 0 },
                };
                vec![self.emit(jump)]
            }
            _ => {
                let c = self.expr(cond);
                vec![self.emit(if when {
                    Instr::JmpIf { cond: c, to: 0 }
                } else {
                    Instr::JmpIfNot { cond: c, to: 0 }
                })]
            }
        }
    }

    /// The compare-and-branch (to be patched) for `x op y` when one side
    /// is a constant that fits the instruction, with the other evaluated.
    fn compare_k(
        &mut self,
        op: BinaryOp,
        x: &'a Expr,
        y: &'a Expr,
        unsigned: bool,
    ) -> Option<Instr> {
        let (v, op, k) = match (self.int_const(x), self.int_const(y)) {
            (_, Some(k)) => (x, op, k),
            // `k < v` is `v > k`.
            (Some(k), None) => (y, mirror(op), k),
            (None, None) => return None,
        };
        // `v <= k` is `v < k + 1`, and `v > k` is `v >= k + 1`.
        let (op, k) = match op {
            BinaryOp::Le => (BinaryOp::Lt, k.checked_add(1)?),
            BinaryOp::Gt => (BinaryOp::Ge, k.checked_add(1)?),
            op => (op, k),
        };
        let k = i32::try_from(k).ok().filter(|&k| !unsigned || k >= 0)?;
        let a = self.expr(v);
        Some(match (op, unsigned) {
            (BinaryOp::Eq, _) => Instr::JmpEqK { a, k, to: 0 },
            (BinaryOp::Ne, _) => Instr::JmpNeK { a, k, to: 0 },
            (BinaryOp::Lt, false) => Instr::JmpLtK { a, k, to: 0 },
            (BinaryOp::Lt, true) => Instr::JmpLtUK { a, k, to: 0 },
            (_, false) => Instr::JmpGeK { a, k, to: 0 },
            (_, true) => Instr::JmpGeUK { a, k, to: 0 },
        })
    }

    /// The interface operand of `x == nil` or `nil == x` (either order),
    /// whose type word alone decides it.
    fn iface_against_nil(&self, x: &'a Expr, y: &'a Expr) -> Option<&'a Expr> {
        let nil = |e: &Expr| {
            let e = super::call::strip_parens(e);
            matches!(e.kind, ExprKind::Ident(_))
                && self.m.info.uses[e.id as usize]
                    .is_some_and(|o| matches!(self.m.info.obj(o).kind, ObjKind::Nil))
        };
        match (nil(x), nil(y)) {
            (false, true) if self.m.info.types.is_interface(self.ty(x)) => Some(x),
            (true, false) if self.m.info.types.is_interface(self.ty(y)) => Some(y),
            _ => None,
        }
    }

    /// Points each jump of `jumps` to `to`.
    pub fn patch_all(&mut self, jumps: Vec<usize>, to: Pc) {
        for j in jumps {
            self.patch(j, to);
        }
    }

    /// Emits a jump, to be patched, taken unless `R[a] == k`.
    pub fn jump_unless(&mut self, a: Slot, k: i32) -> usize {
        self.emit(Instr::JmpNeK { a, k, to: 0 })
    }

    /// The signature of a callee expression's type.
    pub fn signature_of(&self, ty: TypeId) -> crate::types::Signature {
        match self.m.info.types.get(self.m.info.types.underlying(ty)) {
            Type::Func(sig) => sig.clone(),
            t => unreachable!("calling a {t:?}"),
        }
    }
}

/// `e` contains a call (which might assign variables through closures).
/// The index of the field element `i` of a struct literal sets: the one
/// its key names, else the `i`th.
fn field_index(fields: &[crate::types::Field], el: &grammar::ast::Element, i: usize) -> usize {
    match el.key.as_ref().map(|k| &k.kind) {
        Some(ExprKind::Ident(name)) => fields
            .iter()
            .position(|f| &f.name == name)
            .expect("checked"),
        Some(_) => unreachable!("checked field name"),
        None => i,
    }
}

/// The comparison that holds exactly when `op` does not.
fn negate(op: BinaryOp) -> BinaryOp {
    match op {
        BinaryOp::Eq => BinaryOp::Ne,
        BinaryOp::Ne => BinaryOp::Eq,
        BinaryOp::Lt => BinaryOp::Ge,
        BinaryOp::Le => BinaryOp::Gt,
        BinaryOp::Gt => BinaryOp::Le,
        BinaryOp::Ge => BinaryOp::Lt,
        op => unreachable!("not a comparison: {op:?}"),
    }
}

/// The comparison with its operands swapped: `x op y` is `y mirror(op) x`.
fn mirror(op: BinaryOp) -> BinaryOp {
    match op {
        BinaryOp::Lt => BinaryOp::Gt,
        BinaryOp::Le => BinaryOp::Ge,
        BinaryOp::Gt => BinaryOp::Lt,
        BinaryOp::Ge => BinaryOp::Le,
        op => op,
    }
}

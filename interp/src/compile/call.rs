//! Calls, builtins, and `defer`.
//!
//! `defer f(a, b)` evaluates `f`, `a` and `b` at once into a closure over a
//! compiler-made wrapper function (`main.f.deferwrap1`) that makes the call
//! when run; a deferred function literal without arguments is deferred as it
//! is. Either way the defer chain only ever holds argument-less closures.

use grammar::ast::{Expr, ExprKind};

use super::func::FuncCompiler;
use crate::bytecode::{Access, Elem, ElemId, FuncId, Instr, MathFn, Native, Slot};
use crate::runtime::stack::HEADER;
use crate::types::{
    Basic, Builtin, Const, Mode, ObjKind, Selection, Signature, Step, Type, TypeId, UnsafeFn, ids,
};

/// What a call expression calls.
#[derive(Clone)]
enum Callee<'a> {
    /// A package-level function, called directly.
    Func(FuncId, Signature),
    /// A method called on `recv` (signature with the receiver first): the
    /// receiver is passed by address (`addr`) or dereferenced (`deref`) to
    /// match the method's receiver type.
    Method {
        func: FuncId,
        sig: Signature,
        recv: Receiver<'a>,
    },
    /// A method of an interface value `recv`, found at run time (`sig`
    /// without the receiver).
    Iface {
        sig: Signature,
        recv: Receiver<'a>,
        method: u32,
    },
    /// A func value.
    Closure(Signature),
    Native(Native, Signature),
    Builtin(Builtin),
    /// A conversion `T(x)`.
    Conversion(TypeId),
}

/// How a method call gets its receiver: the operand, or the embedded field
/// `path` leads to from it, passed by address (`addr`) or dereferenced
/// (`deref`) to match the method's receiver type.
#[derive(Clone)]
struct Receiver<'a> {
    expr: &'a Expr,
    path: Vec<Step>,
    addr: bool,
    deref: bool,
}

/// A call's arguments evaluated ahead of the call (for `defer`): the slot of
/// each value, converted to its parameter type, and that type.
type Evaluated = Vec<(Slot, TypeId)>;

impl<'a> FuncCompiler<'_, 'a> {
    fn callee(&mut self, fun: &'a Expr) -> Callee<'a> {
        let inner = strip_parens(fun);
        if let ExprKind::Selector(recv, _) = &inner.kind
            && let Some(Selection::IfaceMethod { name, path }) =
                self.m.info.selections.get(&inner.id)
        {
            let sig = self.signature_of(self.m.info.tv(inner.id).ty);
            let method = self.m.prog.method_id(name);
            let recv = Receiver {
                expr: recv,
                path: path.clone(),
                addr: false,
                deref: false,
            };
            return Callee::Iface { sig, recv, method };
        }
        if let ExprKind::Selector(recv, _) = &inner.kind
            && let Some(Selection::Method {
                func,
                addr,
                deref,
                path,
            }) = self.m.info.selections.get(&inner.id)
        {
            let sig = self.signature_of(self.m.info.obj(*func).ty);
            let recv = Receiver {
                expr: recv,
                path: path.clone(),
                addr: *addr,
                deref: *deref,
            };
            return Callee::Method {
                func: self.m.func_ids[func],
                sig,
                recv,
            };
        }
        let tv = self.m.info.tv(fun.id);
        match &tv.mode {
            Mode::Builtin(b) => return Callee::Builtin(*b),
            Mode::Type => return Callee::Conversion(tv.ty),
            _ => {}
        }
        let sig = self.signature_of(tv.ty);
        let inner = strip_parens(fun);
        if let Some(obj) = self.m.info.uses[inner.id as usize] {
            match &self.m.info.obj(obj).kind {
                ObjKind::Func => return Callee::Func(self.m.func_ids[&obj], sig),
                ObjKind::Native(n) => return Callee::Native(*n, sig),
                _ => {}
            }
        }
        Callee::Closure(sig)
    }

    /// Compiles a call; returns the base of the callee frame, whose result
    /// slots (from `base + HEADER`) hold the results.
    pub fn call(&mut self, e: &'a Expr, fun: &'a Expr, args: &'a [Expr]) -> Slot {
        self.order(e);
        let ellipsis = matches!(strip_parens(e).kind, ExprKind::Call { ellipsis: true, .. });
        self.set_line(e.span);
        let callee = self.callee(fun);
        let kept = match callee {
            Callee::Builtin(_) | Callee::Conversion(_) => Vec::new(),
            _ => self.uintptr_args(args),
        };
        let base = self.call_callee(callee, e, fun, args, ellipsis);
        for src in kept {
            self.emit(Instr::KeepAlive { src });
        }
        base
    }

    /// Evaluates the arguments `uintptr(p)` of a call, `p` an
    /// `unsafe.Pointer`, into temporaries below the callee's frame, which
    /// the arguments then take their values from: keeping them alive keeps
    /// `p`'s object alive through the call, as Go does for the functions
    /// that may use such an address (`//go:uintptrescapes`, syscalls).
    fn uintptr_args(&mut self, args: &'a [Expr]) -> Vec<Slot> {
        let mut kept = Vec::new();
        for a in args {
            let ExprKind::Call { fun, args: x, .. } = &strip_parens(a).kind else {
                continue;
            };
            let t = &self.m.info.types;
            let is_conversion = matches!(self.m.info.tv(fun.id).mode, Mode::Type);
            if is_conversion
                && t.underlying(self.ty(a)) == ids::UINTPTR
                && x.len() == 1
                && matches!(
                    t.get(t.underlying(self.ty(&x[0]))),
                    Type::Basic(Basic::UnsafePointer)
                )
            {
                let k = self.alloc(1);
                self.expr_into(a, k);
                self.hoisted.insert(a.id, k);
                kept.push(k);
            }
        }
        kept
    }

    /// [`Self::call`] once its callee is known.
    fn call_callee(
        &mut self,
        callee: Callee<'a>,
        e: &'a Expr,
        fun: &'a Expr,
        args: &'a [Expr],
        ellipsis: bool,
    ) -> Slot {
        match callee {
            Callee::Builtin(b) => self.builtin(e, b, args, ellipsis),
            Callee::Conversion(to) => {
                let base = self.alloc(HEADER as u32 + self.words(to).max(3));
                self.conversion(&args[0], to, base + HEADER as Slot);
                base
            }
            Callee::Native(native, sig) => {
                let base = self.frame(&sig);
                self.args_into_frame(&sig, args, base, 0, ellipsis);
                if native == Native::Math(MathFn::Sqrt) {
                    let r = base + HEADER as Slot;
                    self.emit(Instr::SqrtFloat { dst: r, a: r + 1 });
                } else {
                    self.emit(Instr::CallNative { native, base });
                }
                base
            }
            Callee::Func(func, sig) => {
                let base = self.frame(&sig);
                self.args_into_frame(&sig, args, base, 0, ellipsis);
                self.emit(Instr::Call { func, base });
                base
            }
            Callee::Method { func, sig, recv } => {
                let base = self.frame(&sig);
                let p0 = self.param_slot(&sig, base, 0);
                self.receiver(&recv, sig.params[0], p0);
                self.args_into_frame(&sig, args, base, 1, ellipsis);
                self.emit(Instr::Call { func, base });
                base
            }
            Callee::Iface { sig, recv, method } => {
                let (callee, full) = self.iface_callee(&sig, &recv, method);
                let base = self.frame(&full);
                let p0 = self.param_slot(&full, base, 0);
                self.mov(p0, callee + 1, 1);
                self.args_into_frame(&full, args, base, 1, ellipsis);
                self.emit(Instr::CallClosure { callee, base });
                base
            }
            Callee::Closure(sig) => {
                let callee = self.alloc(1);
                self.expr_into(fun, callee);
                let base = self.frame(&sig);
                self.args_into_frame(&sig, args, base, 0, ellipsis);
                self.emit(Instr::CallClosure { callee, base });
                base
            }
        }
    }

    /// Reserves a callee frame for `sig` at the top of this one.
    fn frame(&mut self, sig: &Signature) -> Slot {
        let words: u32 = sig
            .results
            .iter()
            .chain(&sig.params)
            .map(|&t| self.words(t))
            .sum();
        self.alloc(HEADER as u32 + words)
    }

    /// The slot of parameter `i` in a callee frame at `base`.
    fn param_slot(&self, sig: &Signature, base: Slot, i: usize) -> Slot {
        let results: u32 = sig.results.iter().map(|&t| self.words(t)).sum();
        let before: u32 = sig.params[..i].iter().map(|&t| self.words(t)).sum();
        base + HEADER as Slot + results + before
    }

    /// Evaluates arguments straight into the parameter slots of a callee
    /// frame; a multi-value call as the only argument spreads its results.
    /// (`first` parameters, a method's receiver, are already in place.) The
    /// extra arguments of a variadic call become a new slice, or nil when
    /// there are none.
    fn args_into_frame(
        &mut self,
        sig: &Signature,
        args: &'a [Expr],
        base: Slot,
        first: usize,
        ellipsis: bool,
    ) {
        if self.is_multi_value(args) {
            let inner = self.spread(&args[0]);
            let n = sig.params.len();
            let fixed = if sig.variadic {
                n - 1 - first
            } else {
                inner.len()
            };
            for (i, &(slot, ty)) in inner.iter().enumerate().take(fixed) {
                let dst = self.param_slot(sig, base, first + i);
                self.convert_slot(slot, ty, sig.params[first + i], dst);
            }
            if sig.variadic {
                let elem = self.elem_type(sig.params[n - 1]);
                let rest: Vec<Slot> = inner[fixed..]
                    .iter()
                    .map(|&(slot, ty)| {
                        let v = self.alloc(self.words(elem).max(1));
                        self.convert_slot(slot, ty, elem, v);
                        v
                    })
                    .collect();
                let dst = self.param_slot(sig, base, n - 1);
                self.slice_of(elem, &rest, dst);
            }
            return;
        }
        let n = sig.params.len();
        let fixed = if sig.variadic && !ellipsis { n - 1 } else { n };
        for (i, a) in args.iter().enumerate().take(fixed - first) {
            let dst = self.param_slot(sig, base, first + i);
            self.expr_to(a, sig.params[first + i], dst);
        }
        if sig.variadic && !ellipsis {
            let dst = self.param_slot(sig, base, n - 1);
            let rest: Vec<&'a Expr> = args.iter().skip(fixed - first).collect();
            if rest.is_empty() {
                self.emit(Instr::Zero { dst, n: 3 });
            } else {
                let elem = self.elem_type(sig.params[n - 1]);
                self.build_slice(elem, &rest, dst);
            }
        }
    }

    /// Looks up an interface method: `R[c]` the function's closure and
    /// `R[c+1]` the interface's data word (its first argument); the returned
    /// signature has that word as first parameter.
    fn iface_callee(
        &mut self,
        sig: &Signature,
        recv: &Receiver<'a>,
        method: u32,
    ) -> (Slot, Signature) {
        let iface = self.alloc(2);
        if recv.path.is_empty() {
            self.expr_into(recv.expr, iface);
        } else {
            // An interface embedded in a struct: its field.
            let loc = self.field_loc(recv.expr, &recv.path);
            self.load_var(loc, ids::ANY, iface);
        }
        let c = self.alloc(2);
        self.emit(Instr::IfaceMethod {
            dst: c,
            iface,
            method,
        });
        self.mov(c + 1, iface + 1, 1);
        let mut params = vec![ids::UINTPTR];
        params.extend(&sig.params);
        (
            c,
            Signature {
                params,
                ..sig.clone()
            },
        )
    }

    /// A method's receiver into `dst`: the operand, its address, or the
    /// value it points to.
    fn receiver(&mut self, recv: &Receiver<'a>, ty: TypeId, dst: Slot) {
        if recv.path.is_empty() {
            if recv.addr {
                self.address_of(recv.expr, dst);
            } else if recv.deref {
                let p = self.expr(recv.expr);
                self.emit(Instr::LoadField {
                    dst,
                    ptr: p,
                    off: 0,
                    acc: self.m.info.types.access(ty),
                });
            } else {
                self.expr_to(recv.expr, ty, dst);
            }
            return;
        }
        // A promoted method: its receiver is the embedded field.
        let loc = self.field_loc(recv.expr, &recv.path);
        if recv.addr {
            self.loc_address(loc, dst);
        } else if recv.deref {
            let p = self.alloc(1);
            self.load_var(loc, ids::UINTPTR, p);
            self.emit(Instr::LoadField {
                dst,
                ptr: p,
                off: 0,
                acc: self.m.info.types.access(ty),
            });
        } else {
            self.load_var(loc, ty, dst);
        }
    }

    /// The arguments are one call returning several values.
    fn is_multi_value(&self, args: &[Expr]) -> bool {
        args.len() == 1
            && matches!(self.m.info.types.get(self.ty(&args[0])), Type::Tuple(ts) if ts.len() > 1)
    }

    /// The results of a multi-value call, each with its slot and type.
    fn spread(&mut self, call: &'a Expr) -> Evaluated {
        let ExprKind::Call { fun, args, .. } = &strip_parens(call).kind else {
            unreachable!("only calls produce several values")
        };
        let base = self.call(call, fun, args);
        let Type::Tuple(ts) = self.m.info.types.get(self.ty(call)).clone() else {
            unreachable!("a spread call returns a tuple")
        };
        let mut slot = base + HEADER as Slot;
        ts.iter()
            .map(|&t| {
                let s = slot;
                slot += self.words(t);
                (s, t)
            })
            .collect()
    }

    /// Copies a value of type `from` in `src` to `dst` as type `to`.
    fn convert_slot(&mut self, src: Slot, from: TypeId, to: TypeId, dst: Slot) {
        if self.m.info.types.is_interface(to) && !self.m.info.types.is_interface(from) {
            let ty = self.m.rt_type(from);
            self.emit(Instr::MakeIface { dst, src, ty });
        } else {
            let n = self.words(to);
            self.mov(dst, src, n);
        }
    }

    fn builtin(&mut self, e: &'a Expr, b: Builtin, args: &'a [Expr], ellipsis: bool) -> Slot {
        match b {
            Builtin::New => {
                let base = self.alloc(HEADER as u32 + 1);
                let pointee = self.pointee(self.ty(e));
                let n = self.words(pointee);
                let layout = self.m.layout(pointee);
                self.emit(Instr::NewBox {
                    dst: base + HEADER as Slot,
                    n,
                    layout,
                });
                return base;
            }
            Builtin::Make => return self.make(e, args),
            Builtin::Append => return self.append(e, args, ellipsis),
            // No constant where the size depends on a type parameter of
            // the generic body (as Go's checker decides there), but each
            // instance knows it; the operand is not evaluated.
            Builtin::Unsafe(f @ (UnsafeFn::Sizeof | UnsafeFn::Alignof)) => {
                let base = self.alloc(HEADER as u32 + 1);
                let (size, align) = self.m.info.types.go_layout(self.ty(&args[0]));
                let v = if f == UnsafeFn::Sizeof { size } else { align };
                let c = Const::Int(v.into());
                self.load_const(&c, ids::UINTPTR, base + HEADER as Slot);
                return base;
            }
            _ => {}
        }
        let vals = self.builtin_args(b, args);
        self.set_line(e.span);
        self.invoke_builtin(b, &vals)
    }

    /// `R[dst] := len` or `cap` of the slice or string in `s`.
    fn len_word(&mut self, b: Builtin, s: Slot, ty: TypeId, dst: Slot) {
        if self.m.info.types.is_string(ty) {
            self.emit(Instr::LenStr { dst, a: s });
        } else {
            let at = if b == Builtin::Len { 1 } else { 2 };
            self.mov(dst, s + at, 1);
        }
    }

    /// Whether `fun` is `math.Sqrt`, an intrinsic as in Go (one SQRTSD).
    pub fn is_sqrt(&self, fun: &Expr) -> bool {
        self.m.info.uses[strip_parens(fun).id as usize].is_some_and(|obj| {
            self.m.info.obj(obj).kind == ObjKind::Native(Native::Math(MathFn::Sqrt))
        })
    }

    /// Compiles `math.Sqrt(x)` straight into `dst`, reading `x` where it
    /// is; false for other calls.
    pub fn sqrt_into(&mut self, fun: &'a Expr, args: &'a [Expr], dst: Slot) -> bool {
        let [arg] = args else { return false };
        if !self.is_sqrt(fun) {
            return false;
        }
        let a = if self.m.info.types.is_untyped(self.ty(arg)) {
            let t = self.alloc(1);
            self.expr_to(arg, ids::FLOAT64, t);
            t
        } else {
            self.expr(arg)
        };
        self.emit(Instr::SqrtFloat { dst, a });
        true
    }

    /// Compiles `len` or `cap` of a slice or string straight into `dst`,
    /// reading the operand where it is; false for other calls.
    pub fn len_into(&mut self, fun: &'a Expr, args: &'a [Expr], dst: Slot) -> bool {
        let Mode::Builtin(b @ (Builtin::Len | Builtin::Cap)) = self.m.info.tv(fun.id).mode else {
            return false;
        };
        let [arg] = args else { return false };
        let ty = self.ty(arg);
        let t = &self.m.info.types;
        if !t.is_string(ty) && !matches!(t.get(t.underlying(ty)), Type::Slice(_)) {
            return false;
        }
        let s = self.expr(arg);
        self.len_word(b, s, ty, dst);
        true
    }

    /// Evaluates a builtin's arguments (for a call now or a deferred one):
    /// `panic`'s to `any`, `delete`'s key to the map's key type, the others
    /// to their default types.
    fn builtin_args(&mut self, b: Builtin, args: &'a [Expr]) -> Evaluated {
        // A multi-value call spread over the parameters: its results.
        if let [arg] = args
            && let Type::Tuple(ts) = self.m.info.types.get(self.ty(arg)).clone()
            && let ExprKind::Call {
                fun, args: inner, ..
            } = &strip_parens(arg).kind
        {
            let base = self.call(arg, fun, inner);
            let mut at = base + HEADER as Slot;
            let mut vals: Evaluated = ts
                .into_iter()
                .map(|ty| {
                    let s = at;
                    at += self.words(ty);
                    (s, ty)
                })
                .collect();
            if b == Builtin::Delete {
                let kty = self.map_key(vals[0].1);
                vals[1] = self.as_target(vals[1].0, vals[1].1, kty);
            }
            return vals;
        }
        match b {
            Builtin::Delete => {
                let (mty, kty) = (self.ty(&args[0]), self.map_key(self.ty(&args[0])));
                let m = self.alloc(1);
                self.expr_into(&args[0], m);
                let k = self.alloc(self.words(kty).max(1));
                self.expr_to(&args[1], kty, k);
                vec![(m, mty), (k, kty)]
            }
            Builtin::Panic => {
                let s = self.alloc(2);
                self.expr_to(&args[0], ids::ANY, s);
                vec![(s, ids::ANY)]
            }
            _ => args
                .iter()
                .map(|a| {
                    let ty = self.default_type(self.ty(a));
                    // Builtins that only read a typed operand read it where
                    // it is.
                    if ty == self.ty(a)
                        && matches!(
                            b,
                            Builtin::Len
                                | Builtin::Cap
                                | Builtin::Copy
                                | Builtin::Real
                                | Builtin::Imag
                        )
                    {
                        return (self.expr(a), ty);
                    }
                    let s = self.alloc(self.words(ty).max(1));
                    self.expr_to(a, ty, s);
                    (s, ty)
                })
                .collect(),
        }
    }

    /// Emits a builtin applied to evaluated arguments; returns a frame-like
    /// base whose `HEADER` slot holds the result.
    fn invoke_builtin(&mut self, b: Builtin, vals: &[(Slot, TypeId)]) -> Slot {
        let base = self.alloc(HEADER as u32 + 3);
        let result = base + HEADER as Slot;
        match b {
            Builtin::Len | Builtin::Cap if self.m.info.types.chan_of(vals[0].1).is_some() => {
                let ch = vals[0].0;
                self.emit(if b == Builtin::Len {
                    Instr::ChanLen { dst: result, ch }
                } else {
                    Instr::ChanCap { dst: result, ch }
                });
            }
            Builtin::Close => {
                self.emit(Instr::ChanClose { ch: vals[0].0 });
            }
            // The slice's data pointer.
            Builtin::Unsafe(UnsafeFn::SliceData) => self.mov(result, vals[0].0, 1),
            // Pointer arithmetic in bytes: memory takes Go's layout.
            Builtin::Unsafe(UnsafeFn::Add) => {
                self.emit(Instr::AddInt {
                    dst: result,
                    a: vals[0].0,
                    b: vals[1].0,
                });
            }
            Builtin::Unsafe(UnsafeFn::Slice) => {
                let t = &self.m.info.types;
                let Some(&Type::Pointer(elem)) = t.core_type(vals[0].1).map(|c| t.get(c)) else {
                    unreachable!("the checker wants a pointer")
                };
                self.emit(Instr::UnsafeSlice {
                    dst: result,
                    ptr: vals[0].0,
                    len: vals[1].0,
                    size: t.go_size(elem),
                });
            }
            Builtin::Unsafe(UnsafeFn::String) => {
                self.emit(Instr::UnsafeString {
                    dst: result,
                    ptr: vals[0].0,
                    len: vals[1].0,
                });
            }
            Builtin::Unsafe(UnsafeFn::StringData) => {
                self.emit(Instr::StringData {
                    dst: result,
                    a: vals[0].0,
                });
            }
            Builtin::Len if self.is_map(vals[0].1) => {
                self.emit(Instr::MapLen {
                    dst: result,
                    m: vals[0].0,
                });
            }
            Builtin::Delete => {
                let ty = self.m.rt_type(vals[0].1);
                self.emit(Instr::MapDelete {
                    m: vals[0].0,
                    key: vals[1].0,
                    ty,
                });
            }
            Builtin::Len | Builtin::Cap => {
                let (s, ty) = vals[0];
                let t = &self.m.info.types;
                let array = match *t.get(t.underlying(ty)) {
                    Type::Pointer(p) => t.get(t.underlying(p)),
                    ref a => a,
                };
                if let Type::Array(n, _) = *array {
                    // The operand was evaluated for its calls or receives
                    // (a nil pointer too); the length is the type's.
                    self.emit(Instr::LoadInt {
                        dst: result,
                        k: n as i64,
                    });
                    return base;
                }
                self.len_word(b, s, ty, result);
            }
            Builtin::Min | Builtin::Max => self.min_max(b, vals, result),
            Builtin::Complex => {
                self.mov(result, vals[0].0, 1);
                self.mov(result + 1, vals[1].0, 1);
            }
            Builtin::Real => self.mov(result, vals[0].0, 1),
            Builtin::Imag => self.mov(result, vals[0].0 + 1, 1),
            Builtin::Clear => {
                let (s, ty) = vals[0];
                if self.is_map(ty) {
                    self.emit(Instr::MapClear { m: s });
                } else {
                    let elem = self.layout(self.elem_type(ty));
                    self.emit(Instr::SliceClear { s, elem });
                }
            }
            Builtin::Copy => {
                let (a, b) = (vals[0].0, vals[1].0);
                if self.m.info.types.is_string(vals[1].1) {
                    self.emit(Instr::CopyStr { dst: result, a, b });
                } else {
                    let elem = self.layout(self.elem_type(vals[0].1));
                    self.emit(Instr::Copy {
                        dst: result,
                        a,
                        b,
                        elem,
                    });
                }
            }
            Builtin::Make | Builtin::Append | Builtin::New => {
                unreachable!("compiled from their expressions")
            }
            Builtin::Unsafe(f) => {
                unreachable!("constants, or refused by the checker: {f:?}")
            }
            Builtin::Panic => {
                self.emit(Instr::Panic { src: vals[0].0 });
            }
            Builtin::Recover => {
                self.emit(Instr::Recover { dst: result });
            }
            Builtin::Print | Builtin::Println => {
                for (i, &(slot, ty)) in vals.iter().enumerate() {
                    if i > 0 && b == Builtin::Println {
                        self.emit(Instr::PrintSp);
                    }
                    let t = &self.m.info.types;
                    if t.is_complex(ty) {
                        // Go's printcomplex: `(` real imag `i)`.
                        self.print_text("(");
                        self.emit(Instr::PrintFloat { src: slot });
                        self.emit(Instr::PrintFloat { src: slot + 1 });
                        self.print_text("i)");
                        continue;
                    }
                    if let Type::Slice(_) = t.get(t.underlying(ty)) {
                        // Go's printslice: `[len/cap]0xADDR`.
                        self.print_text("[");
                        self.emit(Instr::PrintInt { src: slot + 1 });
                        self.print_text("/");
                        self.emit(Instr::PrintInt { src: slot + 2 });
                        self.print_text("]");
                        self.emit(Instr::PrintPtr { src: slot });
                        continue;
                    }
                    let i = if t.is_interface(ty) {
                        Instr::PrintIface { src: slot }
                    } else if t.is_string(ty) {
                        Instr::PrintStr { src: slot }
                    } else if t.is_boolean(ty) {
                        Instr::PrintBool { src: slot }
                    } else if t.is_unsigned(ty) {
                        Instr::PrintUint { src: slot }
                    } else if t.is_float(ty) {
                        Instr::PrintFloat { src: slot }
                    } else if matches!(
                        t.get(t.underlying(ty)),
                        Type::Func(_) | Type::Map(..) | Type::Pointer(_) | Type::Chan(..)
                    ) || t.is_unsafe_pointer(ty)
                    {
                        Instr::PrintPtr { src: slot }
                    } else {
                        Instr::PrintInt { src: slot }
                    };
                    self.emit(i);
                }
                if b == Builtin::Println {
                    self.emit(Instr::PrintNl);
                }
            }
        }
        base
    }

    /// `R[dst..] := min(vals...)` or `max`: floats by `MinFloat`/`MaxFloat`
    /// (NaN and signed zeros), others by comparing and keeping the winner.
    fn min_max(&mut self, b: Builtin, vals: &[(Slot, TypeId)], dst: Slot) {
        let (first, ty) = vals[0];
        let words = self.words(ty);
        self.mov(dst, first, words);
        let t = &self.m.info.types;
        let (float, string, unsigned) = (t.is_float(ty), t.is_string(ty), t.is_unsigned(ty));
        for &(v, _) in &vals[1..] {
            if float {
                self.emit(if b == Builtin::Min {
                    Instr::MinFloat { dst, a: dst, b: v }
                } else {
                    Instr::MaxFloat { dst, a: dst, b: v }
                });
                continue;
            }
            // Keep v when it is below (min) or above (max) the winner so far.
            let (a, bb) = if b == Builtin::Min {
                (v, dst)
            } else {
                (dst, v)
            };
            let c = self.alloc(1);
            self.emit(match (string, unsigned) {
                (true, _) => Instr::LtStr { dst: c, a, b: bb },
                (false, true) => Instr::LtUint { dst: c, a, b: bb },
                (false, false) => Instr::LtInt { dst: c, a, b: bb },
            });
            let skip = self.emit(Instr::JmpIfNot { cond: c, to: 0 });
            self.mov(dst, v, words);
            let end = self.pc();
            self.patch(skip, end);
        }
    }

    /// Builtin `print` of constant text.
    fn print_text(&mut self, text: &str) {
        let s = self.alloc(2);
        let idx = self.m.prog.string_id(text.as_bytes());
        self.emit(Instr::LoadStr { dst: s, idx });
        self.emit(Instr::PrintStr { src: s });
    }

    /// `defer call`: pushes an argument-less closure that makes the call.
    /// `defer f(a, b)` (`go` false) or `go f(a, b)`: evaluates the function
    /// value and arguments now and hands an argument-less closure making the
    /// call to deferproc or newproc.
    pub fn go_defer(&mut self, call: &'a Expr, go: bool) {
        let call = strip_parens(call);
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
        } = &call.kind
        else {
            unreachable!("the checker requires a call after defer")
        };
        self.set_line(call.span);
        // The arguments are evaluated now, calls among them first.
        self.order(call);
        // `defer func() { ... }()` defers the literal itself.
        if args.is_empty()
            && let ExprKind::FuncLit { .. } = &strip_parens(fun).kind
        {
            let closure = self.expr(fun);
            self.go_or_defer(closure, go);
            return;
        }
        let callee = self.callee(fun);
        // Evaluate the function value and the arguments now; the wrapper
        // closure captures them.
        let mut captured: Evaluated = Vec::new();
        // An interface method is found now and called later as a closure
        // with the data word as its first argument.
        let callee = match callee {
            Callee::Iface { sig, recv, method } => {
                let (c, full) = self.iface_callee(&sig, &recv, method);
                captured.push((c, ids::UINTPTR));
                let base = self.frame(&full);
                let p0 = self.param_slot(&full, base, 0);
                self.mov(p0, c + 1, 1);
                self.args_into_frame(&full, args, base, 1, *ellipsis);
                for i in 0..full.params.len() {
                    captured.push((self.param_slot(&full, base, i), full.params[i]));
                }
                self.finish_defer(Callee::Closure(full), captured, 0, go);
                return;
            }
            other => other,
        };
        if let Callee::Closure(_) = callee {
            let s = self.alloc(1);
            self.expr_into(fun, s);
            captured.push((s, self.ty(fun)));
        }
        let kept = match callee {
            Callee::Builtin(_) => Vec::new(),
            _ => self.uintptr_args(args),
        };
        let vals = match &callee {
            // Go functions: the arguments as they will sit in the callee's
            // parameters (receiver, variadic slice and all).
            Callee::Func(_, sig)
            | Callee::Closure(sig)
            | Callee::Method { sig, .. }
            | Callee::Native(_, sig) => {
                let base = self.frame(sig);
                let mut first = 0;
                if let Callee::Method { recv, .. } = &callee {
                    let p0 = self.param_slot(sig, base, 0);
                    self.receiver(recv, sig.params[0], p0);
                    first = 1;
                }
                self.args_into_frame(sig, args, base, first, *ellipsis);
                (0..sig.params.len())
                    .map(|i| (self.param_slot(sig, base, i), sig.params[i]))
                    .collect()
            }
            Callee::Builtin(b) => self.builtin_args(*b, args),
            Callee::Conversion(_) => unreachable!("the checker rejects deferred conversions"),
            Callee::Iface { .. } => unreachable!("handled above"),
        };
        captured.extend(vals);
        // The closure holds the addresses as pointers too, until the call.
        let keep = kept.len();
        if keep > 0 {
            let pointer = self
                .m
                .info
                .types
                .intern_lookup(&Type::Basic(Basic::UnsafePointer))
                .expect("an unsafe.Pointer operand has the type");
            captured.extend(kept.into_iter().map(|k| (k, pointer)));
        }
        self.finish_defer(callee, captured, keep, go);
    }

    /// The end of `defer` and `go`: a wrapper function that makes the call
    /// with the `captured` values (the last `keep` of them only kept alive
    /// through it), its closure over them, and `DeferProc` or `Go`.
    fn finish_defer(&mut self, callee: Callee<'a>, captured: Evaluated, keep: usize, go: bool) {
        let (start, words, layout) = self.pack_captured(&captured);
        self.wraps += 1;
        let name = format!(
            "{}.{}{}",
            self.m.prog.funcs[self.id as usize].name,
            if go { "gowrap" } else { "deferwrap" },
            self.wraps
        );
        let wrapper = self.m.reserve_func(name);
        let mut w = FuncCompiler::new_synthetic(self.m, wrapper);
        w.pos = self.pos;
        w.mark_wrapper();
        w.wrapper_body(&callee, &layout, keep);
        w.finish();
        self.m.set_closure_layout(wrapper, words, &layout);
        let closure = self.alloc(1);
        self.emit(Instr::MakeClosure {
            dst: closure,
            func: wrapper,
            caps: start,
            n: words,
        });
        self.go_or_defer(closure, go);
    }

    /// Starts the goroutine or defers the call `R[closure]`; a `defer` in a
    /// range-over-func loop body defers to the function the body is part of.
    fn go_or_defer(&mut self, closure: Slot, go: bool) {
        if go {
            self.emit(Instr::Go { closure });
            return;
        }
        if self.open_defers.is_some() {
            self.open_defer(closure);
            return;
        }
        if self.info_func.is_none_or(|f| f.range_state.is_none()) {
            self.emit(Instr::DeferProc { closure });
            return;
        }
        let obj = self
            .enclosing_func()
            .range_frame
            .expect("the checker gives the function a frame variable");
        let loc = self.var_loc(obj);
        let frame = self.alloc(1);
        self.load_var(loc, crate::types::ids::INT, frame);
        self.emit(Instr::DeferProcAt { closure, frame });
    }

    /// The body of a defer wrapper: loads the captured function value and
    /// arguments (at capture offsets `layout`) and makes the call, keeping
    /// the last `keep` captured values alive through it.
    fn wrapper_body(&mut self, callee: &Callee, layout: &[(u32, TypeId)], keep: usize) {
        let vals = self.load_captured(layout);
        let (vals, kept) = vals.split_at(vals.len() - keep);
        match callee {
            Callee::Builtin(b) => {
                self.invoke_builtin(*b, vals);
            }
            _ => {
                self.call_with(callee, vals);
            }
        }
        for &(src, _) in kept {
            self.emit(Instr::KeepAlive { src });
        }
    }

    /// Copies `captured` values next to each other, as a closure stores
    /// them: where they start, how many words, and each one's offset and
    /// type.
    fn pack_captured(&mut self, captured: &Evaluated) -> (Slot, u32, Vec<(u32, TypeId)>) {
        let words: u32 = captured.iter().map(|&(_, ty)| self.words(ty)).sum();
        let start = self.alloc(words.max(1));
        let mut at = start;
        let mut layout = Vec::new();
        for &(slot, ty) in captured {
            let n = self.words(ty);
            layout.push((at - start, ty));
            self.mov(at, slot, n);
            at += n;
        }
        (start, words, layout)
    }

    /// The captured words of the running closure at capture offsets
    /// `layout`, loaded into temporaries.
    fn load_captured(&mut self, layout: &[(u32, TypeId)]) -> Evaluated {
        let mut vals: Evaluated = Vec::new();
        for &(idx, ty) in layout {
            let n = self.words(ty);
            let s = self.alloc(n.max(1));
            self.emit(Instr::LoadCap { dst: s, idx, n });
            vals.push((s, ty));
        }
        vals
    }

    /// Calls `callee` with the evaluated arguments `vals` (a closure callee
    /// first); returns the callee frame's base.
    fn call_with(&mut self, callee: &Callee, vals: &[(Slot, TypeId)]) -> Slot {
        match callee {
            Callee::Func(func, sig) | Callee::Method { func, sig, .. } => {
                let base = self.frame(sig);
                self.args_from_slots(sig, vals, base);
                self.emit(Instr::Call { func: *func, base });
                base
            }
            Callee::Closure(sig) => {
                let base = self.frame(sig);
                self.args_from_slots(sig, &vals[1..], base);
                self.emit(Instr::CallClosure {
                    callee: vals[0].0,
                    base,
                });
                base
            }
            Callee::Native(native, sig) => {
                let base = self.frame(sig);
                self.args_from_slots(sig, vals, base);
                self.emit(Instr::CallNative {
                    native: *native,
                    base,
                });
                base
            }
            Callee::Builtin(_) | Callee::Conversion(_) | Callee::Iface { .. } => {
                unreachable!("builtins, conversions and interface calls are compiled apart")
            }
        }
    }

    /// A method value `x.M` (an interface's too) or a standard function
    /// used as a value (`strings.ToUpper`): the receiver is evaluated now,
    /// and the value is a closure over it of a compiler-made function
    /// (Go's `T.M-fm`) that takes the method's parameters and makes the call.
    pub fn func_value(&mut self, e: &'a Expr, dst: Slot) {
        let vsig = self.signature_of(self.ty(e));
        let mut captured: Evaluated = Vec::new();
        let (callee, name) = match self.callee(e) {
            Callee::Iface { sig, recv, method } => {
                // The method's closure and the data word, found now.
                let (c, full) = self.iface_callee(&sig, &recv, method);
                captured.push((c, ids::UINTPTR));
                captured.push((c + 1, ids::UINTPTR));
                let iface = self.m.info.types.name(self.ty(recv.expr));
                let m = &self.m.prog.method_names[method as usize];
                (Callee::Closure(full), format!("main.{iface}.{m}-fm"))
            }
            Callee::Method { func, sig, recv } => {
                let r = self.alloc(self.words(sig.params[0]).max(1));
                self.receiver(&recv, sig.params[0], r);
                captured.push((r, sig.params[0]));
                let name = format!("{}-fm", self.m.prog.funcs[func as usize].name);
                (Callee::Method { func, sig, recv }, name)
            }
            Callee::Native(native, sig) => {
                (Callee::Native(native, sig), format!("{}-fm", native.name()))
            }
            _ => unreachable!("func_value of a method or native"),
        };
        let (start, words, layout) = self.pack_captured(&captured);
        let id = self.m.reserve_func(name);
        let mut w = FuncCompiler::new_bound(self.m, id, &vsig);
        // Go's -fm functions are wrappers: left out of traces, and a
        // deferred one lets its callee recover.
        w.mark_wrapper();
        w.pos = self.pos;
        w.bound_body(&callee, &layout, &vsig);
        w.finish();
        self.m.set_closure_layout(id, words, &layout);
        self.emit(Instr::MakeClosure {
            dst,
            func: id,
            caps: start,
            n: words,
        });
    }

    /// The body of a bound function: the captured values (at capture
    /// offsets `layout`), then its own parameters (`vsig`), passed to the
    /// callee; the callee's results become its own.
    fn bound_body(&mut self, callee: &Callee, layout: &[(u32, TypeId)], vsig: &Signature) {
        let mut vals = self.load_captured(layout);
        let rw: u32 = vsig.results.iter().map(|&t| self.words(t)).sum();
        let mut at = HEADER as Slot + rw;
        for &t in &vsig.params {
            vals.push((at, t));
            at += self.words(t);
        }
        let base = self.call_with(callee, &vals);
        if rw > 0 {
            self.mov(HEADER as Slot, base + HEADER as Slot, rw);
        }
    }

    /// The body of the Go-callable function of a native method (its
    /// receiver first): it passes its parameters to the native.
    pub fn native_method_body(&mut self, native: Native, sig: &Signature) {
        self.bound_body(&Callee::Native(native, sig.clone()), &[], sig);
    }

    fn args_from_slots(&mut self, sig: &Signature, vals: &[(Slot, TypeId)], base: Slot) {
        for (i, &(slot, ty)) in vals.iter().enumerate() {
            let dst = self.param_slot(sig, base, i);
            self.mov(dst, slot, self.words(ty));
        }
    }
}

impl<'a> FuncCompiler<'_, 'a> {
    /// How an element of slice or array type `ty` moves.
    pub fn elem_access(&self, ty: TypeId) -> Access {
        self.m.info.types.access(self.elem_type(ty))
    }

    /// Slots the memory form of `count` elements moved as `acc` takes.
    pub fn image_words(&self, acc: Access, count: u32) -> u32 {
        (acc.size() * u64::from(count)).div_ceil(8) as u32
    }

    /// How the runtime lays out elements of type `elem` in a backing array:
    /// the id of that layout in the program's table.
    pub fn layout(&mut self, elem: TypeId) -> ElemId {
        let e = Elem {
            go_size: self.m.info.types.go_layout(elem).0,
            layout: self.m.layout(elem),
        };
        self.m.prog.elem_id(e)
    }

    /// The element type of slice type `ty`.
    pub fn elem_type(&self, ty: TypeId) -> TypeId {
        match self.m.info.types.get(self.m.info.types.underlying(ty)) {
            Type::Slice(el) | Type::Array(_, el) => *el,
            t => unreachable!("elements of a non-slice {t:?}"),
        }
    }

    /// `T(x)` into `dst`: integers wrap to T's width, integers become
    /// one-rune strings, strings convert to and from `[]byte` and `[]rune`.
    fn conversion(&mut self, x: &'a Expr, to: TypeId, dst: Slot) {
        let from = self.ty(x);
        let t = &self.m.info.types;
        // The element's underlying type: []myByte converts like []byte.
        let elem = |id| match t.get(t.underlying(id)) {
            &Type::Slice(el) => Some(t.underlying(el)),
            _ => None,
        };
        let (from_int, to_int) = (t.is_integer(from), t.int_info(to).is_some());
        let (from_float, to_float) = (t.float_bits(from), t.float_bits(to));
        let (from_str, to_str) = (t.is_string(from), t.is_string(to));
        let (from_elem, to_elem) = (elem(from), elem(to));
        if from_int && to_int {
            self.expr_into(x, dst);
            self.wrap(to, dst);
        } else if let (true, Some(bits)) = (from_int, to_float) {
            let a = self.expr(x);
            let f32 = bits == 32;
            self.emit(if t.is_unsigned(from) {
                Instr::UintToFloat { dst, a, f32 }
            } else {
                Instr::IntToFloat { dst, a, f32 }
            });
        } else if let (Some(_), true) = (from_float, to_int) {
            let a = self.expr(x);
            let (bits, signed) = t.int_info(to).expect("an integer type");
            self.emit(match (bits, signed) {
                (64, false) => Instr::FloatToUint { dst, a },
                // Go converts to uint32 through int64 on 64-bit machines,
                // and to narrower types through int32.
                (64, true) | (32, false) => Instr::FloatToInt { dst, a, bits: 64 },
                _ => Instr::FloatToInt { dst, a, bits: 32 },
            });
            self.wrap(to, dst);
        } else if let (Some(_), Some(_)) = (from_float, to_float) {
            self.expr_into(x, dst);
            self.wrap(to, dst);
        } else if t.complex_bits(from).is_some() && t.complex_bits(to).is_some() {
            self.expr_into(x, dst);
            self.wrap(to, dst);
        } else if from_int && to_str {
            let a = self.expr(x);
            self.emit(Instr::RuneToStr { dst, a });
        } else if from_str && to_elem == Some(ids::UINT8) {
            let a = self.expr(x);
            self.emit(Instr::StrToBytes { dst, a });
            if let Mode::Const(_) = self.m.info.tv(x.id).mode {
                // Go allocates a constant's bytes as an array of exactly
                // their length, with no size class rounding.
                self.mov(dst + 2, dst + 1, 1);
            }
        } else if from_str && to_elem == Some(ids::INT32) {
            let a = self.expr(x);
            self.emit(Instr::StrToRunes { dst, a });
        } else if to_str && from_elem == Some(ids::UINT8) {
            let a = self.expr(x);
            self.emit(Instr::BytesToStr { dst, a });
        } else if to_str && from_elem == Some(ids::INT32) {
            let a = self.expr(x);
            self.emit(Instr::RunesToStr { dst, a });
        } else if let Some((n, pointer)) = t.slice_to_array(from, to) {
            let s = self.expr(x);
            let n = u32::try_from(n).expect("array lengths fit the slot space");
            if pointer {
                self.emit(Instr::SliceToArray { dst, s, n });
            } else {
                let data = self.alloc(1);
                self.emit(Instr::SliceToArray { dst: data, s, n });
                self.emit(Instr::Load {
                    dst,
                    ptr: data,
                    off: 0,
                    acc: self.m.info.types.access(to),
                });
            }
        } else {
            self.expr_to(x, to, dst);
        }
    }

    /// `make([]T, len[, cap])`.
    fn make(&mut self, e: &'a Expr, args: &'a [Expr]) -> Slot {
        let ty = self.ty(e);
        if let Some((_, elem)) = self.m.info.types.chan_of(ty) {
            let size = self.alloc(1);
            match args.get(1) {
                Some(n) => self.expr_into(n, size),
                None => {
                    self.emit(Instr::LoadInt { dst: size, k: 0 });
                }
            }
            let base = self.alloc(HEADER as u32 + 1);
            self.set_line(e.span);
            let layout = self.m.layout(elem);
            self.emit(Instr::MakeChan {
                dst: base + HEADER as Slot,
                size,
                elem: self.words(elem),
                layout,
            });
            return base;
        }
        if self.is_map(ty) {
            // The size hint is evaluated for its effects (and its panics) only.
            if let Some(hint) = args.get(1) {
                self.expr(hint);
            }
            let base = self.alloc(HEADER as u32 + 1);
            let layout = self.m.entry_layout(ty);
            self.emit(Instr::MakeMap {
                dst: base + HEADER as Slot,
                layout,
            });
            return base;
        }
        let sizes = self.alloc(2);
        self.expr_into(&args[1], sizes);
        match args.get(2) {
            Some(cap) => self.expr_into(cap, sizes + 1),
            None => self.mov(sizes + 1, sizes, 1),
        }
        let base = self.alloc(HEADER as u32 + 3);
        self.set_line(e.span);
        let elem = self.layout(self.elem_type(ty));
        self.emit(Instr::MakeSlice {
            dst: base + HEADER as Slot,
            len: sizes,
            elem,
        });
        base
    }

    /// `append(s, x, y)` (the values become a slice over frame slots, as
    /// Go passes variadic arguments) or `append(s, t...)`.
    fn append(&mut self, e: &'a Expr, args: &'a [Expr], ellipsis: bool) -> Slot {
        let ty = self.ty(e);
        let (elem, acc) = (self.elem_type(ty), self.elem_access(ty));
        let layout = self.layout(elem);
        let s = self.alloc(3);
        let other = if self.is_multi_value(args) {
            // `append(f())`: the slice and the elements are f's results.
            let vals = self.spread(&args[0]);
            self.mov(s, vals[0].0, 3);
            let count = vals.len() as u32 - 1;
            let words = self.image_words(acc, count);
            let image = self.alloc(words.max(1));
            for (i, &(src, from)) in vals[1..].iter().enumerate() {
                let v = self.alloc(acc.slots().max(1));
                self.convert_slot(src, from, elem, v);
                let loc = self.image_loc(image, i as u32 * acc.size() as u32, elem);
                self.store_var(loc, elem, v);
            }
            let o = self.alloc(3);
            self.frame_slice(o, image, count.into(), words);
            o
        } else if ellipsis {
            // A string's bytes are laid out as a []byte's elements, and
            // append reads only the data and length words.
            self.expr_into(&args[0], s);
            let o = self.alloc(3);
            self.expr_into(&args[1], o);
            o
        } else {
            self.expr_into(&args[0], s);
            let count = args.len() as u32 - 1;
            let words = self.image_words(acc, count);
            let image = self.alloc(words.max(1));
            for (i, a) in args[1..].iter().enumerate() {
                self.expr_to_image(a, elem, image, i as u32 * acc.size() as u32);
            }
            let o = self.alloc(3);
            self.frame_slice(o, image, count.into(), words);
            o
        };
        let base = self.alloc(HEADER as u32 + 3);
        self.emit(Instr::Append {
            dst: base + HEADER as Slot,
            s,
            other,
            elem: layout,
        });
        base
    }
}

/// `e` without enclosing parentheses.
pub(super) fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(inner) => strip_parens(inner),
        _ => e,
    }
}

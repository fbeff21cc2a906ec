//! Where values live: the place an assignable expression denotes
//! (a variable, a slice element, a struct field, a pointer's target) and
//! the addresses `&x` takes.

use grammar::ast::{Expr, ExprKind, UnaryOp};

use super::func::{FuncCompiler, LARGE_VALUE_WORDS, VarLoc};
use crate::bytecode::{Access, AccessKind, Instr, Slot};
use crate::program::layouts;
use crate::types::{ObjKind, Selection, Step, Type};

/// An assignment target.
#[derive(Clone, Copy)]
pub(super) enum Place {
    Var(VarLoc),
    /// A slice element whose slice and index are evaluated (into
    /// temporaries) but not yet bounds-checked: that happens when it is
    /// read or written, after the right-hand side, as the spec orders it.
    Elem {
        s: Slot,
        i: Slot,
        acc: Access,
        /// The position of the `[`, where Go reports a failed check.
        pos: (u32, u32),
    },
    /// A map entry: the map and key evaluated into temporaries; `ty` is the
    /// map's runtime type.
    Map {
        m: Slot,
        key: Slot,
        ty: u32,
    },
}

impl<'a> FuncCompiler<'_, 'a> {
    /// The place an expression denotes, for a tuple assignment: the
    /// variables its pointers, slices and indexes come from are copied, as
    /// assigning an earlier target may change them. Anything that is not a
    /// variable (a call result, say) is evaluated into a temporary first,
    /// so fields of values can be read the same way.
    pub fn place(&mut self, e: &'a Expr) -> Place {
        self.place_as(e, false)
    }

    /// [`Self::place`] for a place used `now`, before any other code runs
    /// (a read, an address, or the one target of an assignment whose calls
    /// already ran): it takes those variables in their own slots.
    pub fn place_now(&mut self, e: &'a Expr) -> Place {
        self.place_as(e, true)
    }

    fn place_as(&mut self, e: &'a Expr, now: bool) -> Place {
        match &e.kind {
            ExprKind::Paren(x) => self.place_as(x, now),
            ExprKind::Index(x, idx) if self.is_map(self.ty(x)) => {
                let mty = self.ty(x);
                let m = self.operand(x, now);
                let kty = self.map_key(mty);
                let key = self.alloc(self.words(kty).max(1));
                self.expr_to(&idx[0], kty, key);
                Place::Map {
                    m,
                    key,
                    ty: self.m.rt_type(mty),
                }
            }
            ExprKind::Index(x, idx) if self.indexes_array(self.ty(x)) => {
                let s = self.array_slice(x);
                let i = self.operand(&idx[0], now);
                Place::Elem {
                    s,
                    i,
                    acc: self.m.info.types.access(self.ty(e)),
                    pos: self.m.next_token_position(x.span.end),
                }
            }
            ExprKind::Index(x, idx) if !self.m.info.types.is_string(self.ty(x)) => {
                let s = self.operand(x, now);
                let i = self.operand(&idx[0], now);
                Place::Elem {
                    s,
                    i,
                    acc: self.m.info.types.access(self.ty(e)),
                    pos: self.m.next_token_position(x.span.end),
                }
            }
            // A package variable by address (`os.Args`, or `Args`
            // dot-imported).
            ExprKind::Selector(..) | ExprKind::Ident(_)
                if let Some(obj) = self.m.info.uses[e.id as usize]
                    && let ObjKind::NativeVar(native) = self.m.info.obj(obj).kind
                    && native.by_address() =>
            {
                let header = crate::runtime::stack::HEADER as Slot;
                let base = self.alloc(header + 1);
                self.emit(Instr::CallNative { native, base });
                Place::Var(VarLoc::Ptr {
                    ptr: base + header,
                    off: 0,
                    nil_check: false,
                })
            }
            // A variable of a package written in Go.
            ExprKind::Selector(..)
                if let Some(obj) = self.m.info.uses[e.id as usize]
                    && self.m.info.obj(obj).kind == (ObjKind::Var { global: true }) =>
            {
                Place::Var(self.var_loc(obj))
            }
            ExprKind::Selector(x, _) => match self.m.info.selections.get(&e.id).cloned() {
                Some(Selection::Field { path }) => Place::Var(self.field_path(x, &path, now)),
                _ => self.temp_place(e),
            },
            ExprKind::Star(x) => Place::Var(VarLoc::Ptr {
                ptr: self.operand(x, now),
                off: 0,
                nil_check: true,
            }),
            ExprKind::Ident(_) => match self.m.info.uses[e.id as usize] {
                Some(obj) if matches!(self.m.info.obj(obj).kind, ObjKind::Var { .. }) => {
                    Place::Var(self.var_loc(obj))
                }
                _ => self.temp_place(e),
            },
            _ => self.temp_place(e),
        }
    }

    /// Where the field that `path` leads to from `x` lives, for reading at
    /// once or taking its address.
    pub fn field_loc(&mut self, x: &'a Expr, path: &[Step]) -> VarLoc {
        self.field_path(x, path, true)
    }

    /// Operand `x` of a place in slots: its variable's own when the place
    /// is used `now`, else a copy (see [`Self::place`]).
    fn operand(&mut self, x: &'a Expr, now: bool) -> Slot {
        if now {
            return self.expr(x);
        }
        let t = self.alloc(self.words(self.ty(x)).max(1));
        self.expr_into(x, t);
        t
    }

    /// Where the field that `path` leads to from `x` lives: each step
    /// dereferences the value first when it is a pointer, then moves to the
    /// field. Each pointer is nil-checked where it is used: by the load of
    /// the next one, or by whoever reads, writes or addresses the field.
    fn field_path(&mut self, x: &'a Expr, path: &[Step], now: bool) -> VarLoc {
        let mut ty = self.ty(x);
        let mut loc: Option<VarLoc> = None;
        for step in path {
            if step.deref {
                let p = match loc {
                    None => self.operand(x, now),
                    Some(l) => {
                        let t = self.alloc(1);
                        self.load_var(l, ty, t);
                        t
                    }
                };
                ty = self.pointee(ty);
                loc = Some(VarLoc::Ptr {
                    ptr: p,
                    off: 0,
                    nil_check: true,
                });
            }
            let base = match loc {
                Some(l) => l,
                None => {
                    let p = self.place_as(x, now);
                    self.place_loc(p)
                }
            };
            let off = self.m.info.types.field_offset(ty, step.index);
            ty = self
                .m
                .info
                .types
                .struct_fields(ty, false)
                .expect("a struct")[step.index]
                .ty;
            loc = Some(self.offset(base, off, ty));
        }
        loc.expect("a field path has a step")
    }

    /// A value that is not a variable, evaluated into a temporary.
    fn temp_place(&mut self, e: &'a Expr) -> Place {
        let t = self.alloc(self.words(self.ty(e)).max(1));
        self.expr_into(e, t);
        Place::Var(VarLoc::Slot(t))
    }

    /// The variable location of a place, computing an element's address;
    /// a map entry's value is copied to a temporary (it cannot be written
    /// in place: use [`Self::store_place`]).
    pub fn place_loc(&mut self, p: Place) -> VarLoc {
        match p {
            Place::Var(loc) => loc,
            Place::Map { m, key, ty } => {
                let vw = self.m.prog.types[self.m.prog.types[ty as usize].elem as usize].words;
                let t = self.alloc(vw + 1);
                self.emit(Instr::MapIndex { dst: t, m, key, ty });
                VarLoc::Slot(t)
            }
            Place::Elem { s, i, acc, pos } => {
                let ptr = self.alloc(1);
                self.emit_at(
                    pos,
                    Instr::IndexAddr {
                        dst: ptr,
                        s,
                        i,
                        acc,
                    },
                );
                VarLoc::Ptr {
                    ptr,
                    off: 0,
                    nil_check: false,
                }
            }
        }
    }

    /// A place whose element address, if any, is made now, so reading and
    /// then writing it (`x[i]++`) checks its index once.
    pub fn resolve(&mut self, p: Place) -> Place {
        match p {
            Place::Elem { .. } => Place::Var(self.place_loc(p)),
            _ => p,
        }
    }

    /// Reads a place of type `ty` into `dst`.
    pub fn load_place(&mut self, p: Place, ty: crate::types::TypeId, dst: Slot) {
        if let Place::Elem { s, i, acc, pos } = p {
            self.emit_at(pos, Instr::LoadElem { dst, s, i, acc });
            return;
        }
        let loc = self.place_loc(p);
        self.load_var(loc, ty, dst);
    }

    /// The slots an update statement (`x++`, `x op= y`) computes the new
    /// value of place `p` in: a frame variable's own, else a temporary
    /// holding its current value. Its calls already ran (the order pass),
    /// so nothing changes the variable meanwhile; storing the result back
    /// to its own slots is no instruction.
    pub fn operand_of(&mut self, p: Place, ty: crate::types::TypeId) -> Slot {
        if let Place::Var(VarLoc::Slot(s)) = p {
            return s;
        }
        let v = self.alloc(self.words(ty).max(1));
        self.load_place(p, ty, v);
        v
    }

    /// Writes `src` (of type `ty`) to a place.
    pub fn store_place(&mut self, p: Place, ty: crate::types::TypeId, src: Slot) {
        match p {
            Place::Map { m, key, ty: mty } => {
                self.emit(Instr::MapAssign {
                    m,
                    key,
                    src,
                    ty: mty,
                });
            }
            Place::Elem { s, i, acc, pos } => {
                self.emit_at(pos, Instr::StoreElem { s, i, src, acc });
            }
            _ => {
                let loc = self.place_loc(p);
                self.store_var(loc, ty, src);
            }
        }
    }

    /// Map types.
    pub fn is_map(&self, ty: crate::types::TypeId) -> bool {
        matches!(
            self.m.info.types.get(self.m.info.types.underlying(ty)),
            Type::Map(..)
        )
    }

    /// The key type of a map type.
    pub fn map_key(&self, ty: crate::types::TypeId) -> crate::types::TypeId {
        match self.m.info.types.get(self.m.info.types.underlying(ty)) {
            &Type::Map(k, _) => k,
            t => unreachable!("the key of a {t:?}"),
        }
    }

    /// The location of a value of type `ty` at byte `off` of the memory
    /// form held in the slots from `image`.
    pub fn image_loc(&mut self, image: Slot, off: u32, ty: crate::types::TypeId) -> VarLoc {
        self.offset(VarLoc::Slot(image), off, ty)
    }

    /// The location of a value of type `ty` at byte `bytes` of the
    /// aggregate at `loc`.
    fn offset(&mut self, loc: VarLoc, bytes: u32, ty: crate::types::TypeId) -> VarLoc {
        let acc = self.m.info.types.access(ty);
        let whole_words = matches!(acc.kind(), AccessKind::Words(_));
        match loc {
            VarLoc::Slot(slot) => loc_in_image(slot, bytes, whole_words),
            VarLoc::SlotPart { slot, off } => loc_in_image(slot, off + bytes, whole_words),
            VarLoc::Global(g) if bytes.is_multiple_of(8) => VarLoc::Global(g + bytes / 8),
            VarLoc::Global(g) => {
                let ptr = self.alloc(1);
                self.emit(Instr::GlobalAddr { dst: ptr, g });
                VarLoc::Ptr {
                    ptr,
                    off: bytes,
                    nil_check: false,
                }
            }
            VarLoc::Boxed(_) | VarLoc::Captured(_) => VarLoc::Ptr {
                ptr: self.cell_addr(loc),
                off: bytes,
                nil_check: false,
            },
            VarLoc::Ptr {
                ptr,
                off,
                nil_check,
            } => VarLoc::Ptr {
                ptr,
                off: off + bytes,
                nil_check,
            },
        }
    }

    /// `&x` into `dst`: a new heap object for a composite literal, else the
    /// address of the place (the checker put addressed variables in cells).
    pub fn address_of(&mut self, x: &'a Expr, dst: Slot) {
        if let ExprKind::CompositeLit { elts, .. } = &strip(x).kind {
            let n = self.words(self.ty(x));
            if n > LARGE_VALUE_WORDS {
                self.order(x);
                return self.new_composite(self.ty(x), elts, dst);
            }
            let v = self.alloc(n.max(1));
            self.expr_into(x, v);
            let layout = self.m.layout(self.ty(x));
            self.emit(Instr::NewBox { dst, n, layout });
            self.emit(Instr::Store {
                ptr: dst,
                off: 0,
                src: v,
                acc: self.m.info.types.access(self.ty(x)),
            });
            return;
        }
        let p = self.place_now(x);
        let loc = self.place_loc(p);
        if let VarLoc::Global(_) = loc
            && self.words(self.ty(x)) == 0
        {
            // Every zero-size variable is at Go's zerobase.
            self.emit(Instr::NewBox {
                dst,
                n: 0,
                layout: layouts::NOSCAN,
            });
            return;
        }
        self.loc_address(loc, dst);
    }

    /// `R[dst] :=` the address of a location (the checker put addressed
    /// variables in cells).
    pub fn loc_address(&mut self, loc: VarLoc, dst: Slot) {
        match loc {
            VarLoc::Boxed(s) => self.mov(dst, s, 1),
            VarLoc::Captured(idx) => {
                self.emit(Instr::LoadCap { dst, idx, n: 1 });
            }
            VarLoc::Global(g) => {
                self.emit(Instr::GlobalAddr { dst, g });
            }
            VarLoc::Ptr {
                ptr,
                off,
                nil_check,
            } => {
                if nil_check {
                    self.emit(Instr::NilCheck { ptr });
                }
                if off == 0 {
                    self.mov(dst, ptr, 1);
                } else {
                    self.emit(Instr::AddIntK {
                        dst,
                        a: ptr,
                        k: off as i32,
                    });
                }
            }
            VarLoc::Slot(_) | VarLoc::SlotPart { .. } => {
                unreachable!("addressed variables live in heap cells")
            }
        }
    }

    /// The length of an array type, or `None` for other types.
    pub fn array_len(&self, ty: crate::types::TypeId) -> Option<u64> {
        match self.m.info.types.get(self.m.info.types.underlying(ty)) {
            &Type::Array(n, _) => Some(n),
            _ => None,
        }
    }

    /// A slice `(address, N, N)` over the storage of array `x` (in the frame,
    /// a heap cell or the globals), so indexing and slicing an array go
    /// through the slice instructions and their bounds checks.
    pub fn array_slice(&mut self, x: &'a Expr) -> Slot {
        if let Some(n) = self.pointer_to_array(self.ty(x)) {
            let s = self.alloc(3);
            self.expr_into(x, s);
            self.emit(Instr::NilCheck { ptr: s });
            self.emit(Instr::LoadInt {
                dst: s + 1,
                k: n as i64,
            });
            self.emit(Instr::LoadInt {
                dst: s + 2,
                k: n as i64,
            });
            return s;
        }
        let n = self.array_len(self.ty(x)).expect("an array");
        // The address is taken at once: a tuple assignment's later targets
        // cannot move it.
        let p = self.place_now(x);
        let loc = self.place_loc(p);
        let s = self.alloc(3);
        let words = self.words(self.ty(x));
        if let VarLoc::Slot(slot) = loc {
            self.frame_slice(s, slot, n, words);
            return s;
        }
        if let VarLoc::SlotPart { slot, off } = loc {
            // An array inside a struct in the frame, not at a word.
            self.frame_slice(s, slot, n, words + 1);
            self.emit(Instr::AddIntK {
                dst: s,
                a: s,
                k: off as i32,
            });
            return s;
        }
        self.loc_address(loc, s);
        self.emit(Instr::LoadInt {
            dst: s + 1,
            k: n as i64,
        });
        self.emit(Instr::LoadInt {
            dst: s + 2,
            k: n as i64,
        });
        s
    }

    /// `R[dst..+3] :=` a slice of `len` elements over the frame's own
    /// `words` slots from `slot` (variadic arguments, arrays in slots).
    pub fn frame_slice(&mut self, dst: Slot, slot: Slot, len: u64, words: u32) {
        self.slot_addr(dst, slot, words);
        self.emit(Instr::LoadInt {
            dst: dst + 1,
            k: len as i64,
        });
        self.emit(Instr::LoadInt {
            dst: dst + 2,
            k: len as i64,
        });
    }

    /// The length of the array a pointer-to-array type points to.
    pub fn pointer_to_array(&self, ty: crate::types::TypeId) -> Option<u64> {
        match self.m.info.types.get(self.m.info.types.underlying(ty)) {
            &Type::Pointer(p) => self.array_len(p),
            _ => None,
        }
    }

    /// Indexing a value of this type indexes an array (directly or through
    /// a pointer).
    pub fn indexes_array(&self, ty: crate::types::TypeId) -> bool {
        self.array_len(ty).is_some() || self.pointer_to_array(ty).is_some()
    }

    /// The type a pointer type points to.
    pub fn pointee(&self, ty: crate::types::TypeId) -> crate::types::TypeId {
        match self.m.info.types.get(self.m.info.types.underlying(ty)) {
            &Type::Pointer(p) => p,
            t => unreachable!("dereferencing a {t:?}"),
        }
    }

    /// `&x`, `*p` and `x.f` as values.
    pub fn access_into(&mut self, e: &'a Expr, dst: Slot) {
        if let ExprKind::Unary(UnaryOp::Addr, x) = &e.kind {
            return self.address_of(x, dst);
        }
        let ty = self.ty(e);
        let p = self.place_now(e);
        self.load_place(p, ty, dst);
    }
}

/// The location of a value at byte `at` of the memory form held in the
/// slots from `slot`: its own slots when it is `whole_words` at a word.
fn loc_in_image(slot: Slot, at: u32, whole_words: bool) -> VarLoc {
    if whole_words && at.is_multiple_of(8) {
        VarLoc::Slot(slot + at / 8)
    } else {
        VarLoc::SlotPart {
            slot: slot + at / 8,
            off: at % 8,
        }
    }
}

fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(inner) => strip(inner),
        _ => e,
    }
}

//! Where values live: the place an assignable expression denotes
//! (a variable, a slice element, a struct field, a pointer's target) and
//! the addresses `&x` takes.

use grammar::ast::{Expr, ExprKind, UnaryOp};

use super::func::{FuncCompiler, VarLoc};
use crate::bytecode::{Instr, Slot};
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
        n: u32,
    },
    /// A target reached through the pointer in `ptr`, which is nil-checked
    /// only when the target is read or written: a tuple assignment makes
    /// the assignments before it first, as Go does.
    Through {
        ptr: Slot,
        loc: VarLoc,
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
    /// The place an expression denotes. Anything that is not a variable
    /// (a call result, say) is evaluated into a temporary first, so fields
    /// of values can be read the same way.
    pub fn place(&mut self, e: &'a Expr) -> Place {
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Index(x, idx) if self.is_map(self.ty(x)) => {
                let mty = self.ty(x);
                let m = self.alloc(1);
                self.expr_into(x, m);
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
                let i = self.alloc(1);
                self.expr_into(&idx[0], i);
                Place::Elem {
                    s,
                    i,
                    n: self.words(self.ty(e)),
                }
            }
            ExprKind::Index(x, idx) if !self.m.info.types.is_string(self.ty(x)) => {
                let s = self.alloc(3);
                self.expr_into(x, s);
                let i = self.alloc(1);
                self.expr_into(&idx[0], i);
                Place::Elem {
                    s,
                    i,
                    n: self.words(self.ty(e)),
                }
            }
            ExprKind::Selector(x, _) => match self.m.info.selections.get(&e.id).cloned() {
                Some(Selection::Field { path }) => match self.field_path(x, &path, true) {
                    (loc, Some(ptr)) => Place::Through { ptr, loc },
                    (loc, None) => Place::Var(loc),
                },
                _ => self.temp_place(e),
            },
            ExprKind::Star(x) => {
                // A copy: the pointer is evaluated now, though a tuple
                // assignment may change its variable before storing here.
                let p = self.alloc(1);
                self.expr_into(x, p);
                Place::Through {
                    ptr: p,
                    loc: VarLoc::Boxed(p),
                }
            }
            ExprKind::Ident(_) => match self.m.info.uses[e.id as usize] {
                Some(obj) if matches!(self.m.info.obj(obj).kind, ObjKind::Var { .. }) => {
                    Place::Var(self.var_loc(obj))
                }
                _ => self.temp_place(e),
            },
            _ => self.temp_place(e),
        }
    }

    /// Where the field that `path` leads to from `x` lives: each step
    /// dereferences the value first when it is a pointer (checking for
    /// nil), then moves to the field.
    pub fn field_loc(&mut self, x: &'a Expr, path: &[Step]) -> VarLoc {
        self.field_path(x, path, false).0
    }

    /// `field_loc`, leaving the nil check of the last pointer followed to
    /// the caller when `defer_check` (nothing is loaded through it on the
    /// way): returns that pointer's slot.
    fn field_path(
        &mut self,
        x: &'a Expr,
        path: &[Step],
        defer_check: bool,
    ) -> (VarLoc, Option<Slot>) {
        let last_deref = path.iter().rposition(|s| s.deref);
        let mut unchecked = None;
        let mut ty = self.ty(x);
        let mut loc: Option<VarLoc> = None;
        for (k, step) in path.iter().enumerate() {
            if step.deref {
                let p = match loc {
                    None => {
                        let t = self.alloc(1);
                        self.expr_into(x, t);
                        t
                    }
                    Some(l) => {
                        let t = self.alloc(1);
                        self.load_var(l, ty, t);
                        t
                    }
                };
                if defer_check && Some(k) == last_deref {
                    unchecked = Some(p);
                } else {
                    self.emit(Instr::NilCheck { ptr: p });
                }
                ty = self.pointee(ty);
                loc = Some(VarLoc::Boxed(p));
            }
            let base = match loc {
                Some(l) => l,
                None => {
                    let p = self.place(x);
                    self.place_loc(p)
                }
            };
            let off = self.m.info.types.field_offset(ty, step.index);
            loc = Some(self.offset(base, off));
            ty = self
                .m
                .info
                .types
                .struct_fields(ty, false)
                .expect("a struct")[step.index]
                .ty;
        }
        (loc.expect("a field path has a step"), unchecked)
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
            Place::Elem { s, i, n } => {
                let ptr = self.alloc(1);
                self.emit(Instr::IndexAddr { dst: ptr, s, i, n });
                VarLoc::Boxed(ptr)
            }
            Place::Through { ptr, loc } => {
                self.emit(Instr::NilCheck { ptr });
                loc
            }
        }
    }

    /// A place whose element address (or pointer check), if any, is made
    /// now, so reading and then writing it (`x[i]++`) checks it once.
    pub fn resolve(&mut self, p: Place) -> Place {
        match p {
            Place::Elem { .. } | Place::Through { .. } => Place::Var(self.place_loc(p)),
            _ => p,
        }
    }

    /// Reads a place of type `ty` into `dst`.
    pub fn load_place(&mut self, p: Place, ty: crate::types::TypeId, dst: Slot) {
        let loc = self.place_loc(p);
        self.load_var(loc, ty, dst);
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

    /// The location `words` words into `loc`.
    fn offset(&mut self, loc: VarLoc, words: u32) -> VarLoc {
        if words == 0 {
            return loc;
        }
        match loc {
            VarLoc::Slot(s) => VarLoc::Slot(s + words),
            VarLoc::Global(g) => VarLoc::Global(g + words),
            VarLoc::Boxed(_) | VarLoc::Captured(_) => {
                let base = self.cell_addr(loc);
                let t = self.alloc(1);
                self.emit(Instr::AddIntK {
                    dst: t,
                    a: base,
                    k: 8 * words as i32,
                });
                VarLoc::Boxed(t)
            }
        }
    }

    /// `&x` into `dst`: a new heap object for a composite literal, else the
    /// address of the place (the checker put addressed variables in cells).
    pub fn address_of(&mut self, x: &'a Expr, dst: Slot) {
        if let ExprKind::CompositeLit { .. } = &strip(x).kind {
            let n = self.words(self.ty(x));
            let v = self.alloc(n.max(1));
            self.expr_into(x, v);
            let layout = self.m.layout(self.ty(x));
            self.emit(Instr::NewBox { dst, n, layout });
            self.emit(Instr::Store {
                ptr: dst,
                src: v,
                n,
            });
            return;
        }
        let p = self.place(x);
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
            VarLoc::Slot(_) => unreachable!("addressed variables live in heap cells"),
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
        let p = self.place(x);
        let loc = self.place_loc(p);
        let s = self.alloc(3);
        match loc {
            VarLoc::Slot(slot) => {
                self.frame_slice(s, slot, n);
                return s;
            }
            VarLoc::Boxed(cell) => self.mov(s, cell, 1),
            VarLoc::Captured(idx) => {
                self.emit(Instr::LoadCap { dst: s, idx, n: 1 });
            }
            VarLoc::Global(g) => {
                self.emit(Instr::GlobalAddr { dst: s, g });
            }
        }
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
    /// slots from `slot` (variadic arguments, arrays in slots).
    pub fn frame_slice(&mut self, dst: Slot, slot: Slot, len: u64) {
        self.emit(Instr::SlotAddr { dst, slot });
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
        let p = self.place(e);
        self.load_place(p, ty, dst);
    }
}

fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(inner) => strip(inner),
        _ => e,
    }
}

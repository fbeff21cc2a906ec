//! Invalid recursive types, found as Go's checker finds them.
//!
//! The checker declares types lazily, one declaration reaching another
//! it refers to; the declarations under way form Go's object path
//! ([`Cycles::path`]). Two kinds of cycle through them are errors:
//!
//! - A type that contains itself by value (Go's `validType`): through
//!   struct fields, array elements, embedded interfaces and union terms,
//!   never through pointers, slices, maps, channels or functions. While a
//!   declaration is checked, the defined types (and instances) its type
//!   expression names at value positions are recorded as its value edges;
//!   once no declaration is under way, each type declared since is walked
//!   along them in turn, as Go's delayed `validType` does, and a cycle is
//!   reported from the type it comes back to.
//! - A reference, in a generic type's type parameter list, to a type
//!   whose declaration is under way, the generic type included (Go's
//!   `validCycle` with `inTParamList`): reported from the one declared
//!   first in the source. A generic type's type parameter list is read
//!   once as its declaration ([`Checker::declare_type_params`]), in source
//!   order or when first instantiated.
//!
//! Either way the type at fault becomes invalid, so that nothing else is
//! reported about it.

use std::collections::{HashMap, HashSet};

use grammar::ast::{self, Span};

use super::check::Checker;
use super::{ObjId, Type, TypeId, ids};

/// The key under which the value edges of alias `obj`'s declaration are
/// kept: an alias is no type of its own, and the walk goes through it
/// (`type I1 = interface{ I2 }`; `type I2 interface{ I1 }` contains itself).
fn alias_key(obj: ObjId) -> TypeId {
    TypeId::MAX - obj
}

/// Whether `t` is an [`alias_key`].
fn is_alias_key(t: TypeId) -> bool {
    t > TypeId::MAX / 2
}

/// Instances of one generic type under way at once past which making
/// another is taken for an expansion without end.
const MAX_EXPANSION: usize = 8;

/// A declaration under way.
#[derive(Clone, Copy, Debug)]
pub(super) struct DeclFrame {
    /// The type name, or the generic type.
    pub obj: ObjId,
    /// The type being made: a defined type or a generic type's instance
    /// (`ids::INVALID` while a type parameter list is read).
    pub named: TypeId,
    /// [`Cycles::indirect`] where the declaration began.
    indirect: u32,
    /// Whether its type is an interface literal.
    iface: bool,
    /// [`Cycles::in_tparams`] outside it (a declaration has its own).
    outer_tparams: Option<ObjId>,
}

/// The checker's record of declarations under way and what they contain.
#[derive(Clone, Debug, Default)]
pub(super) struct Cycles {
    /// Declarations under way, outermost first (Go's object path).
    pub path: Vec<DeclFrame>,
    /// How many pointer, slice, map, channel, function and constraint
    /// types enclose the type expression being checked: positions where a
    /// type is not contained by value.
    pub indirect: u32,
    /// For each defined type and instance, the ones its declaration
    /// contains by value, in order.
    edges: HashMap<TypeId, Vec<TypeId>>,
    /// The declaration each defined type and instance comes from.
    objs: HashMap<TypeId, ObjId>,
    /// Where each instance is first named by value: where Go's messages
    /// place an instance in a cycle.
    first_use: HashMap<TypeId, Span>,
    /// The types declared since the path was last empty, to be walked.
    roots: Vec<TypeId>,
    /// Types found invalid while their declaration was under way.
    pub invalid: HashSet<TypeId>,
    /// The generic type whose type parameter list is being read.
    pub in_tparams: Option<ObjId>,
    /// Package-level defined interfaces made while an interface they embed
    /// was still being declared (or was such an interface itself), whose
    /// methods are therefore incomplete: their declarations are checked
    /// again once none is under way.
    stale: Vec<(TypeId, ObjId)>,
    /// Set when an anonymous interface embedded one under way since the
    /// path was last empty: it contains itself, an error, and the stale
    /// interfaces are left as they are (checked again, their anonymous
    /// interfaces would differ at each level).
    pub anonymous_cycle: bool,
}

impl<'a> Checker<'a> {
    /// Begins the declaration of alias `obj`.
    pub(super) fn push_alias_decl(&mut self, obj: ObjId) {
        let c = &mut self.cycles;
        c.path.push(DeclFrame {
            obj,
            named: alias_key(obj),
            indirect: c.indirect,
            iface: false,
            outer_tparams: c.in_tparams.take(),
        });
    }

    /// Records that the innermost declaration names the alias `obj` where
    /// what it stands for is contained by value.
    pub(super) fn alias_edge(&mut self, obj: ObjId) {
        self.edge(alias_key(obj), None);
    }

    /// Begins the declaration of `obj`, which makes `named` (if any) from
    /// the type expression `ty`.
    pub(super) fn push_decl(&mut self, obj: ObjId, named: TypeId, ty: Option<&ast::Expr>) {
        let mut ty = ty;
        while let Some(ast::Expr {
            kind: ast::ExprKind::Paren(x),
            ..
        }) = ty
        {
            ty = Some(x);
        }
        let iface = matches!(ty, Some(e) if matches!(e.kind, ast::ExprKind::InterfaceType(_)));
        let c = &mut self.cycles;
        c.path.push(DeclFrame {
            obj,
            named,
            indirect: c.indirect,
            iface,
            outer_tparams: c.in_tparams.take(),
        });
        if named != ids::INVALID {
            c.objs.insert(named, obj);
            c.roots.push(named);
        }
    }

    /// Ends the innermost declaration; when none is left under way, the
    /// types declared meanwhile are checked for cycles.
    pub(super) fn pop_decl(&mut self) {
        if let Some(f) = self.cycles.path.pop() {
            self.cycles.in_tparams = f.outer_tparams;
        }
        if self.cycles.path.is_empty() {
            self.complete_stale();
            let mut valid = HashSet::new();
            for t in std::mem::take(&mut self.cycles.roots) {
                self.valid_type(t, &mut Vec::new(), &mut valid);
            }
        }
    }

    /// Records that the innermost declaration names the type `t` (at
    /// `at`) where it is contained by value.
    pub(super) fn value_edge(&mut self, t: TypeId, at: Span) {
        if matches!(self.info.types.get(t), Type::Named(..)) {
            self.edge(t, Some(at));
        }
    }

    /// Records an edge from the innermost declaration to `to` (named at
    /// `at`), if the type expression being checked contains it by value.
    fn edge(&mut self, to: TypeId, at: Option<Span>) {
        let c = &mut self.cycles;
        if let Some(top) = c.path.last()
            && top.named != ids::INVALID
            && top.indirect == c.indirect
        {
            c.edges.entry(top.named).or_default().push(to);
            if let Some(at) = at {
                c.first_use.entry(to).or_insert(at);
            }
        }
    }

    /// Runs `f` at a position where types are not contained by value.
    pub(super) fn indirectly<R>(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
        self.cycles.indirect += 1;
        let r = f(self);
        self.cycles.indirect -= 1;
        r
    }

    /// Whether making another instance of generic type `obj` now would
    /// expand it without end: its declaration makes ever larger instances
    /// of itself (`type V[P any] struct{ v V[V[P]] }`), so that many of
    /// them are under way. Reported as Go does: an invalid recursive type
    /// at `at` when they contain each other by value, else an
    /// instantiation cycle at the type parameter (`tparams`) given the
    /// instance as argument (written at `arg_at`), which Go's checker
    /// looks for only once it found no other error.
    pub(super) fn expanding_instance(
        &mut self,
        obj: ObjId,
        tparams: &[&ast::Ident],
        at: Span,
        arg_at: &[Span],
    ) -> bool {
        let under_way: Vec<u32> = (self.cycles.path.iter())
            .filter(|f| f.obj == obj && f.named != ids::INVALID)
            .map(|f| f.indirect)
            .collect();
        if under_way.len() < MAX_EXPANSION {
            return false;
        }
        let name = self.info.objs[obj as usize].name.clone();
        if under_way.iter().all(|&i| i == self.cycles.indirect) {
            self.error(
                at,
                format!("invalid recursive type: {name} refers to itself"),
            );
            return true;
        }
        let (at, msg) = match (tparams.first(), arg_at.first()) {
            (Some(p), Some(&arg)) => {
                let arg_pos = crate::diag::pos(self.info.offset(arg.start));
                let arg = self.expr_string(arg);
                let msg = format!(
                    "instantiation cycle:\n\t{arg_pos}: {} instantiated as {arg}",
                    p.name
                );
                (p.span, msg)
            }
            _ => (at, format!("instantiation cycle in {name}")),
        };
        self.after_check.push(crate::diag::Diagnostic::new(at, msg));
        true
    }

    /// Whether `t`, embedded in an interface, is an interface whose
    /// declaration is under way (its methods are not known yet).
    pub(super) fn interface_in_progress(&self, t: TypeId) -> bool {
        matches!(self.info.types.get(t), &Type::Named(_, u) if u == ids::INVALID)
            && (self.cycles.path.iter()).any(|f| f.named == t && f.iface)
    }

    /// Notes that the innermost declaration embeds `t`, an interface under
    /// way or one whose methods are incomplete: its own are incomplete
    /// too, and it is checked again ([`Self::complete_stale`]).
    pub(super) fn embeds_incomplete(&mut self, t: TypeId) {
        let c = &self.cycles;
        let incomplete = c.path.iter().any(|f| f.named == t) || c.stale.iter().any(|s| s.0 == t);
        if let (true, Some(&top)) = (incomplete, c.path.last())
            && self.pkg_decls_type(top.obj)
            && !c.stale.iter().any(|s| s.0 == top.named)
        {
            self.cycles.stale.push((top.named, top.obj));
        }
    }

    /// Checks the declarations of the stale interfaces again, in the order
    /// they were made, until their methods are all known.
    fn complete_stale(&mut self) {
        let stale = std::mem::take(&mut self.cycles.stale);
        if std::mem::take(&mut self.cycles.anonymous_cycle) || stale.is_empty() {
            return;
        }
        // Package-level declarations see the package scope only.
        let scopes = self.scopes.split_off(2.min(self.scopes.len()));
        let funcs = std::mem::take(&mut self.funcs);
        // Each round completes at least one more of them.
        for _ in 0..=stale.len() {
            let mut changed = false;
            for &(named, obj) in &stale {
                let Some(ts) = self.pkg_type_spec(obj) else {
                    continue;
                };
                if self.info.types.underlying(named) == ids::INVALID {
                    continue;
                }
                let saved = self.declared_literal.replace(ts.ty.id);
                let u = self.type_expr(&ts.ty);
                self.declared_literal = saved;
                if !self
                    .info
                    .types
                    .identical(self.info.types.underlying(named), u)
                {
                    self.info.types.set_underlying(named, u);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        self.scopes.extend(scopes);
        self.funcs = funcs;
    }

    /// Go's `validType`: walks the value edges from `t`, `path` the types
    /// walked through. Reports a cycle back to a type on `path` and makes
    /// that type invalid; false once a cycle or an invalid type is met.
    fn valid_type(
        &mut self,
        t: TypeId,
        path: &mut Vec<TypeId>,
        valid: &mut HashSet<TypeId>,
    ) -> bool {
        if is_alias_key(t) {
            // Walked through (and once only: aliases may form a cycle).
            if !valid.insert(t) {
                return true;
            }
            let edges = self.cycles.edges.get(&t).cloned().unwrap_or_default();
            return edges.into_iter().all(|e| self.valid_type(e, path, valid));
        }
        let types = &self.info.types;
        if types.underlying(t) == ids::INVALID {
            return false;
        }
        if valid.contains(&t) {
            return true;
        }
        if let Some(i) = path.iter().position(|&p| types.identical(p, t)) {
            let decls: Vec<(ObjId, Span)> = (path[i..].iter())
                .filter_map(|&p| self.type_decl(p))
                .collect();
            self.cycle_error(&decls, 0);
            self.info.types.set_underlying(t, ids::INVALID);
            return false;
        }
        path.push(t);
        let edges = self.cycles.edges.get(&t).cloned().unwrap_or_default();
        let ok = edges.into_iter().all(|e| self.valid_type(e, path, valid));
        path.pop();
        if ok {
            valid.insert(t);
        }
        ok
    }

    /// The declaration of the defined type or instance `t`, and where Go
    /// places it: a defined type at its name, an instance where it is
    /// first named.
    pub(super) fn type_decl(&self, t: TypeId) -> Option<(ObjId, Span)> {
        if let Some(&obj) = self.cycles.objs.get(&t) {
            let span = self.info.objs[obj as usize].span;
            let at = match self.info.objs[obj as usize].kind {
                super::ObjKind::GenericType => self.cycles.first_use.get(&t).copied(),
                _ => None,
            };
            return Some((obj, at.unwrap_or(span)));
        }
        let objs = self.info.objs.iter().enumerate();
        objs.filter(|(_, o)| o.kind == super::ObjKind::TypeName && o.ty == t)
            .map(|(i, o)| (i as ObjId, o.span))
            .next()
    }

    /// Go's `cycleError`: the cycle of declarations `decls` (each placed
    /// at its span), reported at `decls[start]` and listed from it.
    pub(super) fn cycle_error(&mut self, decls: &[(ObjId, Span)], start: usize) {
        let name = |o: ObjId| self.info.objs[o as usize].name.clone();
        let at = |s: Span| crate::diag::pos(self.info.offset(s.start));
        let Some(&(first, first_at)) = decls.get(start) else {
            return;
        };
        if decls.len() == 1 {
            let msg = format!("invalid recursive type: {} refers to itself", name(first));
            self.error(first_at, msg);
            return;
        }
        let mut msg = format!("invalid recursive type {}", name(first));
        for k in 0..decls.len() {
            let (o, s) = decls[(start + k) % decls.len()];
            msg.push_str(&format!("\n\t{}: {} refers to", at(s), name(o)));
        }
        msg.push_str(&format!("\n\t{}: {}", at(first_at), name(first)));
        self.error(first_at, msg);
    }

    /// Whether referring to the type declared by `obj` here closes an
    /// invalid cycle of declarations (Go's `validCycle`): one through a
    /// type parameter list, or of aliases only. It is reported from the
    /// declaration first in the source; the type `obj` declares becomes
    /// invalid.
    pub(super) fn decl_cycle(&mut self, obj: ObjId) -> bool {
        let Some(i) = self.cycles.path.iter().position(|f| f.obj == obj) else {
            return false;
        };
        let cycle = &self.cycles.path[i..];
        if self.cycles.in_tparams.is_none() && !cycle.iter().all(|f| is_alias_key(f.named)) {
            return false;
        }
        let objs = &self.info.objs;
        let decls: Vec<(ObjId, Span)> = cycle
            .iter()
            .map(|f| (f.obj, objs[f.obj as usize].span))
            .collect();
        let first = (0..decls.len())
            .min_by_key(|&k| decls[k].1.start)
            .unwrap_or(0);
        self.cycle_error(&decls, first);
        match self.info.objs[obj as usize].kind {
            super::ObjKind::GenericType => _ = self.generics.invalid.insert(obj),
            _ => _ = self.cycles.invalid.insert(self.cycles.path[i].named),
        }
        true
    }
}

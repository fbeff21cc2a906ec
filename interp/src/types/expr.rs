//! Checking expressions: operands, constants, conversions, assignability,
//! calls and builtins.

use grammar::ast::{self, BinaryOp, ChanDir, Expr, ExprKind, LitKind, Span, UnaryOp};
use num_bigint::BigInt;

use super::check::Checker;
use super::constant::{self, Const};
use super::packages::Member;
use super::{Basic, Builtin, Lookup, Mode, ObjId, ObjKind, Selection, Type, TypeId, UnsafeFn, ids};
use crate::diag::pos;

/// The largest size or offset Go's checker computes: past it, a value is
/// too large (`unsafe.Sizeof`, `unsafe.Offsetof`).
const MAX_GO_SIZE: u64 = i64::MAX as u64;

/// The node of an operand that stands for no expression of the tree.
const NO_NODE: ast::NodeId = ast::NodeId::MAX;

/// A checked expression: what it is and where it is.
#[derive(Clone, Debug)]
pub(super) struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
    pub node: ast::NodeId,
    pub span: Span,
    /// The expression is a variable (addressable, assignable).
    pub var: bool,
}

impl Operand {
    pub(super) fn invalid(e: &Expr) -> Operand {
        Operand {
            mode: Mode::Value,
            ty: ids::INVALID,
            node: e.id,
            span: e.span,
            var: false,
        }
    }
    pub fn is_invalid(&self) -> bool {
        self.ty == ids::INVALID && !matches!(self.mode, Mode::Builtin(_))
    }
}

/// Whether an untyped value of type `from` may take type `to` implicitly
/// (for a type parameter: each type of its type set).
fn implicitly_converts(t: &super::TypeTable, from: TypeId, to: TypeId) -> bool {
    if t.type_param(to).is_some() {
        return t.terms(to).is_some_and(|ts| {
            !ts.is_empty() && ts.iter().all(|term| implicitly_converts(t, from, term.ty))
        });
    }
    if t.is_interface(to) {
        true
    } else if from == ids::UNTYPED_NIL {
        t.has_nil(to)
    } else {
        match t.underlying(to) {
            _ if t.is_numeric(to) => t.is_numeric(from),
            ids::BOOL => from == ids::UNTYPED_BOOL,
            ids::STRING => from == ids::UNTYPED_STRING,
            _ => false,
        }
    }
}

impl<'a> Checker<'a> {
    /// How Go describes an operand in messages: `x (variable of type int)`.
    pub fn describe(&self, op: &Operand) -> String {
        let text = self.expr_string(op.span);
        let t = &self.info.types;
        let what = match &op.mode {
            Mode::Const(c) => {
                let v = c.to_go_string();
                let shown = if v == text {
                    String::new()
                } else {
                    format!(" {v}")
                };
                if t.is_untyped(op.ty) {
                    format!("{} constant{shown}", t.name(op.ty))
                } else {
                    format!("constant{shown} of type {}", t.name(op.ty))
                }
            }
            Mode::NoValue => "no value".into(),
            Mode::Type => "type".into(),
            Mode::Builtin(_) => "built-in".into(),
            Mode::Value if op.ty == ids::UNTYPED_NIL => return "nil".into(),
            Mode::Value if t.is_untyped(op.ty) => format!("{} value", t.name(op.ty)),
            Mode::Value if op.var => format!("variable of type {}", self.type_desc(op.ty)),
            Mode::Value
                if self.recvs.contains(&op.node) || self.type_asserts.contains(&op.node) =>
            {
                format!("comma, ok expression of type {}", self.type_desc(op.ty))
            }
            Mode::Value if self.map_index.contains(&op.node) => {
                format!("map index expression of type {}", self.type_desc(op.ty))
            }
            Mode::Value => format!("value of type {}", self.type_desc(op.ty)),
        };
        format!("{text} ({what})")
    }

    /// A value's type as Go's operand descriptions name it: a type
    /// parameter with its constraint (`T constrained by any`).
    fn type_desc(&self, ty: TypeId) -> String {
        let t = &self.info.types;
        match t.type_param(ty) {
            Some(c) => {
                // An implicit interface (`[T ~int | string]`) shows as its
                // union.
                let cn = match t.get(c) {
                    Type::Constraint {
                        methods,
                        terms: Some(terms),
                        comparable: false,
                    } if methods.is_empty() => t.terms_string(terms),
                    _ => t.name(c),
                };
                format!("{} constrained by {cn}", t.name(ty))
            }
            None => t.name(ty),
        }
    }

    /// Checks an expression used as a single value.
    pub fn expr(&mut self, e: &'a Expr) -> Operand {
        let op = self.raw_expr(e, true);
        if let Type::Tuple(ts) = self.info.types.get(op.ty)
            && !ts.is_empty()
        {
            let d = self.describe(&op);
            self.error(
                e.span,
                format!("multiple-value {d} in single-value context"),
            );
            return Operand::invalid(e);
        }
        op
    }

    /// Checks an expression that must denote a value (not a type, package,
    /// builtin, or no-value call).
    pub fn value_expr(&mut self, e: &'a Expr) -> Operand {
        let op = self.expr(e);
        self.value_check(e, op)
    }

    /// Rejects operands that are not values.
    pub(super) fn value_check(&mut self, e: &'a Expr, op: Operand) -> Operand {
        match op.mode {
            Mode::Type => {
                let t = self.text(e.span);
                // Go's parser places a function type written as an
                // operand at its `(`.
                let at = match e.kind {
                    ExprKind::FuncType(_) => {
                        let paren = self.next_token(e.span.start + 4);
                        Span::new(paren as usize, paren as usize + 1)
                    }
                    _ => e.span,
                };
                self.error(at, format!("{t} (type) is not an expression"));
                Operand::invalid(e)
            }
            Mode::Builtin(_) => {
                let d = self.describe(&op);
                self.error(e.span, format!("{d} must be called"));
                Operand::invalid(e)
            }
            Mode::NoValue => {
                let d = self.describe(&op);
                self.error(e.span, format!("{d} used as value"));
                Operand::invalid(e)
            }
            _ => op,
        }
    }

    /// Parameter and result names of a signature no body declares (a
    /// function type, an interface method) are still one block: a name
    /// twice is redeclared, as when a function declares them.
    fn check_param_names(&mut self, ft: &ast::FuncType) {
        self.check_unique_names(ft.params.iter().chain(&ft.results).flat_map(|f| &f.names));
    }

    /// Reports each name of `names` (but `_`) that an earlier one already
    /// declared in the same block.
    pub(super) fn check_unique_names<'n>(&mut self, names: impl Iterator<Item = &'n ast::Ident>) {
        let mut seen: Vec<&ast::Ident> = Vec::new();
        for n in names {
            if n.name == "_" {
                continue;
            }
            match seen.iter().find(|p| p.name == n.name) {
                Some(prev) => {
                    let msg = format!(
                        "{} redeclared in this block\n\t{}: other declaration of {}",
                        n.name,
                        pos(prev.span.start),
                        n.name
                    );
                    self.error(n.span, msg);
                }
                None => seen.push(n),
            }
        }
    }

    /// Checks an expression that denotes a type.
    pub fn type_expr(&mut self, e: &'a Expr) -> TypeId {
        let ty = match &e.kind {
            ExprKind::Paren(inner) => self.type_expr(inner),
            ExprKind::FuncType(ft) => {
                self.check_param_names(ft);
                self.signature(ft)
            }
            ExprKind::InterfaceType(fields) => {
                let anonymous = self.declared_literal != Some(e.id);
                self.interface_type(fields, anonymous)
            }
            ExprKind::SliceType(elem) => {
                let elem = self.indirectly(|c| c.type_expr(elem));
                self.info.types.intern(Type::Slice(elem))
            }
            ExprKind::Star(elem) => {
                let elem = self.indirectly(|c| c.type_expr(elem));
                self.info.types.intern(Type::Pointer(elem))
            }
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::ChanType(dir, elem) => {
                let elem = self.indirectly(|c| c.type_expr(elem));
                if elem == ids::INVALID {
                    return ids::INVALID;
                }
                self.info.types.intern(Type::Chan(*dir, elem))
            }
            ExprKind::MapType(k, v) => {
                let (k_ty, v_ty) = self.indirectly(|c| (c.type_expr(k), c.type_expr(v)));
                if k_ty == ids::INVALID || v_ty == ids::INVALID {
                    return ids::INVALID;
                }
                // A type parameter's constraint may not be known yet.
                if !self.info.types.comparable(k_ty) && self.info.types.type_param(k_ty).is_none() {
                    let t = self.info.types.name(k_ty);
                    self.error(k.span, format!("invalid map key type {t}"));
                    return ids::INVALID;
                }
                // A type being declared may yet turn out not comparable.
                self.map_keys.push((k_ty, k.span));
                self.info.types.intern(Type::Map(k_ty, v_ty))
            }
            ExprKind::ArrayType {
                len: Some(len),
                elem,
            } => {
                let n = self.array_len(len);
                let elem = self.type_expr(elem);
                match n {
                    Some(n) if elem != ids::INVALID => self.info.types.intern(Type::Array(n, elem)),
                    _ => ids::INVALID,
                }
            }
            ExprKind::ArrayType { len: None, .. } => {
                self.error(
                    e.span,
                    "invalid use of [...] array (outside a composite literal)",
                );
                ids::INVALID
            }
            ExprKind::Ident(name)
                if self.lookup(name).is_some_and(|obj| {
                    matches!(
                        self.info.objs[obj as usize].kind,
                        ObjKind::Func
                            | ObjKind::Var { .. }
                            | ObjKind::Const(_)
                            | ObjKind::Package(_)
                    )
                }) =>
            {
                // Not a type whatever its own type is: said before its
                // declaration is resolved, which may be under way. A
                // package named so is not used (Go's "imported and not used").
                let obj = self.lookup(name).expect("just found");
                if !matches!(self.info.objs[obj as usize].kind, ObjKind::Package(_)) {
                    self.info.objs[obj as usize].used = true;
                }
                let t = self.text(e.span);
                self.error(e.span, format!("{t} is not a type"));
                ids::INVALID
            }
            ExprKind::Ident(_) | ExprKind::Selector(..) | ExprKind::Index(..) => {
                let op = self.raw_expr(e, false);
                // An alias is walked through for cycles, also while it is
                // being declared (and has no type yet).
                let alias = self.info.uses[e.id as usize].filter(|&o| self.is_pkg_alias(o));
                if let Some(obj) = alias {
                    self.alias_edge(obj);
                }
                if op.is_invalid() {
                    return ids::INVALID;
                }
                if op.mode != Mode::Type {
                    let t = self.text(e.span);
                    self.error(e.span, format!("{t} is not a type"));
                    return ids::INVALID;
                }
                if alias.is_none() {
                    self.value_edge(op.ty, e.span);
                }
                op.ty
            }
            // Any other expression is a value (`0`, `f()`): Go checks it,
            // then says it is no type.
            _ => {
                if !self.raw_expr(e, true).is_invalid() {
                    let t = self.expr_string(e.span);
                    self.error(e.span, format!("{t} is not a type"));
                }
                ids::INVALID
            }
        };
        self.record(e.id, ty, Mode::Type);
        ty
    }

    /// The length of an array type: a non-negative integer constant.
    fn array_len(&mut self, len: &'a Expr) -> Option<u64> {
        // As Go's arrayLength: a name that is no constant may be a type
        // parameter missing its constraint.
        if let ExprKind::Ident(name) = &len.kind
            && !(name == "iota" && self.iota.is_some())
        {
            let msg = match self.lookup(name) {
                None => format!("undefined array length {name} or missing type constraint"),
                Some(o) if !matches!(self.info.objs[o as usize].kind, ObjKind::Const(_)) => {
                    format!("invalid array length {name}")
                }
                Some(_) => String::new(),
            };
            if !msg.is_empty() {
                self.error(len.span, msg);
                return None;
            }
        }
        let op = self.value_expr(len);
        if op.is_invalid() {
            return None;
        }
        let d = self.describe(&op);
        let t = &self.info.types;
        let Mode::Const(c) = &op.mode else {
            self.error(len.span, format!("array length {d} must be constant"));
            return None;
        };
        if t.is_untyped(op.ty) || t.is_integer(op.ty) {
            let n = c.real_part().and_then(|c| c.to_int());
            // gojit's arrays are at most 2^32 elements.
            if let Some(n) = n
                .and_then(|v| u64::try_from(v).ok())
                .filter(|&n| n < 1 << 32)
            {
                return Some(n);
            }
        }
        let msg = if t.is_integer(op.ty) {
            format!("invalid array length {d}")
        } else {
            format!("array length {d} must be integer")
        };
        self.error(len.span, msg);
        None
    }

    /// An interface type literal: its methods (and those of embedded
    /// interfaces), sorted by name; `anonymous` unless it is the one a
    /// type declaration names.
    fn interface_type(&mut self, fields: &'a [ast::Field], anonymous: bool) -> TypeId {
        let mut methods: Vec<(String, TypeId)> = Vec::new();
        // Where each method came from: its name, or the embedded element.
        let mut origins: Vec<Span> = Vec::new();
        // Type elements make the interface a constraint: the terms of its
        // type set (the intersection of its elements' unions).
        let mut terms: Option<Vec<super::Term>> = None;
        let mut comparable = false;
        // The methods declared here first, then the embedded ones, as Go
        // collects them: a name twice is a duplicate unless an embedded
        // method repeats one with an identical signature.
        for f in fields {
            let ([name], ExprKind::FuncType(ft)) = (&f.names[..], &f.ty.kind) else {
                continue;
            };
            self.check_param_names(ft);
            let sig = self.signature(ft);
            if name.name == "_" {
                self.error(name.span, "methods must have a unique non-blank name");
                continue;
            }
            if let Some(i) = methods.iter().position(|(n, _)| n == &name.name) {
                self.duplicate_method(name.span, &name.name, origins[i]);
                continue;
            }
            methods.push((name.name.clone(), sig));
            origins.push(name.span);
        }
        for f in fields {
            match (&f.names[..], &f.ty.kind) {
                ([_], ExprKind::FuncType(_)) => {}
                ([], _) => {
                    let t = self.constraint_type(&f.ty);
                    // An interface still being declared has no methods
                    // yet; embedding it in an anonymous one makes that
                    // contain itself.
                    let in_progress = self.interface_in_progress(t);
                    self.embeds_incomplete(t);
                    if in_progress {
                        self.anonymous_iface_cycle |= anonymous;
                        self.cycles.anonymous_cycle |= anonymous;
                        continue;
                    }
                    let (ms, elem) =
                        match self.info.types.get(self.info.types.underlying(t)).clone() {
                            Type::Interface(ms) => (ms, None),
                            Type::Constraint {
                                methods: ms,
                                terms: ts,
                                comparable: c,
                            } => {
                                comparable |= c;
                                (ms, ts)
                            }
                            _ if t == ids::INVALID => continue,
                            _ => (
                                Vec::new(),
                                Some(vec![super::Term {
                                    tilde: false,
                                    ty: t,
                                }]),
                            ),
                        };
                    for (name, sig) in ms {
                        match methods.iter().position(|(n, _)| n == &name) {
                            Some(i) if !self.info.types.identical(methods[i].1, sig) => {
                                self.duplicate_method(f.ty.span, &name, origins[i]);
                            }
                            Some(_) => {}
                            None => {
                                methods.push((name, sig));
                                origins.push(f.ty.span);
                            }
                        }
                    }
                    let Some(elem) = elem else { continue };
                    let types = &self.info.types;
                    let shared = |t: &super::Term| {
                        elem.iter()
                            .any(|e| e.tilde == t.tilde && types.identical(e.ty, t.ty))
                    };
                    terms = Some(match terms {
                        None => elem,
                        Some(prev) => prev.into_iter().filter(shared).collect(),
                    });
                }
                _ => {
                    let txt = self.text(f.span);
                    self.error(
                        f.span,
                        format!("gojit does not support the interface element {txt} yet"),
                    );
                }
            }
        }
        methods.sort_by(|a, b| a.0.cmp(&b.0));
        if terms.is_some() || comparable {
            return self.info.types.intern(Type::Constraint {
                methods,
                terms,
                comparable,
            });
        }
        self.info.types.intern(Type::Interface(methods))
    }

    /// Reports method `name` declared (or embedded) at `at` once more, its
    /// other declaration at `prev`.
    fn duplicate_method(&mut self, at: Span, name: &str, prev: Span) {
        let prev = pos(self.info.offset(prev.start));
        self.error(
            at,
            format!("duplicate method {name}\n\t{prev}: other declaration of method {name}"),
        );
    }

    /// Why `ty` does not implement interface `iface` (Go's parenthesized
    /// reason), or `None` when it does.
    pub fn missing_method(&self, ty: TypeId, iface: TypeId) -> Option<String> {
        let t = &self.info.types;
        let Type::Interface(want) = t.get(t.underlying(iface)) else {
            return None;
        };
        for (name, sig) in want {
            let have = if t.is_interface(ty) {
                match t.get(t.underlying(ty)) {
                    Type::Interface(ms) => {
                        ms.iter().find(|(n, _)| n == name).map(|&(_, s)| (s, false))
                    }
                    _ => None,
                }
            } else {
                // The method set: promoted methods included, and pointer
                // methods only where the receiver is reached through a
                // pointer.
                match self.info.lookup_member(ty, name) {
                    Lookup::Method(path, m, recv_is_ptr) => {
                        let addressable = recv_is_ptr || path.iter().any(|s| s.deref);
                        Some((m.sig, m.pointer_recv && !addressable))
                    }
                    Lookup::IfaceMethod(_, sig) => Some((sig, false)),
                    _ => None,
                }
            };
            match have {
                None => return Some(self.not_found_cause(ty, iface, name, *sig)),
                Some((_, true)) => return Some(format!("(method {name} has pointer receiver)")),
                // A signature with an invalid type was reported where it
                // was declared.
                Some((s, false)) if !t.identical(s, *sig) && !t.mentions_invalid(s) => {
                    let show = |id| {
                        t.signature(id)
                            .map(|s| t.signature_types_string(s))
                            .unwrap_or_default()
                    };
                    return Some(format!(
                        "(wrong type for method {name})\n\t\thave {name}{}\n\t\twant {name}{}",
                        show(s),
                        show(*sig)
                    ));
                }
                Some(_) => {}
            }
        }
        None
    }

    /// Why `ty` lacks the method `name` (of signature `sig`) of `iface`, as
    /// Go's `missingMethod` says: a pointer to an interface has no methods,
    /// a field is no method, and a method whose name differs only in case
    /// is shown.
    fn not_found_cause(&self, ty: TypeId, iface: TypeId, name: &str, sig: TypeId) -> String {
        let t = &self.info.types;
        if let Some(p) = [ty, iface].into_iter().find(|&p| self.is_interface_ptr(p)) {
            return format!(
                "(type {} is pointer to interface, not interface)",
                t.name(p)
            );
        }
        if t.is_interface(ty) {
            return format!("(missing method {name})");
        }
        match self.info.lookup_member(ty, name) {
            Lookup::Field(..) => {
                return format!("({}.{name} is a field, not a method)", t.name(ty));
            }
            Lookup::Ambiguous => return format!("(ambiguous selector {}.{name})", t.name(ty)),
            _ => {}
        }
        let show = |id| {
            t.signature(id)
                .map(|s| t.signature_types_string(s))
                .unwrap_or_default()
        };
        let folded = self.info.methods.keys().find_map(|(_, m)| {
            if m == name || !m.eq_ignore_ascii_case(name) {
                return None;
            }
            match self.info.lookup_member(ty, m) {
                Lookup::Method(_, method, _) => Some((m, method.sig)),
                _ => None,
            }
        });
        match folded {
            Some((m, have)) => format!(
                "(missing method {name})\n\t\thave {m}{}\n\t\twant {name}{}",
                show(have),
                show(sig)
            ),
            None => format!("(missing method {name})"),
        }
    }

    /// `ty` is a pointer to an interface, which has no methods.
    fn is_interface_ptr(&self, ty: TypeId) -> bool {
        let t = &self.info.types;
        matches!(t.get(t.underlying(ty)), &Type::Pointer(base) if t.is_interface(base))
    }

    /// Go's reason a value of type `v` is not assignable to `target` (when
    /// it is not), for the end of `cannot use` and `cannot convert`
    /// messages; empty when Go gives none.
    fn assign_cause(&self, v: TypeId, target: TypeId) -> String {
        let t = &self.info.types;
        // Go explains with the types its aliases stand for.
        let (v, target) = (t.unalias(v), t.unalias(target));
        let (vn, tn) = (t.name(v), t.name(target));
        if self.is_interface_ptr(target) {
            format!(
                "{vn} does not implement {tn} (type {tn} is pointer to interface, not interface)"
            )
        } else if t.is_interface(target) {
            self.missing_method(v, target)
                .map_or(String::new(), |reason| {
                    format!("{vn} does not implement {tn} {reason}")
                })
        } else if t.is_interface(v) && self.implements(target, v) {
            "need type assertion".into()
        } else {
            String::new()
        }
    }

    /// Why `ty` cannot be an embedded field's type, as Go's checker says:
    /// a pointer type, unsafe.Pointer, a type parameter or a pointer to an
    /// interface (a pointer to anything else may be embedded).
    pub(super) fn invalid_embedding(&self, ty: TypeId) -> Option<&'static str> {
        let t = &self.info.types;
        let (base, is_ptr) = match *t.get(ty) {
            Type::Pointer(p) => (p, true),
            _ => (ty, false),
        };
        if t.type_param(base).is_some() {
            return Some("embedded field type cannot be a (pointer to a) type parameter");
        }
        match t.get(t.underlying(base)) {
            Type::Basic(Basic::UnsafePointer) => {
                Some("embedded field type cannot be unsafe.Pointer")
            }
            Type::Pointer(_) => Some("embedded field type cannot be a pointer"),
            Type::Interface(_) if is_ptr => {
                Some("embedded field type cannot be a pointer to an interface")
            }
            _ => None,
        }
    }

    fn struct_type(&mut self, fields: &'a [ast::Field]) -> TypeId {
        let mut out: Vec<super::Field> = Vec::new();
        let mut spans = Vec::new();
        for f in fields {
            let ty = self.type_expr(&f.ty);
            let tag = f.tag.as_deref().map_or(String::new(), |raw| {
                let value = super::constant::string_literal(raw).unwrap_or_default();
                String::from_utf8_lossy(&value).into_owned()
            });
            let names: Vec<(String, ast::Span, bool)> = if f.names.is_empty() {
                // An embedded field is named after its type.
                let mut base = match &f.ty.kind {
                    ExprKind::Star(inner) => inner,
                    _ => &f.ty,
                };
                // An instance of a generic type is named after the type.
                if let ExprKind::Index(generic, _) = &base.kind {
                    base = generic;
                }
                let name = match &base.kind {
                    ExprKind::Ident(name) => name.clone(),
                    ExprKind::Selector(_, sel) => sel.name.clone(),
                    _ => String::new(),
                };
                vec![(name, f.ty.span, true)]
            } else {
                f.names
                    .iter()
                    .map(|n| (n.name.clone(), n.span, false))
                    .collect()
            };
            if f.names.is_empty() {
                self.embedded.push((ty, f.ty.span));
            }
            for (name, span, embedded) in names {
                if name != "_" && out.iter().any(|o| o.name == name) {
                    self.error(span, format!("{name} redeclared"));
                    continue;
                }
                spans.push((name.clone(), span.start));
                out.push(super::Field {
                    name,
                    ty,
                    embedded,
                    tag: tag.clone(),
                });
            }
        }
        let id = self.info.types.intern(Type::Struct(out));
        for (name, at) in spans {
            self.field_spans.entry((id, name)).or_insert(at);
        }
        id
    }

    /// Checks an expression; a multi-value call yields a tuple type.
    /// `mark_used` is false for the left side of an assignment.
    pub fn raw_expr(&mut self, e: &'a Expr, mark_used: bool) -> Operand {
        let op = self.expr_inner(e, mark_used);
        if !op.is_invalid() {
            self.record(e.id, op.ty, op.mode.clone());
        }
        if matches!(op.mode, Mode::Value)
            && self.info.types.is_untyped(op.ty)
            && op.ty != ids::UNTYPED_NIL
        {
            self.untyped_values.insert(e.id, e);
        }
        op
    }

    fn expr_inner(&mut self, e: &'a Expr, mark_used: bool) -> Operand {
        let mut op = Operand::invalid(e);
        match &e.kind {
            ExprKind::Ident(name) => return self.ident(e, name, mark_used),
            ExprKind::BasicLit { kind, raw } => {
                // Go's cap on numbers no constant could hold, which also
                // keeps their conversion cheap.
                const LIMIT: usize = 10_000;
                if matches!(kind, LitKind::Int | LitKind::Float | LitKind::Imag)
                    && raw.len() > LIMIT
                {
                    let head = raw.get(..10).unwrap_or(raw);
                    let msg = format!("excessively long constant: {head}... ({} chars)", raw.len());
                    self.error(e.span, msg);
                    return op;
                }
                let c = match kind {
                    LitKind::Int => {
                        constant::int_literal(raw).map(|v| (Const::Int(v), ids::UNTYPED_INT))
                    }
                    LitKind::String => match constant::string_literal(raw) {
                        Ok(s) => Some((Const::Str(s.into()), ids::UNTYPED_STRING)),
                        Err(msg) => {
                            self.error(e.span, msg);
                            return op;
                        }
                    },
                    LitKind::Rune => match constant::rune_literal(raw) {
                        Ok(r) => Some((Const::Int(BigInt::from(r)), ids::UNTYPED_RUNE)),
                        Err(msg) => {
                            self.error(e.span, msg);
                            return op;
                        }
                    },
                    LitKind::Float => match constant::float_literal(raw) {
                        Some(r) => Some((Const::Float(r), ids::UNTYPED_FLOAT)),
                        None => {
                            self.error(e.span, format!("malformed constant: {raw}"));
                            return op;
                        }
                    },
                    LitKind::Imag => {
                        let body = raw.strip_suffix('i').unwrap_or(raw);
                        // `012i` is decimal, for compatibility with Go 1.12.
                        let v = constant::float_literal(body)
                            .or_else(|| Const::Int(constant::int_literal(body)?).to_real());
                        match v {
                            Some(im) => Some((
                                Const::Complex(constant::Float::zero(), im),
                                ids::UNTYPED_COMPLEX,
                            )),
                            None => {
                                self.error(e.span, format!("malformed constant: {raw}"));
                                return op;
                            }
                        }
                    }
                };
                let Some((c, ty)) = c else {
                    self.error(e.span, format!("invalid integer literal {raw}"));
                    return op;
                };
                if self.const_overflow(e, &c) {
                    return op;
                }
                op.mode = Mode::Const(c);
                op.ty = ty;
            }
            ExprKind::Paren(inner) => {
                let inner_op = self.raw_expr(inner, mark_used);
                op = Operand {
                    node: e.id,
                    span: e.span,
                    ..inner_op
                };
            }
            ExprKind::FuncLit { sig, body } => {
                let ty = self.signature(sig);
                let parent = self.funcs.last().map(|f| f.idx);
                self.func(e.span, sig, ty, body, parent, None);
                op.ty = ty;
            }
            ExprKind::Selector(x, sel) => return self.selector(e, x, sel),
            ExprKind::Call {
                fun,
                args,
                ellipsis,
            } => return self.call(e, fun, args, *ellipsis),
            ExprKind::Unary(uop, x) => return self.unary(e, *uop, x),
            ExprKind::Star(x) => {
                let xop = self.raw_expr(x, true);
                if xop.is_invalid() {
                    return op;
                }
                if xop.mode == Mode::Type {
                    op.mode = Mode::Type;
                    op.ty = self.info.types.intern(Type::Pointer(xop.ty));
                    return op;
                }
                let t = &self.info.types;
                match *t.get(t.underlying(xop.ty)) {
                    Type::Pointer(elem) => {
                        op.ty = elem;
                        op.var = true;
                    }
                    _ => {
                        let d = self.describe(&xop);
                        self.error(x.span, format!("invalid operation: cannot indirect {d}"));
                    }
                }
            }
            ExprKind::Binary(bop, x, y) => return self.binary(e, *bop, x, y),
            ExprKind::Index(x, idx) => return self.index(e, x, idx),
            ExprKind::TypeAssert(x, Some(t)) => {
                let xop = self.value_expr(x);
                let ty = self.type_expr(t);
                if xop.is_invalid() || ty == ids::INVALID {
                    return op;
                }
                if !self.info.types.is_interface(xop.ty) {
                    let d = self.describe(&xop);
                    let msg = match self.info.types.type_param(xop.ty) {
                        Some(_) => format!(
                            "invalid operation: cannot use type assertion on type parameter value {d}"
                        ),
                        None => format!("invalid operation: {d} is not an interface"),
                    };
                    self.error(x.span, msg);
                    return op;
                }
                // Go judges an assertion to a type parameter's type in the
                // generic body, where it is never impossible.
                if !self.info.types.is_interface(ty)
                    && !self.mentions_type_param(t)
                    && !self.info.types.mentions_invalid(ty)
                    && let Some(reason) = self.missing_method(ty, xop.ty)
                {
                    let (tn, iname) = (self.info.types.name(ty), self.info.types.name(xop.ty));
                    self.error(e.span, format!("impossible type assertion: {}\n\t{tn} does not implement {iname} {reason}", self.expr_string(e.span)));
                    return op;
                }
                self.type_asserts.insert(e.id);
                op.ty = ty;
                return op;
            }
            ExprKind::TypeAssert(_, None) => {
                self.error(
                    e.span,
                    "invalid syntax tree: use of .(type) outside type switch",
                );
                return op;
            }
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                full,
            } => {
                let idx = [lo.as_deref(), hi.as_deref(), max.as_deref()];
                return self.slice_expr(e, x, idx, *full);
            }
            ExprKind::CompositeLit { ty, elts } => {
                return self.composite(e, ty.as_deref(), None, elts);
            }
            ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::SliceType(_)
            | ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::ChanType(..)
            | ExprKind::MapType(..) => {
                let ty = self.type_expr(e);
                op.mode = Mode::Type;
                op.ty = ty;
            }
            _ => {
                let t = self.text(e.span);
                self.error(
                    e.span,
                    format!("gojit does not support the expression {t} yet"),
                );
            }
        }
        op
    }

    fn ident(&mut self, e: &'a Expr, name: &str, mark_used: bool) -> Operand {
        let mut op = Operand::invalid(e);
        if name == "_" {
            self.error(e.span, "cannot use _ as value or type");
            return op;
        }
        if name == "iota"
            && let Some(iota) = self.iota
            && self.lookup(name).is_none()
        {
            op.mode = Mode::Const(Const::Int(iota.into()));
            op.ty = ids::UNTYPED_INT;
            return op;
        }
        let Some(obj) = self.lookup(name).or_else(|| self.auto_import(name)) else {
            let msg = if name == "iota" {
                "cannot use iota outside constant declaration".to_string()
            } else {
                format!("undefined: {name}")
            };
            self.error(e.span, msg);
            return op;
        };
        // A package is used only as the base of a selector (`selector`),
        // in any other place Go reports it and does not count it as used.
        if matches!(self.info.objs[obj as usize].kind, ObjKind::Package(_)) {
            self.error(e.span, format!("use of package {name} not in selector"));
            return op;
        }
        self.info.uses[e.id as usize] = Some(obj);
        self.use_dot_import(name, obj);
        if self.decl_cycle(obj) {
            return op;
        }
        self.resolve_pkg_obj(obj);
        if let Some(deps) = self.dep_stack.last_mut()
            && matches!(
                self.info.objs[obj as usize].kind,
                ObjKind::Var { global: true } | ObjKind::Func
            )
        {
            deps.push(obj);
        }
        if mark_used {
            self.info.objs[obj as usize].used = true;
        }
        let o = &self.info.objs[obj as usize];
        op.ty = o.ty;
        match o.kind.clone() {
            ObjKind::Var { global } => {
                op.var = true;
                if !global {
                    self.note_capture(obj);
                }
            }
            ObjKind::Const(c) => op.mode = Mode::Const(c),
            ObjKind::TypeName => op.mode = Mode::Type,
            ObjKind::Func | ObjKind::Native(_) => {}
            // A dot-imported package variable, as `selector` makes it.
            ObjKind::NativeVar(native) => op.var = native.by_address(),
            ObjKind::Builtin(b) => op.mode = Mode::Builtin(b),
            ObjKind::Package(_) => unreachable!("reported above"),
            ObjKind::Nil => op.ty = ids::UNTYPED_NIL,
            ObjKind::GenericFunc if self.generic_arity(obj) == 0 => {
                // A function of a package written in Go used as a value
                // inside its package (bufio's `split: ScanLines`).
                let Some(inst) = self.instantiate_func(obj, Vec::new(), e.span, &[]) else {
                    return Operand::invalid(e);
                };
                self.use_instance(e, inst);
                op.ty = self.info.objs[inst as usize].ty;
            }
            ObjKind::GenericFunc if let Some(inst) = self.instance_by_target(e) => {
                op.ty = self.info.objs[inst as usize].ty;
            }
            ObjKind::GenericFunc => {
                self.error(
                    e.span,
                    format!("cannot use generic function {name} without instantiation"),
                );
                return Operand::invalid(e);
            }
            ObjKind::GenericType if self.generic_arity(obj) == 0 => {
                // A type of a package written in Go that is not generic.
                op.mode = Mode::Type;
                op.ty = self.instantiate_type(obj, Vec::new(), e.span, &[]);
            }
            ObjKind::GenericType => {
                let generic = self.generic_type_string(obj);
                self.error(
                    e.span,
                    format!("cannot use generic type {generic} without instantiation"),
                );
                return Operand::invalid(e);
            }
        }
        op
    }

    /// A local variable of an enclosing function used here: it is captured
    /// by every function literal between its function and this one.
    pub(super) fn note_capture(&mut self, obj: ObjId) {
        let owner = self.info.objs[obj as usize].func;
        let mut f = self.funcs.last().map(|f| f.idx);
        while let Some(fi) = f {
            if Some(fi) == owner {
                break;
            }
            self.info.objs[obj as usize].captured = true;
            let caps = &mut self.info.funcs[fi as usize].captures;
            if !caps.contains(&obj) {
                caps.push(obj);
            }
            f = self.info.funcs[fi as usize].parent;
        }
    }

    /// The path of the package a selector's base names (`fmt` in
    /// `fmt.Println`), which counts it as used.
    fn package_base(&mut self, x: &Expr) -> Option<String> {
        let ExprKind::Ident(name) = &x.kind else {
            return None;
        };
        let obj = self.lookup(name).or_else(|| self.auto_import(name))?;
        let ObjKind::Package(path) = &self.info.objs[obj as usize].kind else {
            return None;
        };
        let path = path.clone();
        self.info.uses[x.id as usize] = Some(obj);
        self.info.objs[obj as usize].used = true;
        Some(path)
    }

    fn selector(&mut self, e: &'a Expr, x: &'a Expr, sel: &'a ast::Ident) -> Operand {
        let mut op = Operand::invalid(e);
        if let Some(path) = self.package_base(x) {
            match self.package_member(&path, &sel.name) {
                // A native function or variable: the object a dot import
                // declares it as too.
                Some(member @ (Member::Func(..) | Member::Var(..))) => {
                    let obj = self
                        .member_obj(&sel.name, member, sel.span)
                        .expect("a native's object");
                    self.info.uses[e.id as usize] = Some(obj);
                    let o = &self.info.objs[obj as usize];
                    op.ty = o.ty;
                    if let ObjKind::NativeVar(native) = o.kind {
                        op.var = native.by_address();
                    }
                }
                Some(Member::Const(c, ty)) => {
                    op.mode = Mode::Const(c);
                    op.ty = ty;
                }
                Some(Member::Type(ty)) => {
                    op.mode = Mode::Type;
                    op.ty = ty;
                }
                Some(Member::Builtin(b)) => op.mode = Mode::Builtin(b),
                Some(Member::Instance(inst)) => {
                    self.info.uses[e.id as usize] = Some(inst);
                    op.ty = self.info.objs[inst as usize].ty;
                }
                Some(Member::PkgVar(obj)) => {
                    self.info.uses[e.id as usize] = Some(obj);
                    if let Some(deps) = self.dep_stack.last_mut() {
                        deps.push(obj);
                    }
                    op.ty = self.info.objs[obj as usize].ty;
                    op.var = true;
                }
                Some(Member::Generic) if let Some(inst) = self.instance_by_target(e) => {
                    op.ty = self.info.objs[inst as usize].ty;
                }
                Some(Member::Generic) => {
                    let what = match self
                        .generic_obj(e)
                        .map(|g| &self.info.objs[g as usize].kind)
                    {
                        Some(ObjKind::GenericType) => "type",
                        _ => "function",
                    };
                    let name = self.text(e.span);
                    self.error(
                        e.span,
                        format!("cannot use generic {what} {name} without instantiation"),
                    );
                }
                None => {
                    let pkg = self.text(x.span);
                    self.error(sel.span, format!("undefined: {pkg}.{}", sel.name));
                }
            }
            return op;
        }
        let xop = self.raw_expr(x, true);
        if xop.is_invalid() {
            return op;
        }
        if xop.mode == Mode::Type {
            return self.method_expr(e, xop.ty, sel);
        }
        if let Type::Interface(ms) = self.info.types.get(self.info.types.underlying(xop.ty))
            && let Some(&(_, sig)) = ms.iter().find(|(n, _)| n == &sel.name)
        {
            self.info.selections.insert(
                e.id,
                Selection::IfaceMethod {
                    name: sel.name.clone(),
                    path: Vec::new(),
                },
            );
            op.ty = sig;
            return op;
        }
        match self.info.lookup_member(xop.ty, &sel.name) {
            Lookup::Field(path, ty) => {
                op.ty = ty;
                // A field of a variable, or of anything reached through a
                // pointer, is a variable.
                op.var = xop.var || path.iter().any(|s| s.deref);
                self.info.selections.insert(e.id, Selection::Field { path });
                op
            }
            Lookup::Method(path, m, recv_is_ptr) => {
                let addr = m.pointer_recv && !recv_is_ptr;
                if addr {
                    let addressable = xop.var || path.iter().any(|s| s.deref);
                    if !addressable {
                        let d = self.describe(&xop);
                        self.error(
                            e.span,
                            format!("cannot call pointer method {} on {d}", sel.name),
                        );
                        return op;
                    }
                    if !path.iter().any(|s| s.deref) {
                        self.mark_addressed(x);
                    }
                }
                if let Some(deps) = self.dep_stack.last_mut() {
                    deps.push(m.func);
                }
                let deref = !m.pointer_recv && recv_is_ptr;
                self.info.selections.insert(
                    e.id,
                    Selection::Method {
                        func: m.func,
                        addr,
                        deref,
                        path,
                    },
                );
                op.ty = m.sig;
                op
            }
            Lookup::IfaceMethod(path, sig) => {
                let name = sel.name.clone();
                self.info
                    .selections
                    .insert(e.id, Selection::IfaceMethod { name, path });
                op.ty = sig;
                op
            }
            Lookup::Ambiguous => {
                self.error(
                    sel.span,
                    format!("ambiguous selector {}", self.text(e.span)),
                );
                op
            }
            Lookup::None => {
                let t = &self.info.types;
                let why = match *t.get(t.underlying(xop.ty)) {
                    Type::Pointer(p) if t.is_interface(p) => {
                        "is pointer to interface, not interface".to_string()
                    }
                    Type::Pointer(p) if t.type_param(p).is_some() => {
                        "is pointer to type parameter, not type parameter".to_string()
                    }
                    _ => match self.case_folded_member(xop.ty, &sel.name) {
                        Some((what, name)) => format!(
                            "has no field or method {}, but does have {what} {name}",
                            sel.name
                        ),
                        None => format!("has no field or method {}", sel.name),
                    },
                };
                let msg = format!(
                    "{}.{} undefined (type {} {why})",
                    self.text(x.span),
                    sel.name,
                    self.info.types.name(xop.ty),
                );
                self.error(sel.span, msg);
                op
            }
        }
    }

    /// A field or method of `ty` whose name differs from `name` only in
    /// case, as Go's lookupError offers it: ("field" or "method", its name).
    fn case_folded_member(&self, ty: TypeId, name: &str) -> Option<(&'static str, String)> {
        let t = &self.info.types;
        let fields = t.struct_fields(ty, true).unwrap_or_default();
        let methods = self.info.methods.keys().map(|(_, m)| m);
        fields
            .iter()
            .map(|f| &f.name)
            .chain(methods)
            .filter(|c| *c != name && c.eq_ignore_ascii_case(name))
            .find_map(|c| match self.info.lookup_member(ty, c) {
                Lookup::Field(..) => Some(("field", c.clone())),
                Lookup::Method(..) => Some(("method", c.clone())),
                _ => None,
            })
    }

    /// A method expression `T.M`: the method as a function whose first
    /// parameter is the receiver, when `M` is in `T`'s method set.
    fn method_expr(&mut self, e: &'a Expr, recv: TypeId, sel: &'a ast::Ident) -> Operand {
        let mut op = Operand::invalid(e);
        let t = &self.info.types;
        let sig = match self.info.lookup_member(recv, &sel.name) {
            Lookup::Method(path, m, recv_is_ptr) => {
                let addressable = recv_is_ptr || path.iter().any(|s| s.deref);
                if m.pointer_recv && !addressable {
                    let name = t.name(recv);
                    self.error(
                        sel.span,
                        format!(
                            "invalid method expression {name}.{} (needs pointer receiver (*{name}).{})",
                            sel.name, sel.name
                        ),
                    );
                    return op;
                }
                // A method expression refers to the method, as a method
                // value does: initialization order follows it.
                if let Some(deps) = self.dep_stack.last_mut() {
                    deps.push(m.func);
                }
                m.sig
            }
            Lookup::IfaceMethod(_, sig) => sig,
            Lookup::Ambiguous => {
                let msg = format!("ambiguous selector {}", self.text(e.span));
                self.error(sel.span, msg);
                return op;
            }
            _ => {
                let why = if self.is_interface_ptr(recv) {
                    "is pointer to interface, not interface".to_string()
                } else {
                    format!("has no field or method {}", sel.name)
                };
                let msg = format!(
                    "{}.{} undefined (type {} {why})",
                    self.text(e.span).rsplit_once('.').map_or("", |(x, _)| x),
                    sel.name,
                    t.name(recv),
                );
                self.error(sel.span, msg);
                return op;
            }
        };
        let Some(s) = self.info.types.signature(sig).cloned() else {
            return op;
        };
        let mut params = vec![recv];
        params.extend(s.params);
        op.ty = self.info.types.func(params, s.results, s.variadic);
        self.info.selections.insert(
            e.id,
            Selection::MethodExpr {
                recv,
                name: sel.name.clone(),
            },
        );
        op
    }

    /// The variable at the root of an addressable expression has its
    /// address taken: it lives in a heap cell.
    pub fn mark_addressed(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::Paren(x) => self.mark_addressed(x),
            ExprKind::Selector(x, _) => {
                if let Some(Selection::Field { path }) = self.info.selections.get(&e.id)
                    && !path.iter().any(|s| s.deref)
                {
                    self.mark_addressed(x);
                }
            }
            // An element of an array value is part of the array (not of
            // a slice's or a pointed-to array's storage).
            ExprKind::Index(x, _) => {
                let t = &self.info.types;
                if let Some(tv) = &self.info.exprs[x.id as usize]
                    && let Some(c) = t.core_type(tv.ty)
                    && matches!(t.get(c), Type::Array(..))
                {
                    self.mark_addressed(x);
                }
            }
            ExprKind::Ident(_) => {
                if let Some(obj) = self.info.uses[e.id as usize]
                    && matches!(
                        self.info.objs[obj as usize].kind,
                        ObjKind::Var { global: false }
                    )
                {
                    self.info.objs[obj as usize].captured = true;
                }
            }
            _ => {}
        }
    }

    fn unary(&mut self, e: &'a Expr, uop: UnaryOp, x: &'a Expr) -> Operand {
        let mut op = Operand::invalid(e);
        if uop == UnaryOp::Addr {
            let xop = match &strip(x).kind {
                ExprKind::CompositeLit { .. } => {
                    let mut o = self.value_expr(x);
                    o.var = true;
                    o
                }
                _ => self.value_expr(x),
            };
            if xop.is_invalid() {
                return op;
            }
            if !xop.var {
                let d = self.describe(&xop);
                self.error(
                    x.span,
                    format!("invalid operation: cannot take address of {d}"),
                );
                return op;
            }
            self.mark_addressed(x);
            op.ty = self.info.types.intern(Type::Pointer(xop.ty));
            return op;
        }
        let xop = self.value_expr(x);
        if xop.is_invalid() {
            return op;
        }
        if uop == UnaryOp::Recv {
            let why = match self.info.types.chan_of(xop.ty) {
                None => "cannot receive from non-channel",
                Some((ChanDir::Send, _)) => "cannot receive from send-only channel",
                Some((_, elem)) => {
                    self.recvs.insert(e.id);
                    op.ty = elem;
                    return op;
                }
            };
            let d = self.describe(&xop);
            self.error(x.span, format!("invalid operation: {why} {d}"));
            return op;
        }
        let ok = match uop {
            UnaryOp::Pos | UnaryOp::Neg => self.info.types.is_numeric(xop.ty),
            UnaryOp::Xor => self.info.types.is_integer(xop.ty),
            UnaryOp::Not => self.info.types.is_boolean(xop.ty),
            _ => {
                let t = self.text(e.span);
                self.error(
                    e.span,
                    format!("gojit does not support the expression {t} yet"),
                );
                return op;
            }
        };
        if !ok {
            let d = self.describe(&xop);
            self.error(
                x.span,
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    uop.as_str()
                ),
            );
            return op;
        }
        op.ty = xop.ty;
        if let Mode::Const(c) = &xop.mode {
            let mut v = constant::unary(uop, c).expect("operator checked above");
            if self.const_overflow(e, &v) {
                return Operand::invalid(e);
            }
            // ^x of a typed unsigned constant flips only the type's bits.
            if let (UnaryOp::Xor, Some((bits, false)), Const::Int(n)) =
                (uop, self.info.types.int_info(op.ty), &v)
            {
                v = Const::Int(n & ((BigInt::from(1) << bits) - 1));
            }
            op.mode = Mode::Const(v);
            self.check_representable(&mut op);
        }
        op
    }

    fn binary(&mut self, e: &'a Expr, bop: BinaryOp, x: &'a Expr, y: &'a Expr) -> Operand {
        let mut op = Operand::invalid(e);
        let mut xop = self.value_expr(x);
        let mut yop = self.value_expr(y);
        if xop.is_invalid() || yop.is_invalid() {
            return op;
        }
        let (x_nil, y_nil) = (xop.ty == ids::UNTYPED_NIL, yop.ty == ids::UNTYPED_NIL);
        if matches!(bop, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(e, bop, xop, yop);
        }
        // Untyped operands take the other operand's type.
        if self.info.types.is_untyped(xop.ty) && !self.info.types.is_untyped(yop.ty) {
            if !self.implicit_convert(&mut xop, yop.ty) {
                return self.unconverted(e, bop, &xop, &yop, true);
            }
        } else if self.info.types.is_untyped(yop.ty) && !self.info.types.is_untyped(xop.ty) {
            if !self.implicit_convert(&mut yop, xop.ty) {
                return self.unconverted(e, bop, &xop, &yop, false);
            }
        } else if self.info.types.is_untyped(xop.ty)
            && self.info.types.is_untyped(yop.ty)
            && xop.ty != yop.ty
        {
            // Untyped numeric kinds mix to the later of int, rune, float;
            // other mixes mismatch (a comparison's at its second operand).
            let both_numeric =
                self.info.types.is_numeric(xop.ty) && self.info.types.is_numeric(yop.ty);
            if !both_numeric {
                let at = if bop.is_comparison() {
                    yop.span
                } else {
                    e.span
                };
                return self.mismatch_at(at, e, bop, &xop, &yop);
            }
        }
        if xop.ty == ids::INVALID || yop.ty == ids::INVALID {
            return op;
        }
        let t = &self.info.types;
        if bop.is_comparison() {
            let ok = if x_nil || y_nil {
                let other = if x_nil { &yop } else { &xop };
                // nil compares only with what has nil (not with nil).
                matches!(bop, BinaryOp::Eq | BinaryOp::Ne) && t.has_nil(other.ty)
            } else if t.identical(xop.ty, yop.ty)
                || (t.is_untyped(xop.ty) && t.is_untyped(yop.ty))
                || self.assignable_type(xop.ty, yop.ty)
                || self.assignable_type(yop.ty, xop.ty)
            {
                true
            } else {
                // Go reports a comparison's mismatch at its second operand.
                return self.mismatch_at(yop.span, e, bop, &xop, &yop);
            };
            let ok = ok
                && if matches!(bop, BinaryOp::Eq | BinaryOp::Ne) {
                    x_nil || y_nil || (t.comparable(xop.ty) && t.comparable(yop.ty))
                } else {
                    t.ordered(xop.ty) && t.ordered(yop.ty)
                };
            if !ok {
                // The first operand that cannot be compared so (with nil:
                // the second), where Go reports it.
                let eq = matches!(bop, BinaryOp::Eq | BinaryOp::Ne);
                let x_at_fault = if eq {
                    !x_nil && !y_nil && !t.comparable(xop.ty)
                } else {
                    !t.ordered(xop.ty)
                };
                let which = if x_at_fault { &xop } else { &yop };
                let kind = if eq && !t.comparable(which.ty) {
                    self.incomparable_cause(which.ty)
                } else if t.type_param(which.ty).is_some() {
                    format!(
                        "type parameter {} is not comparable with {}",
                        t.name(which.ty),
                        bop.as_str()
                    )
                } else {
                    format!(
                        "operator {} not defined on {}",
                        bop.as_str(),
                        self.kind_string(which.ty)
                    )
                };
                self.error(
                    which.span,
                    format!(
                        "invalid operation: {} {} {} ({kind})",
                        self.expr_string(x.span),
                        bop.as_str(),
                        self.expr_string(y.span)
                    ),
                );
                return op;
            }
            op.ty = ids::UNTYPED_BOOL;
            if let (Mode::Const(a), Mode::Const(b)) = (&xop.mode, &yop.mode) {
                op.mode =
                    Mode::Const(constant::binary(bop, a, b, true).expect("comparable constants"));
            } else if t.is_untyped(xop.ty) && t.is_untyped(yop.ty) && !x_nil && !y_nil {
                // Compared at run time, untyped operands have their default
                // type (of the larger kind when they differ).
                let d = t.default_type(t.larger_untyped(xop.ty, yop.ty));
                self.convert_untyped(&mut xop, d);
                self.convert_untyped(&mut yop, d);
            }
            return op;
        }
        if !t.identical(xop.ty, yop.ty) && !t.is_untyped(xop.ty) && !t.is_untyped(yop.ty) {
            return self.mismatch(e, bop, &xop, &yop);
        }
        let ty = if t.is_untyped(xop.ty) && t.is_untyped(yop.ty) && t.is_numeric(xop.ty) {
            t.larger_untyped(xop.ty, yop.ty)
        } else {
            xop.ty
        };
        let ok = match bop {
            BinaryOp::Add => t.all_terms(ty, |u| t.is_numeric(u) || t.is_string(u)),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => t.is_numeric(ty),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                t.is_integer(ty)
            }
            BinaryOp::LAnd | BinaryOp::LOr => t.is_boolean(ty),
            _ => false,
        };
        if !ok {
            let d = self.describe(&xop);
            self.error(
                e.span,
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    bop.as_str()
                ),
            );
            return op;
        }
        op.ty = ty;
        let integer = t.is_integer(ty);
        // Division by a constant zero is an error for integers, and for
        // floats when the dividend is constant too; so is a complex
        // constant divisor whose parts square to 0 (go.dev/issue/20227).
        if matches!(bop, BinaryOp::Div | BinaryOp::Rem)
            && (integer || matches!(xop.mode, Mode::Const(_)))
            && let Mode::Const(c) = &yop.mode
            && (c.is_zero()
                || (t.is_complex(ty)
                    && matches!(xop.mode, Mode::Const(_))
                    && constant::squares_vanish(c)))
        {
            self.error(y.span, "invalid operation: division by zero");
            return Operand::invalid(e);
        }
        if let (Mode::Const(a), Mode::Const(b)) = (&xop.mode, &yop.mode) {
            match constant::binary(bop, a, b, integer) {
                Some(v) if self.const_overflow(e, &v) => return Operand::invalid(e),
                Some(v) => {
                    op.mode = Mode::Const(v);
                    self.check_representable(&mut op);
                }
                // Past big.Float's exponents: go/constant's unknown value.
                None => {
                    let at = self.op_pos(e);
                    self.error(at, "constant result is not representable");
                    return Operand::invalid(e);
                }
            }
        }
        op
    }

    /// Go keeps untyped integer constants within 512 bits: reports
    /// `constant multiplication overflow` (or addition, ...) at the
    /// operator of `e` when `v` is past that.
    fn const_overflow(&mut self, e: &Expr, v: &Const) -> bool {
        let Const::Int(i) = v else {
            return false;
        };
        if i.bits() <= 512 {
            return false;
        }
        let name = match &e.kind {
            ExprKind::Binary(BinaryOp::Add, ..) => "addition ",
            ExprKind::Binary(BinaryOp::Sub, ..) => "subtraction ",
            ExprKind::Binary(BinaryOp::Mul, ..) => "multiplication ",
            ExprKind::Binary(BinaryOp::Shl, ..) => "shift ",
            ExprKind::Binary(BinaryOp::Xor, ..) => "bitwise XOR ",
            ExprKind::Unary(UnaryOp::Xor, _) => "bitwise complement ",
            _ => "",
        };
        let at = self.op_pos(e);
        self.error(at, format!("constant {name}overflow"));
        true
    }

    /// Where Go reports a constant operation's overflow: at the operator of
    /// a binary expression, else at its start.
    fn op_pos(&self, e: &Expr) -> Span {
        let at = match &e.kind {
            ExprKind::Binary(_, x, _) => self.next_token(x.span.end),
            _ => e.span.start,
        };
        Span {
            start: at,
            end: at + 1,
        }
    }

    /// A shift, checked in the order of Go's `shift`: the shifted operand,
    /// then the count, whose constant value must fit a uint without being
    /// converted first (so messages describe it as written).
    fn shift(&mut self, e: &'a Expr, bop: BinaryOp, xop: Operand, mut yop: Operand) -> Operand {
        let mut op = Operand::invalid(e);
        let t = &self.info.types;
        // An untyped constant shifts as an integer when its value is whole
        // (`2.0 << 1`).
        let whole = |o: &Operand| match &o.mode {
            Mode::Const(c) => c.real_part().and_then(|c| c.to_int()),
            _ => None,
        };
        let xval = whole(&xop);
        if !(t.is_integer(xop.ty) || t.is_untyped(xop.ty) && xval.is_some()) {
            let d = self.describe(&xop);
            self.error(
                xop.span,
                format!("invalid operation: shifted operand {d} must be integer"),
            );
            return op;
        }
        let count = whole(&yop);
        if let Mode::Const(_) = &yop.mode {
            if count
                .as_ref()
                .is_some_and(|v| v.sign() == num_bigint::Sign::Minus)
            {
                let d = self.describe(&yop);
                self.error(
                    yop.span,
                    format!("invalid operation: negative shift count {d}"),
                );
                return op;
            }
            let t = &self.info.types;
            let fits = t.is_numeric(yop.ty).then(|| self.const_as(&yop, ids::UINT));
            if t.is_untyped(yop.ty) && !matches!(fits, Some(Ok(_))) {
                let d = self.describe(&yop);
                let msg = match fits {
                    Some(Err("truncated")) => format!("{d} truncated to uint"),
                    Some(Err(why)) => format!("{d} {why} uint"),
                    _ => format!("cannot convert {d} to type uint"),
                };
                self.error(yop.span, msg);
                return op;
            }
        }
        // Go takes a whole typed float constant as a count too, but gojit's
        // compiler shifts by integers only; an untyped non-constant count
        // (`1 << (1.0 << s)`) is given type uint below, as Go does.
        let t = &self.info.types;
        if !(t.is_integer(yop.ty) || t.is_untyped(yop.ty) && t.is_numeric(yop.ty)) {
            let d = self.describe(&yop);
            self.error(
                yop.span,
                format!("invalid operation: shift count {d} must be integer"),
            );
            return op;
        }
        if let (Some(x), Mode::Const(_)) = (xval, &yop.mode) {
            // Go's bound on constant shifts, which still reaches the
            // smallest float64 (go.dev/issue/44057).
            const SHIFT_BOUND: u64 = 1023 - 1 + 52;
            let Some(s) = count
                .and_then(|v| u64::try_from(v).ok())
                .filter(|&s| s <= SHIFT_BOUND)
            else {
                let d = self.describe(&yop);
                self.error(
                    yop.span,
                    format!("invalid operation: invalid shift count {d}"),
                );
                return op;
            };
            self.convert_untyped(&mut yop, ids::UINT);
            let v = constant::binary(bop, &Const::Int(x), &Const::Int(s.into()), true)
                .expect("integer shift");
            if self.const_overflow(e, &v) {
                return Operand::invalid(e);
            }
            // A whole untyped float shifted is an untyped integer.
            op.ty = if self.info.types.is_integer(xop.ty) {
                xop.ty
            } else {
                ids::UNTYPED_INT
            };
            op.mode = Mode::Const(v);
            self.check_representable(&mut op);
            return op;
        }
        self.convert_untyped(&mut yop, ids::UINT);
        // A non-constant shift of an untyped constant stays untyped (of the
        // constant's kind: `1.0 << s` is an untyped float): the constant
        // takes the type the context gives the shift, as it would alone,
        // and that type must be an integer type (`convert_untyped`).
        if self.info.types.is_untyped(xop.ty) && matches!(xop.mode, Mode::Const(_)) {
            self.shift_operands.insert(xop.node);
        }
        op.ty = xop.ty;
        op
    }

    /// The source of an expression as Go's messages show it: printed
    /// back in Go's short form (`a * b + c`, `P{…}`, `func() {…}`).
    pub fn expr_string(&self, span: Span) -> String {
        let text = self.text(span);
        grammar::printer::expr_source_short(text).unwrap_or_else(|| text.to_string())
    }

    /// Go's `typesSummary` of operands, for `have (...)` lines: untyped
    /// numbers are `number`, other untyped values their kind.
    pub fn types_summary(&self, ops: &[Operand]) -> String {
        let t = &self.info.types;
        let names: Vec<String> = ops
            .iter()
            .map(|o| {
                if t.is_untyped(o.ty) && t.is_numeric(o.ty) {
                    "number".to_string()
                } else {
                    t.name(o.ty).replace("untyped ", "")
                }
            })
            .collect();
        format!("({})", names.join(", "))
    }

    /// Go's `kindString`: how comparison errors name an operand's type.
    fn kind_string(&self, ty: TypeId) -> String {
        let t = &self.info.types;
        match t.get(t.underlying(ty)) {
            Type::Array(..) => "array".into(),
            Type::Slice(_) => "slice".into(),
            Type::Struct(_) => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Func(_) => "func".into(),
            Type::Interface(_) => "interface".into(),
            Type::Map(..) => "map".into(),
            Type::Chan(..) => "chan".into(),
            _ => t.name(ty),
        }
    }

    /// Go's `incomparableCause`: why values of the incomparable type `ty`
    /// cannot be compared with `==`.
    pub(super) fn incomparable_cause(&self, ty: TypeId) -> String {
        let t = &self.info.types;
        if t.type_param(ty).is_some() && t.core_type(ty).is_none() {
            return "incomparable types in type set".into();
        }
        let u = t.underlying(ty);
        match t.get(u) {
            Type::Struct(fs) => {
                let f = fs.iter().find(|f| !t.comparable(f.ty));
                let field = f.map_or(String::new(), |f| t.name(f.ty));
                format!("struct containing {field} cannot be compared")
            }
            Type::Array(..) => format!("{} cannot be compared", t.name(u)),
            _ => format!("{} can only be compared to nil", self.kind_string(ty)),
        }
    }

    /// The untyped operand of `x bop y` (`x` when `x_untyped`) does not
    /// convert to the other's type. As types2's `matchTypes`, Go reports
    /// the failed conversion at that operand when the two may convert at
    /// all (neither is a boolean or a string the other is not, nor nil,
    /// nor a pointer), else mismatched types.
    fn unconverted(
        &mut self,
        e: &'a Expr,
        bop: BinaryOp,
        x: &Operand,
        y: &Operand,
        x_untyped: bool,
    ) -> Operand {
        let (from, to) = if x_untyped { (x, y) } else { (y, x) };
        let t = &self.info.types;
        let may_convert = t.is_interface(to.ty)
            || (t.is_boolean(from.ty) == t.is_boolean(to.ty)
                && t.is_string(from.ty) == t.is_string(to.ty)
                && from.ty != ids::UNTYPED_NIL
                && !matches!(t.get(t.underlying(to.ty)), Type::Pointer(_)));
        if !may_convert {
            // Go reports a comparison's mismatch at its second operand.
            let at = if bop.is_comparison() { y.span } else { e.span };
            return self.mismatch_at(at, e, bop, x, y);
        }
        let (d, tn) = (self.describe(from), self.info.types.name(to.ty));
        self.error(from.span, format!("cannot convert {d} to type {tn}"));
        Operand::invalid(e)
    }

    fn mismatch(&mut self, e: &'a Expr, bop: BinaryOp, x: &Operand, y: &Operand) -> Operand {
        self.mismatch_at(e.span, e, bop, x, y)
    }

    /// Reports mismatched operand types of `e` at `at`.
    fn mismatch_at(
        &mut self,
        at: Span,
        e: &'a Expr,
        bop: BinaryOp,
        x: &Operand,
        y: &Operand,
    ) -> Operand {
        let t = &self.info.types;
        self.error(
            at,
            format!(
                "invalid operation: {} {} {} (mismatched types {} and {})",
                self.expr_string(x.span),
                bop.as_str(),
                self.expr_string(y.span),
                t.name(x.ty),
                t.name(y.ty)
            ),
        );
        Operand::invalid(e)
    }

    /// Reports a constant result that does not fit its (typed) type, and
    /// rounds a float one to its type's precision.
    fn check_representable(&mut self, op: &mut Operand) {
        let Mode::Const(c) = &op.mode else { return };
        if self.info.types.is_untyped(op.ty) {
            return;
        }
        match self.info.types.represent_const(c, op.ty, op.ty) {
            Ok(v) => op.mode = Mode::Const(v),
            Err(_) => {
                let (d, t) = (self.describe(op), self.info.types.name(op.ty));
                self.error(op.span, format!("{d} overflows {t}"));
            }
        }
    }

    /// Converts an untyped operand to `target` where the spec allows it
    /// implicitly; false when it does not.
    fn implicit_convert(&mut self, op: &mut Operand, target: TypeId) -> bool {
        let t = &self.info.types;
        let ok = implicitly_converts(t, op.ty, target);
        if ok {
            let to = if t.is_interface(target) && op.ty != ids::UNTYPED_NIL {
                t.default_type(op.ty)
            } else {
                target
            };
            self.convert_untyped(op, to);
        }
        ok
    }

    /// The constant value of `op` as type `to`, or Go's reason it has none
    /// (`overflows`, `truncated`); non-constants pass.
    fn const_as(&self, op: &Operand, to: TypeId) -> Result<Option<Const>, &'static str> {
        match &op.mode {
            Mode::Const(c) => self.info.types.represent_const(c, op.ty, to).map(Some),
            _ => Ok(None),
        }
    }

    /// Gives an untyped operand type `to` in `context`, reporting Go's
    /// `(overflows)` or `(truncated)` error when a constant does not fit.
    /// False on error.
    pub fn represent(&mut self, op: &mut Operand, to: TypeId, context: &str) -> bool {
        if self.info.types.is_untyped(op.ty)
            && let Err(why) = self.const_as(op, to)
        {
            let d = self.describe(op);
            let tn = self.info.types.name(to);
            // Go gives no reason for a type parameter's type set.
            let why = match self.info.types.type_param(to) {
                Some(_) => String::new(),
                None => format!(" ({why})"),
            };
            self.error(
                op.span,
                format!("cannot use {d} as {tn} value in {context}{why}"),
            );
            return false;
        }
        self.convert_untyped(op, to);
        true
    }

    /// Gives an untyped operand its final type (and a constant its value in
    /// that type), recording both for the compiler.
    pub fn convert_untyped(&mut self, op: &mut Operand, to: TypeId) {
        if !self.info.types.is_untyped(op.ty) || self.info.types.is_untyped(to) {
            return;
        }
        if self.shift_operands.contains(&op.node) && !self.info.types.is_integer(to) {
            let (x, tn) = (self.expr_string(op.span), self.info.types.name(to));
            self.error(
                op.span,
                format!("invalid operation: shifted operand {x} (type {tn}) must be integer"),
            );
            return;
        }
        if let Some(&e) = self.untyped_values.get(&op.node) {
            self.convert_operands(e, to);
        }
        match self.const_as(op, to) {
            Err(why) => {
                let d = self.describe(op);
                let tn = self.info.types.name(to);
                let why = if why == "truncated" {
                    "truncated to"
                } else {
                    why
                };
                self.error(op.span, format!("{d} {why} {tn}"));
                op.ty = ids::INVALID;
                return;
            }
            Ok(Some(v)) => op.mode = Mode::Const(v),
            Ok(None) => {}
        }
        op.ty = to;
        if let Some(Some(tv)) = self.info.exprs.get_mut(op.node as usize) {
            tv.ty = to;
            if matches!(tv.mode, Mode::Const(_)) {
                tv.mode = op.mode.clone();
            }
        }
    }

    /// Gives the untyped operands of the non-constant untyped expression
    /// `e` the type `to` its context gave it, as Go's `updateExprType`
    /// does: those of arithmetic operators and the left one of shifts
    /// (comparisons typed theirs already).
    fn convert_operands(&mut self, e: &'a Expr, to: TypeId) {
        let operands: Vec<&'a Expr> = match &e.kind {
            ExprKind::Paren(x) | ExprKind::Unary(_, x) => vec![x],
            ExprKind::Binary(op, _, _) if op.is_comparison() => vec![],
            ExprKind::Binary(BinaryOp::Shl | BinaryOp::Shr, x, _) => vec![x],
            ExprKind::Binary(_, x, y) => vec![x, y],
            _ => vec![],
        };
        for x in operands {
            let Some(Some(tv)) = self.info.exprs.get(x.id as usize) else {
                continue;
            };
            let mut op = Operand {
                mode: tv.mode.clone(),
                ty: tv.ty,
                node: x.id,
                span: x.span,
                var: false,
            };
            self.convert_untyped(&mut op, to);
        }
    }

    /// Checks that `op` can be assigned to a `target` and converts it;
    /// reports Go's `cannot use ... as T value in <context>` otherwise.
    pub fn assign_to(&mut self, op: &mut Operand, target: TypeId, context: &str) -> bool {
        // A defined type whose declaration was in error (an invalid
        // recursive type) was reported there.
        let broken = |t| matches!(self.info.types.get(t), &Type::Named(_, ids::INVALID));
        if op.is_invalid() || target == ids::INVALID || broken(target) || broken(op.ty) {
            return false;
        }
        if matches!(op.mode, Mode::NoValue) {
            let d = self.describe(op);
            self.error(op.span, format!("{d} used as value"));
            return false;
        }
        let t = &self.info.types;
        // An untyped value meets an interface as a value of its default
        // type, which must implement it.
        if t.is_untyped(op.ty) && t.is_interface(target) && op.ty != ids::UNTYPED_NIL {
            let d = t.default_type(op.ty);
            if !self.represent(op, d, context) {
                return false;
            }
        }
        let t = &self.info.types;
        if t.is_untyped(op.ty) {
            if self.const_as(op, target).is_err() {
                return self.represent(op, target, context);
            }
            if self.implicit_convert(op, target) {
                return true;
            }
        } else if self.assignable_type(op.ty, target) {
            return true;
        }
        let d = self.describe(op);
        let tn = self.info.types.name(target);
        let why = if self.info.types.is_untyped(op.ty) {
            String::new()
        } else {
            match self.assign_cause(op.ty, target) {
                c if c.is_empty() => c,
                c => format!(": {c}"),
            }
        };
        self.error(
            op.span,
            format!("cannot use {d} as {tn} value in {context}{why}"),
        );
        false
    }

    /// A value of type `v` (not untyped) may be assigned to a `t`.
    pub(super) fn assignable_type(&self, v: TypeId, t: TypeId) -> bool {
        self.info.types.identical(v, t)
            || (self.info.types.is_interface(t) && self.implements(v, t))
            || self.identical_underlying(v, t)
            || self.chan_assignable(v, t)
    }

    /// Go's assignability of a bidirectional channel of type `v` to a
    /// channel type `t` of the same element type, when at least one of them
    /// is not named.
    fn chan_assignable(&self, v: TypeId, t: TypeId) -> bool {
        let tt = &self.info.types;
        let named = |id| matches!(tt.get(id), Type::Named(..));
        match (tt.get(tt.underlying(v)), tt.get(tt.underlying(t))) {
            (Type::Chan(ChanDir::Both, a), Type::Chan(_, b)) => {
                tt.identical(*a, *b) && (!named(v) || !named(t))
            }
            _ => false,
        }
    }

    /// Go's assignability of a value of type `v` to `t` when their
    /// underlying types are identical and at least one is not named. A type
    /// parameter has no underlying type of its own here: a value of an
    /// unnamed type is assignable to one when it is to each type of its type
    /// set, and a type parameter's value to an unnamed type when each type of
    /// its set is.
    fn identical_underlying(&self, v: TypeId, t: TypeId) -> bool {
        let tt = &self.info.types;
        let named = |id| {
            matches!(
                tt.get(id),
                Type::Named(..) | Type::Basic(_) | Type::TypeParam(..)
            )
        };
        let each = |p: TypeId, f: &dyn Fn(TypeId) -> bool| {
            tt.terms(p)
                .is_some_and(|ts| ts.iter().all(|term| f(term.ty)))
        };
        match (tt.type_param(v), tt.type_param(t)) {
            (None, None) => {
                (!named(v) || !named(t)) && tt.identical(tt.underlying(v), tt.underlying(t))
            }
            (_, Some(_)) if !named(v) => each(t, &|term| self.assignable_type(v, term)),
            (Some(_), _) if !named(t) => each(v, &|term| self.assignable_type(term, t)),
            _ => false,
        }
    }

    /// The type `ty` implements the interface `iface`.
    fn implements(&self, ty: TypeId, iface: TypeId) -> bool {
        self.info.types.is_interface(iface) && self.missing_method(ty, iface).is_none()
    }

    /// Checks the right side of an assignment or declaration with `n`
    /// targets: `n` single values, or one call returning `n` values.
    pub fn rhs_operands(
        &mut self,
        n: usize,
        values: &'a [Expr],
        what: &str,
    ) -> Option<Vec<Operand>> {
        let what = if n == 1 {
            what.trim_end_matches('s')
        } else {
            what
        };
        if values.len() == 1 {
            let op = self.raw_expr(&values[0], true);
            if op.is_invalid() {
                return None;
            }
            let id = strip(&values[0]).id;
            if n == 2
                && (self.map_index.contains(&id)
                    || self.type_asserts.contains(&id)
                    || self.recvs.contains(&id))
            {
                // `v, ok := m[k]`
                self.info.comma_ok.insert(id);
                // The `ok` operand is no node of the tree: converting it must
                // not retype the index or assertion expression.
                let ok = Operand {
                    mode: Mode::Value,
                    ty: ids::UNTYPED_BOOL,
                    node: NO_NODE,
                    ..op.clone()
                };
                return Some(vec![op, ok]);
            }
            let count = self.value_count(&op);
            // One value expected of a call with none is Go's `(no value)
            // used as value`, not a count mismatch.
            if n == 1 && (count == 1 || matches!(op.mode, Mode::NoValue)) {
                let op = self.value_check(&values[0], op);
                return (!op.is_invalid()).then(|| vec![op]);
            }
            if count == n
                && let Type::Tuple(ts) = self.info.types.get(op.ty).clone()
            {
                return Some(
                    ts.iter()
                        .map(|&ty| Operand {
                            mode: Mode::Value,
                            ty,
                            node: op.node,
                            span: op.span,
                            var: false,
                        })
                        .collect(),
                );
            }
            let plural = |k: usize| if k == 1 { "" } else { "s" };
            let msg = match &values[0].kind {
                ExprKind::Call { fun, .. } => format!(
                    "assignment mismatch: {n} {what} but {} returns {count} value{}",
                    self.text(fun.span),
                    plural(count)
                ),
                _ => format!(
                    "assignment mismatch: {n} {what} but {count} value{}",
                    plural(count)
                ),
            };
            self.error(values[0].span, msg);
            return None;
        }
        let ops: Vec<Operand> = values.iter().map(|v| self.value_expr(v)).collect();
        if ops.len() != n {
            let span = values.first().map_or(Span::default(), |v| v.span);
            self.error(
                span,
                format!(
                    "assignment mismatch: {n} {what} but {} value{}",
                    ops.len(),
                    if ops.len() == 1 { "" } else { "s" }
                ),
            );
            return None;
        }
        if ops.iter().any(|o| o.is_invalid()) {
            return None;
        }
        Some(ops)
    }

    fn value_count(&self, op: &Operand) -> usize {
        match (self.info.types.get(op.ty), &op.mode) {
            (_, Mode::NoValue) => 0,
            (Type::Tuple(ts), _) => ts.len(),
            _ => 1,
        }
    }

    fn call(&mut self, e: &'a Expr, fun: &'a Expr, args: &'a [Expr], ellipsis: bool) -> Operand {
        let callee = super::stmt::strip_parens(fun);
        if let Some(g) = self.generic_func(callee) {
            return self.generic_call(e, callee, g, &[], args, ellipsis);
        }
        if let ExprKind::Index(x, targs) = &callee.kind
            && let Some(g) = self.generic_func(x)
        {
            return self.generic_call(e, callee, g, &targs[..], args, ellipsis);
        }
        let op = Operand::invalid(e);
        let fop = self.raw_expr(fun, true);
        match fop.mode {
            Mode::Builtin(b) => return self.builtin(e, b, args, ellipsis),
            Mode::Type if ellipsis && args.len() == 1 => {
                if !self.value_expr(&args[0]).is_invalid() {
                    let t = self.info.types.name(fop.ty);
                    self.error(
                        args[0].span,
                        format!("invalid use of ... in conversion to {t}"),
                    );
                }
                return op;
            }
            Mode::Type if fop.ty != ids::INVALID => {
                let to_type_param = self.is_type_param(fun);
                return self.conversion(e, fop.ty, args, to_type_param);
            }
            // A type in error (`[...]byte("x")`) was reported.
            _ if fop.is_invalid() || matches!(fop.mode, Mode::Type) => {
                for a in args {
                    self.raw_expr(a, true);
                }
                return op;
            }
            _ => {}
        }
        let Some(sig) = self.info.types.signature(fop.ty).cloned() else {
            let d = self.describe(&fop);
            self.error(
                e.span,
                format!("invalid operation: cannot call non-function {d}"),
            );
            return op;
        };
        let mut targets = sig.params.clone();
        if sig.variadic && !ellipsis {
            // The arguments past the last parameter are its elements.
            let last = targets.pop().and_then(|t| match self.info.types.get(t) {
                &Type::Slice(el) => Some(el),
                _ => None,
            });
            targets.extend(std::iter::repeat_n(
                last.unwrap_or(ids::INVALID),
                args.len().saturating_sub(targets.len()),
            ));
        }
        self.infer_from_targets(args, &targets);
        let ops = self.call_operands(args);
        if ellipsis && !sig.variadic {
            if ops.iter().all(|o| !o.is_invalid()) {
                let f = self.expr_string(fun.span);
                self.error(
                    e.span,
                    format!("cannot use ... in call to non-variadic {f}"),
                );
            }
            return op;
        }
        self.call_with(e, fun, &sig, ops, args, ellipsis)
    }

    /// The arguments of a call: a single multi-value call as the only
    /// argument spreads over the parameters.
    pub(super) fn call_operands(&mut self, args: &'a [Expr]) -> Vec<Operand> {
        let mut ops: Vec<Operand> = Vec::new();
        if args.len() == 1 {
            let a = self.raw_expr(&args[0], true);
            match self.info.types.get(a.ty).clone() {
                Type::Tuple(ts) if ts.len() > 1 => {
                    ops = ts
                        .iter()
                        .map(|&ty| Operand {
                            mode: Mode::Value,
                            ty,
                            ..a.clone()
                        })
                        .collect();
                }
                _ => ops.push(self.value_check(&args[0], a)),
            }
        } else {
            for a in args {
                ops.push(self.value_expr(a));
            }
        }
        ops
    }

    /// Go's `not enough arguments` or `too many arguments in call to
    /// fname` with the arguments' and the parameters' types; at the last
    /// argument when there are too few (the closing parenthesis when there
    /// are none), else at the first extra one.
    fn argument_count_error(
        &mut self,
        e: &Expr,
        fname: &str,
        sig: &super::Signature,
        ops: &[Operand],
        args: &[Expr],
    ) {
        let n = sig.params.len();
        let have = self.types_summary(ops);
        let want = self.info.types.signature_types_string(&super::Signature {
            results: vec![],
            ..sig.clone()
        });
        let few = ops.len() < n;
        let span = match (few, args.last()) {
            (true, Some(last)) => last.span,
            (true, None) => Span::new(e.span.end as usize - 1, e.span.end as usize),
            (false, _) => ops[n].span,
        };
        self.error(
            span,
            format!(
                "{} arguments in call to {fname}\n\thave {have}\n\twant {want}",
                if few { "not enough" } else { "too many" },
            ),
        );
    }

    /// Checks the arguments `ops` of a call of `fun` against its signature.
    pub(super) fn call_with(
        &mut self,
        e: &'a Expr,
        fun: &'a Expr,
        sig: &super::Signature,
        mut ops: Vec<Operand>,
        args: &'a [Expr],
        ellipsis: bool,
    ) -> Operand {
        let fname = self.text(fun.span);
        if ops.iter().any(|o| o.is_invalid()) {
            return self.call_result(e, sig);
        }
        // `f(g()...)`: a multi-value call's results do not spread.
        if let ([arg], true, true) = (args, sig.variadic && ellipsis, ops.len() > 1) {
            let x = self.expr_string(arg.span);
            self.error(
                e.span,
                format!("cannot use ... with {}-valued {x}", ops.len()),
            );
            return self.call_result(e, sig);
        }
        let n = sig.params.len();
        let enough = if sig.variadic && !ellipsis {
            ops.len() + 1 >= n
        } else {
            ops.len() == n
        };
        if !enough || (!sig.variadic && ops.len() > n) {
            self.argument_count_error(e, fname, sig, &ops, args);
            return self.call_result(e, sig);
        }
        let context = format!("argument to {fname}");
        for (i, o) in ops.iter_mut().enumerate() {
            let target = if sig.variadic && i + 1 >= n && !ellipsis {
                match self.info.types.get(sig.params[n - 1]) {
                    Type::Slice(elem) => *elem,
                    _ => ids::INVALID,
                }
            } else {
                sig.params[i]
            };
            self.assign_to(o, target, &context);
        }
        self.call_result(e, sig)
    }

    fn call_result(&mut self, e: &'a Expr, sig: &super::Signature) -> Operand {
        let mut op = Operand::invalid(e);
        match sig.results.len() {
            0 => {
                op.mode = Mode::NoValue;
                op.ty = ids::VOID;
            }
            1 => op.ty = sig.results[0],
            _ => op.ty = self.info.types.intern(Type::Tuple(sig.results.clone())),
        }
        op
    }

    /// `T(x)`; Go's conversion to a type parameter (`to_type_param`) is
    /// never a constant, whatever the type argument.
    fn conversion(
        &mut self,
        e: &'a Expr,
        to: TypeId,
        args: &'a [Expr],
        to_type_param: bool,
    ) -> Operand {
        let mut op = Operand::invalid(e);
        if args.len() != 1 {
            let t = self.info.types.name(to);
            let msg = if args.is_empty() {
                format!("missing argument in conversion to {t}")
            } else {
                format!("too many arguments in conversion to {t}")
            };
            self.error(e.span, msg);
            return op;
        }
        let mut x = self.value_expr(&args[0]);
        // An invalid target type was reported where it is written.
        if x.is_invalid() || to == ids::INVALID {
            return op;
        }
        if !self.convertible(&x, to) {
            let d = self.describe(&x);
            let tn = self.info.types.name(to);
            let why = match self.conversion_cause(&x, to) {
                c if c.is_empty() || self.info.types.is_untyped(x.ty) => String::new(),
                c => format!(": {c}"),
            };
            self.error(
                args[0].span,
                format!("cannot convert {d} to type {tn}{why}"),
            );
            return op;
        }
        op.ty = to;
        let c = match &x.mode {
            // Constants are of boolean, numeric and string types only.
            Mode::Const(c)
                if !to_type_param
                    && matches!(self.info.types.get(self.info.types.underlying(to)),
                        Type::Basic(b) if *b != Basic::UnsafePointer) =>
            {
                c.clone()
            }
            _ => {
                let t = &self.info.types;
                if t.is_untyped(x.ty) {
                    // A non-constant untyped argument takes the type converted
                    // to; a constant one becomes a value of the type argument
                    // itself (unless converted as a rune to a string), or of
                    // its default type for a non-constant type (`[]byte("a")`)
                    // or an interface.
                    let rune_to_string = t.is_string(to) && !t.is_string(x.ty);
                    let d = if t.is_interface(to) {
                        t.default_type(x.ty)
                    } else if !matches!(x.mode, Mode::Const(_)) || to_type_param && !rune_to_string
                    {
                        to
                    } else {
                        t.default_type(x.ty)
                    };
                    self.convert_untyped(&mut x, d);
                }
                return op;
            }
        };
        op.mode = Mode::Const(match (c, self.info.types.is_string(to)) {
            (c @ (Const::Int(_) | Const::Float(_) | Const::Complex(..)), false) => {
                match self.info.types.represent_const(&c, x.ty, to) {
                    // A constant result: the compiler never looks at the argument.
                    Ok(v) => v,
                    Err(_) => {
                        let tn = self.info.types.name(to);
                        let msg = match &c {
                            Const::Int(v) if self.info.types.is_integer(x.ty) => {
                                format!("constant {v} overflows {tn}")
                            }
                            _ => format!("cannot convert {} to type {tn}", self.describe(&x)),
                        };
                        self.error(args[0].span, msg);
                        return Operand::invalid(e);
                    }
                }
            }
            (Const::Int(v), true) => {
                // string(rune): the UTF-8 of the code point, or U+FFFD.
                let ch = num_traits::ToPrimitive::to_u32(&v)
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}');
                Const::Str(ch.to_string().into_bytes().into())
            }
            (c, _) => {
                self.convert_untyped(&mut x, to);
                c
            }
        });
        op
    }

    /// Whether `x` converts to `to` (the spec's conversion rules); for a
    /// type parameter on either side, whether it does for each type of
    /// the type set.
    fn convertible(&mut self, x: &Operand, to: TypeId) -> bool {
        let t = &self.info.types;
        if !t.identical(x.ty, to) {
            if let Some(terms) = t.terms(x.ty).map(<[_]>::to_vec) {
                return terms.iter().all(|term| {
                    let y = Operand {
                        ty: term.ty,
                        ..x.clone()
                    };
                    self.convertible(&y, to)
                });
            }
            if let Some(terms) = t.terms(to).map(<[_]>::to_vec) {
                return terms.iter().all(|term| self.convertible(x, term.ty));
            }
        }
        let t = &self.info.types;
        let to_slice_of = |t: &super::TypeTable, id| match t.get(t.underlying(id)) {
            &Type::Slice(el) => Some(el),
            _ => None,
        };
        let bytes_or_runes = |t: &super::TypeTable, id| {
            matches!(
                to_slice_of(t, id).map(|el| t.underlying(el)),
                Some(ids::UINT8 | ids::INT32)
            )
        };
        if t.is_interface(to) && !t.is_untyped(x.ty) {
            self.assignable_type(x.ty, to)
        } else if t.is_interface(to)
            || (t.is_string(x.ty) && bytes_or_runes(t, to))
            || (bytes_or_runes(t, x.ty) && t.is_string(to))
        {
            true
        } else if t.is_integer(x.ty) && (t.int_info(to).is_some() || t.is_string(to)) {
            // Integers convert to any integer type (a constant must fit),
            // and to strings as a rune.
            true
        } else if t.is_numeric(x.ty)
            && t.is_numeric(to)
            && !t.is_untyped(to)
            && (t.is_complex(x.ty) == t.is_complex(to) || matches!(x.mode, Mode::Const(_)))
        {
            // Between integers and floats, or complex types; a constant
            // between any numeric types it is representable in.
            true
        } else if t.is_untyped(x.ty) {
            let mut tmp = x.clone();
            self.implicit_convert(&mut tmp, to)
        } else if t.is_unsafe_pointer(x.ty) || t.is_unsafe_pointer(to) {
            // unsafe.Pointer converts to and from any pointer and uintptr.
            let other = if t.is_unsafe_pointer(x.ty) { to } else { x.ty };
            t.is_unsafe_pointer(other)
                || t.underlying(other) == ids::UINTPTR
                || matches!(t.get(t.underlying(other)), Type::Pointer(_))
        } else {
            // Identical underlying types, assignability, or unnamed pointers
            // to types of identical underlying types, struct tags aside.
            let unnamed_ptr = |id| match t.get(id) {
                &Type::Pointer(base) => Some(t.underlying(base)),
                _ => None,
            };
            t.identical_ignoring_tags(t.underlying(x.ty), t.underlying(to))
                || matches!((unnamed_ptr(x.ty), unnamed_ptr(to)),
                    (Some(a), Some(b)) if t.identical_ignoring_tags(a, b))
                || t.slice_to_array(x.ty, to).is_some()
                || self.assignable_type(x.ty, to)
        }
    }

    /// Go's reason `x` does not convert to `to`, for the end of the
    /// message: the first type of a type parameter's type set that does
    /// not, else why it is not assignable.
    fn conversion_cause(&mut self, x: &Operand, to: TypeId) -> String {
        let t = &self.info.types;
        let (xn, tn) = (t.name(x.ty), t.name(to));
        let x_terms = t.terms(x.ty).map(<[_]>::to_vec);
        let to_terms = t.terms(to).map(<[_]>::to_vec);
        if let Some(terms) = x_terms {
            for term in terms {
                let y = Operand {
                    ty: term.ty,
                    ..x.clone()
                };
                if !self.convertible(&y, to) {
                    let yn = self.info.types.name(term.ty);
                    return format!("cannot convert {yn} (in {xn}) to type {tn}");
                }
            }
        } else if let Some(terms) = to_terms {
            for term in terms {
                if !self.convertible(x, term.ty) {
                    let un = self.info.types.name(term.ty);
                    return format!("cannot convert {xn} to type {un} (in {tn})");
                }
            }
        }
        self.assign_cause(x.ty, to)
    }

    /// A call of package unsafe's functions: `Sizeof`, `Alignof` and
    /// `Offsetof` are constants of gc's amd64 layout. gojit lays values out
    /// in words, not in Go's bytes, so the byte arithmetic of `Add` is
    /// refused. `spread` holds the operands of a multi-value call passed
    /// as the arguments.
    fn unsafe_builtin(
        &mut self,
        e: &'a Expr,
        f: UnsafeFn,
        args: &'a [Expr],
        spread: Option<Vec<Operand>>,
    ) -> Operand {
        let mut op = Operand::invalid(e);
        let name = f.name();
        // Every function but `Offsetof` takes values, all evaluated before
        // any is checked.
        let mut ops = Vec::new();
        if f != UnsafeFn::Offsetof {
            ops = spread.unwrap_or_else(|| args.iter().map(|a| self.value_expr(a)).collect());
            if ops.iter().any(Operand::is_invalid) {
                return op;
            }
        }
        match f {
            UnsafeFn::Sizeof | UnsafeFn::Alignof => {
                let mut x = ops.swap_remove(0);
                if x.ty == ids::UNTYPED_NIL {
                    self.error(x.span, format!("use of untyped nil in argument to {name}"));
                    return op;
                }
                if self.info.types.is_untyped(x.ty) {
                    let d = self.info.types.default_type(x.ty);
                    self.convert_untyped(&mut x, d);
                }
                op.ty = ids::UINTPTR;
                // Of a size that depends on a type parameter, the result is
                // no constant, in the generic body and so in its instances.
                let at = self.info.offset(e.span.start);
                if self.info.types.has_var_size(x.ty) {
                    self.generics.var_sizes.insert(at);
                }
                if self.generics.var_sizes.contains(&at) {
                    return op;
                }
                let (size, align) = self.info.types.go_layout(x.ty);
                if f == UnsafeFn::Sizeof && size > MAX_GO_SIZE {
                    let d = self.describe(&x);
                    self.error(x.span, format!("{d} is too large"));
                    return Operand::invalid(e);
                }
                let v = if f == UnsafeFn::Sizeof { size } else { align };
                op.mode = Mode::Const(Const::Int(BigInt::from(v)));
            }
            UnsafeFn::Offsetof => {
                let arg = strip(&args[0]);
                let ExprKind::Selector(x, sel) = &arg.kind else {
                    let text = self.expr_string(arg.span);
                    self.error(
                        arg.span,
                        format!("invalid argument: {text} is not a selector expression"),
                    );
                    return op;
                };
                // `x` must be a value (not a package or a type) with the
                // field.
                let base = self.value_expr(x);
                if base.is_invalid() || self.raw_expr(arg, true).is_invalid() {
                    return op;
                }
                let Some(Selection::Field { path }) = self.info.selections.get(&arg.id).cloned()
                else {
                    let text = self.expr_string(arg.span);
                    self.error(
                        arg.span,
                        format!("invalid argument: {text} is a method value"),
                    );
                    return op;
                };
                // The struct `x` denotes (or points to).
                let t = &self.info.types;
                let mut ty = self.info.exprs[x.id as usize]
                    .as_ref()
                    .map_or(ids::INVALID, |tv| tv.ty);
                if path.iter().skip(1).any(|s| s.deref) {
                    let base = match *t.get(t.underlying(ty)) {
                        Type::Pointer(p) => p,
                        _ => ty,
                    };
                    let base = t.name(base);
                    self.error(
                        arg.span,
                        format!(
                            "invalid argument: field {} is embedded via a pointer in {base}",
                            sel.name
                        ),
                    );
                    return op;
                }
                // Offsets along the embedded fields.
                let mut off = 0u64;
                for step in &path {
                    let Some(fields) = t.struct_fields(ty, true) else {
                        return op;
                    };
                    let tys: Vec<TypeId> = fields.iter().map(|f| f.ty).collect();
                    off = off.saturating_add(t.go_struct_layout(&tys).0[step.index]);
                    ty = tys[step.index];
                }
                if off > MAX_GO_SIZE {
                    let d = self.describe(&base);
                    self.error(base.span, format!("{d} is too large"));
                    return op;
                }
                op.mode = Mode::Const(Const::Int(BigInt::from(off)));
                op.ty = ids::UINTPTR;
            }
            UnsafeFn::SliceData => {
                let x = ops.swap_remove(0);
                let t = &self.info.types;
                let Type::Slice(elem) = *t.get(t.underlying(x.ty)) else {
                    let d = self.describe(&x);
                    self.error(x.span, format!("invalid argument: {d} is not a slice"));
                    return op;
                };
                op.ty = self.info.types.intern(Type::Pointer(elem));
            }
            UnsafeFn::Slice | UnsafeFn::String => {
                let [mut x, y] = <[Operand; 2]>::try_from(ops).expect("two arguments");
                let ty = if f == UnsafeFn::Slice {
                    let t = &self.info.types;
                    let Some(&Type::Pointer(elem)) = t.core_type(x.ty).map(|c| t.get(c)) else {
                        let d = self.describe(&x);
                        self.error(x.span, format!("invalid argument: {d} is not a pointer"));
                        return op;
                    };
                    self.info.types.intern(Type::Slice(elem))
                } else {
                    let bytes = self.info.types.intern(Type::Pointer(ids::BYTE));
                    if !self.assign_to(&mut x, bytes, &format!("argument to {name}")) {
                        return op;
                    }
                    ids::STRING
                };
                if self.index_operand(y, "length", false).is_some() {
                    op.ty = ty;
                }
            }
            UnsafeFn::StringData => {
                let mut x = ops.swap_remove(0);
                if self.assign_to(&mut x, ids::STRING, &format!("argument to {name}")) {
                    op.ty = self.info.types.intern(Type::Pointer(ids::BYTE));
                }
            }
            UnsafeFn::Add => {
                let [mut x, y] = <[Operand; 2]>::try_from(ops).expect("two arguments");
                let ptr = self.info.types.intern(Type::Basic(Basic::UnsafePointer));
                if self.assign_to(&mut x, ptr, &format!("argument to {name}"))
                    && self.index_operand(y, "length", true).is_some()
                {
                    op.ty = ptr;
                }
            }
        }
        op
    }

    fn builtin(&mut self, e: &'a Expr, b: Builtin, args: &'a [Expr], ellipsis: bool) -> Operand {
        let mut op = Operand::invalid(e);
        let name = b.name();
        // Only append spreads its last argument; Go names an unsafe
        // function without its package here, and uses the arguments.
        if ellipsis && b != Builtin::Append {
            let bare = name.trim_start_matches("unsafe.");
            self.error(
                e.span,
                format!("invalid operation: invalid use of ... with built-in {bare}"),
            );
            for a in args {
                self.raw_expr(a, true);
            }
            return op;
        }
        // `copy(f())`, `max(f())`, `unsafe.Slice(f())`: a multi-value call
        // spreads over the parameters of every builtin but those whose
        // first argument is no value (Go's `exprList`).
        let mut spread: Option<Vec<Operand>> = None;
        if let [arg] = args
            && !matches!(
                b,
                Builtin::Make | Builtin::New | Builtin::Unsafe(UnsafeFn::Offsetof)
            )
            && !(b == Builtin::Append && ellipsis)
            && matches!(strip(arg).kind, ExprKind::Call { .. })
        {
            let raw = self.raw_expr(arg, true);
            if raw.is_invalid() {
                return op;
            }
            spread = Some(match self.info.types.get(raw.ty).clone() {
                // A call without results is no value.
                Type::Tuple(ts) if !ts.is_empty() => ts
                    .into_iter()
                    .map(|ty| Operand {
                        mode: Mode::Value,
                        ty,
                        node: NO_NODE,
                        ..raw.clone()
                    })
                    .collect(),
                _ => vec![self.value_check(arg, raw)],
            });
        }
        // As Go checks the count only of valid arguments.
        if spread.iter().flatten().any(Operand::is_invalid) {
            return op;
        }
        let n_args = spread.as_ref().map_or(args.len(), Vec::len);
        let (min, max) = match b {
            Builtin::Len | Builtin::Cap | Builtin::Panic | Builtin::New => (1, Some(1)),
            Builtin::Recover => (0, Some(0)),
            Builtin::Min | Builtin::Max => (1, None),
            Builtin::Clear | Builtin::Real | Builtin::Imag | Builtin::Close => (1, Some(1)),
            Builtin::Complex => (2, Some(2)),
            Builtin::Print | Builtin::Println => (0, None),
            Builtin::Make => (1, Some(3)),
            Builtin::Append => (1, None),
            Builtin::Copy | Builtin::Delete => (2, Some(2)),
            Builtin::Unsafe(UnsafeFn::Add | UnsafeFn::Slice | UnsafeFn::String) => (2, Some(2)),
            Builtin::Unsafe(_) => (1, Some(1)),
        };
        if n_args < min || max.is_some_and(|m| n_args > m) {
            let few = n_args < min;
            let msg = format!(
                "invalid operation: {} arguments for {} (expected {}, found {})",
                if few { "not enough" } else { "too many" },
                self.expr_string(e.span),
                if few { min } else { max.unwrap_or(min) },
                n_args
            );
            self.error(e.span, msg);
            if spread.is_none() {
                for a in args {
                    self.raw_expr(a, true);
                }
            }
            return op;
        }
        if b == Builtin::Make {
            return self.make(e, args);
        }
        if let Builtin::Unsafe(f) = b {
            return self.unsafe_builtin(e, f, args, spread);
        }
        if b == Builtin::New {
            let t = self.type_expr(&args[0]);
            if t != ids::INVALID {
                op.ty = self.info.types.intern(Type::Pointer(t));
            }
            return op;
        }
        let mut ops: Vec<Operand> = match spread {
            Some(ops) => ops,
            None => args.iter().map(|a| self.value_expr(a)).collect(),
        };
        if ops.iter().any(|o| o.is_invalid()) {
            return op;
        }
        let slice_elem = |c: &Self, ty: TypeId| match c.info.types.get(c.info.types.underlying(ty))
        {
            Type::Slice(el) => Some(*el),
            _ => None,
        };
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = &ops[0];
                let t = &self.info.types;
                // Of a type parameter's value: when every type of the type
                // set has a length (or capacity); never a constant.
                if t.type_param(x.ty).is_some() && t.core_type(x.ty).is_none() {
                    let has = |u: TypeId| {
                        let u = match *t.get(t.underlying(u)) {
                            Type::Pointer(p)
                                if matches!(t.get(t.underlying(p)), Type::Array(..)) =>
                            {
                                p
                            }
                            _ => u,
                        };
                        match t.get(t.underlying(u)) {
                            Type::Slice(_) | Type::Array(..) | Type::Chan(..) => true,
                            Type::Map(..) => b == Builtin::Len,
                            _ => b == Builtin::Len && t.is_string(u),
                        }
                    };
                    if t.all_terms(x.ty, has) {
                        op.ty = ids::INT;
                        return op;
                    }
                }
                let array = match *t.get(t.underlying(x.ty)) {
                    Type::Pointer(p) => t.get(t.underlying(p)),
                    ref a => a,
                };
                // The length of an array, or of one a pointer points at, is
                // a constant (the operand is not evaluated) unless the
                // operand receives from a channel or calls a function.
                if let Type::Array(n, _) = *array {
                    op.ty = ids::INT;
                    if !self.info.has_call_or_recv(&args[0]) {
                        op.mode = Mode::Const(Const::Int(n.into()));
                    }
                    return op;
                }
                let is_chan = self.info.types.chan_of(x.ty).is_some();
                if is_chan
                    || b == Builtin::Len
                        && matches!(
                            self.info.types.get(self.info.types.underlying(x.ty)),
                            Type::Map(..)
                        )
                {
                    op.ty = ids::INT;
                    return op;
                }
                let is_slice = slice_elem(self, x.ty).is_some();
                if !is_slice && (b == Builtin::Cap || !self.info.types.is_string(x.ty)) {
                    let d = self.describe(x);
                    self.error(x.span, format!("invalid argument: {d} for built-in {name}"));
                    return op;
                }
                op.ty = ids::INT;
                if let Mode::Const(Const::Str(s)) = &x.mode {
                    op.mode = Mode::Const(Const::Int(s.len().into()));
                } else if !is_slice {
                    let mut x = x.clone();
                    self.convert_untyped(&mut x, ids::STRING);
                }
            }
            Builtin::Append => {
                let s = ops[0].clone();
                if s.ty == ids::UNTYPED_NIL {
                    self.error(
                        s.span,
                        "first argument to append must be a typed slice; have untyped nil",
                    );
                    return op;
                }
                let Some(elem) = slice_elem(self, s.ty) else {
                    let d = self.describe(&s);
                    self.error(
                        s.span,
                        format!("first argument to append must be a slice; have {d}"),
                    );
                    return op;
                };
                if ellipsis {
                    if ops.len() != 2 {
                        // As for append(s S, x ...E) S.
                        let rest = self.info.types.intern(Type::Slice(elem));
                        let sig = super::Signature {
                            params: vec![s.ty, rest],
                            results: vec![s.ty],
                            variadic: true,
                            names: Default::default(),
                        };
                        self.argument_count_error(e, "append", &sig, &ops, args);
                        return op;
                    }
                    let t = &self.info.types;
                    let bytes = |u: TypeId| matches!(*t.get(t.underlying(u)), Type::Slice(el) if t.underlying(el) == ids::UINT8);
                    let same_elem = matches!(*t.get(t.underlying(ops[1].ty)),
                        Type::Slice(el) if t.identical(el, elem));
                    if t.underlying(elem) == ids::UINT8
                        && t.all_terms(ops[1].ty, |u| t.is_string(u) || bytes(u))
                    {
                        // append(bytes, "string"...), also of a type
                        // parameter whose types are strings and byte slices.
                        self.convert_untyped(&mut ops[1], ids::STRING);
                    } else if !same_elem {
                        // Any slice of the element type spreads (`[]E`).
                        self.assign_to(&mut ops[1], s.ty, "argument to append");
                    }
                } else {
                    for o in &mut ops[1..] {
                        self.assign_to(o, elem, "argument to append");
                    }
                }
                op.ty = s.ty;
            }
            Builtin::Copy => {
                // A string source copies bytes.
                let from_string = self.info.types.is_string(ops[1].ty);
                let src = if from_string {
                    Some(ids::BYTE)
                } else {
                    slice_elem(self, ops[1].ty)
                };
                match (slice_elem(self, ops[0].ty), src) {
                    (Some(x), Some(y)) if self.info.types.identical(x, y) => {
                        self.convert_untyped(&mut ops[1], ids::STRING);
                    }
                    (Some(x), Some(y)) => {
                        let (d0, d1) = (self.describe(&ops[0]), self.describe(&ops[1]));
                        let t = &self.info.types;
                        let msg = format!(
                            "invalid argument: arguments to copy {d0} and {d1} have different element types {} and {}",
                            t.name(x),
                            t.name(y)
                        );
                        self.error(ops[0].span, msg);
                        return op;
                    }
                    _ => {
                        let (d0, d1) = (self.describe(&ops[0]), self.describe(&ops[1]));
                        self.error(ops[0].span, format!("invalid argument: copy expects slice arguments; found {d0} and {d1}"));
                        return op;
                    }
                }
                op.ty = ids::INT;
            }
            Builtin::Panic => {
                self.assign_to(&mut ops[0], ids::ANY, "argument to panic");
                op.mode = Mode::NoValue;
                op.ty = ids::VOID;
            }
            Builtin::Recover => op.ty = ids::ANY,
            Builtin::Min | Builtin::Max => return self.min_max(e, b, ops),
            Builtin::Complex => return self.make_complex(e, ops),
            Builtin::Real | Builtin::Imag => {
                let mut x = ops.remove(0);
                let t = &self.info.types;
                let ty = match t.underlying(x.ty) {
                    ids::COMPLEX64 => ids::FLOAT32,
                    ids::COMPLEX128 => ids::FLOAT64,
                    _ if t.is_untyped(x.ty) && t.is_numeric(x.ty) => ids::UNTYPED_FLOAT,
                    _ => {
                        let tn = t.name(x.ty);
                        self.error(
                            x.span,
                            format!(
                                "invalid argument: argument has type {tn}, expected complex type"
                            ),
                        );
                        return op;
                    }
                };
                op.ty = ty;
                match &x.mode {
                    Mode::Const(c) => {
                        let Const::Complex(re, im) = constant::to_complex(c) else {
                            return op;
                        };
                        let part = if b == Builtin::Real { re } else { im };
                        op.mode = Mode::Const(Const::Float(part));
                    }
                    _ => {
                        if self.info.types.is_untyped(x.ty) {
                            self.convert_untyped(&mut x, ids::COMPLEX128);
                        }
                    }
                }
            }
            Builtin::Close => {
                let t = &self.info.types;
                // A type parameter's types must all be channels that can be
                // sent to (they need not share a core type).
                let why = match t.chan_of(ops[0].ty) {
                    None if t.type_param(ops[0].ty).is_some()
                        && t.all_terms(ops[0].ty, |u| {
                            t.chan_of(u).is_some_and(|(d, _)| d != ChanDir::Recv)
                        }) =>
                    {
                        ""
                    }
                    None => "cannot close non-channel",
                    Some((ChanDir::Recv, _)) => "cannot close receive-only channel",
                    Some(_) => "",
                };
                if !why.is_empty() {
                    let d = self.describe(&ops[0]);
                    self.error(ops[0].span, format!("invalid operation: {why} {d}"));
                    return op;
                }
                op.mode = Mode::NoValue;
                op.ty = ids::VOID;
            }
            Builtin::Clear => {
                let t = &self.info.types;
                if !matches!(
                    t.get(t.underlying(ops[0].ty)),
                    Type::Map(..) | Type::Slice(_)
                ) {
                    let d = self.describe(&ops[0]);
                    self.error(
                        ops[0].span,
                        format!(
                            "invalid argument: cannot clear {d}: argument must be (or constrained by) map or slice"
                        ),
                    );
                    return op;
                }
                op.mode = Mode::NoValue;
                op.ty = ids::VOID;
            }
            Builtin::Print | Builtin::Println => {
                for o in &mut ops {
                    if o.ty == ids::UNTYPED_NIL {
                        self.error(
                            o.span,
                            // Go's wording runs "built-in" into the name.
                            format!("use of untyped nil in argument to built-in{name}"),
                        );
                        continue;
                    }
                    let t = self.info.types.default_type(o.ty);
                    self.represent(o, t, &format!("argument to built-in{name}"));
                }
                op.mode = Mode::NoValue;
                op.ty = ids::VOID;
            }
            Builtin::Make | Builtin::New | Builtin::Unsafe(_) => unreachable!("handled above"),
            Builtin::Delete => {
                let t = &self.info.types;
                let key = |u: TypeId| match *t.get(t.underlying(u)) {
                    Type::Map(k, _) => Some(k),
                    _ => None,
                };
                // A type parameter's types must all be maps of one key type.
                let k = match t.type_param(ops[0].ty) {
                    Some(_) => t.common_over_terms(ops[0].ty, key),
                    None => key(ops[0].ty),
                };
                let Some(k) = k else {
                    let d = self.describe(&ops[0]);
                    self.error(ops[0].span, format!("invalid argument: {d} is not a map"));
                    return op;
                };
                self.assign_to(&mut ops[1], k, "argument to delete");
                op.mode = Mode::NoValue;
                op.ty = ids::VOID;
            }
        }
        op
    }

    /// `min(x, y...)` and `max(x, y...)`: ordered operands of one type
    /// (untyped ones take it), constant when all are.
    fn min_max(&mut self, e: &'a Expr, b: Builtin, mut ops: Vec<Operand>) -> Operand {
        let mut op = Operand::invalid(e);
        for o in &ops {
            if !self.info.types.ordered(o.ty) {
                let d = self.describe(o);
                self.error(o.span, format!("invalid argument: {d} cannot be ordered"));
                return op;
            }
        }
        // The operands' type: the typed one's, else the largest untyped kind.
        let t = &self.info.types;
        let ty = match ops.iter().find(|o| !t.is_untyped(o.ty)) {
            Some(o) => o.ty,
            None => ops
                .iter()
                .map(|o| o.ty)
                .reduce(|a, b| t.larger_untyped(a, b))
                .unwrap_or(ids::INVALID),
        };
        for i in 0..ops.len() {
            if self.info.types.is_untyped(ops[i].ty) && !self.info.types.is_untyped(ty) {
                let mut o = ops[i].clone();
                if !self.implicit_convert(&mut o, ty) || o.is_invalid() {
                    let prev = if i == 0 { ty } else { ops[i - 1].ty };
                    self.min_max_mismatch(prev, &ops[i]);
                    return op;
                }
                ops[i] = o;
            } else if !self.info.types.identical(ops[i].ty, ty)
                && !self.info.types.is_untyped(ops[i].ty)
            {
                let t = &self.info.types;
                let prev = ops[..i]
                    .iter()
                    .map(|o| o.ty)
                    .find(|&p| t.identical(p, ty))
                    .unwrap_or(ty);
                self.min_max_mismatch(prev, &ops[i]);
                return op;
            }
        }
        op.ty = ty;
        let consts: Option<Vec<Const>> = ops
            .iter()
            .map(|o| match &o.mode {
                Mode::Const(c) => Some(c.clone()),
                _ => None,
            })
            .collect();
        if let Some(cs) = consts {
            let pick = if b == Builtin::Min {
                BinaryOp::Lt
            } else {
                BinaryOp::Gt
            };
            let mut best = cs[0].clone();
            for c in &cs[1..] {
                if constant::binary(pick, c, &best, true) == Some(Const::Bool(true)) {
                    best = c.clone();
                }
            }
            op.mode = Mode::Const(best);
        }
        op
    }

    /// `complex(re, im)`: two floats of one type (untyped ones take the
    /// other's), giving the complex type of twice their size; constant
    /// when both are.
    fn make_complex(&mut self, e: &'a Expr, mut ops: Vec<Operand>) -> Operand {
        let mut op = Operand::invalid(e);
        let t = &self.info.types;
        if t.is_untyped(ops[0].ty) && t.is_untyped(ops[1].ty) {
            let part = |o: &Operand| match &o.mode {
                Mode::Const(c) => c.real_part().and_then(|c| c.to_real()),
                _ => None,
            };
            if let (Some(re), Some(im)) = (part(&ops[0]), part(&ops[1])) {
                op.ty = ids::UNTYPED_COMPLEX;
                op.mode = Mode::Const(Const::Complex(re, im));
                return op;
            }
            if !t.is_numeric(ops[0].ty) || !t.is_numeric(ops[1].ty) {
                // Go turns untyped numbers into untyped floats first.
                let show = |ty| {
                    if t.is_numeric(ty) {
                        t.name(ids::UNTYPED_FLOAT)
                    } else {
                        t.name(ty)
                    }
                };
                let msg = format!(
                    "invalid operation: {} (mismatched types {} and {})",
                    self.expr_string(e.span),
                    show(ops[0].ty),
                    show(ops[1].ty)
                );
                self.error(ops[0].span, msg);
                return op;
            }
            for o in &mut ops {
                self.convert_untyped(o, ids::FLOAT64);
            }
        } else if t.is_untyped(ops[0].ty) {
            let ty = ops[1].ty;
            self.convert_untyped(&mut ops[0], ty);
        } else if t.is_untyped(ops[1].ty) {
            let ty = ops[0].ty;
            self.convert_untyped(&mut ops[1], ty);
        }
        if ops.iter().any(|o| o.is_invalid()) {
            return op;
        }
        let t = &self.info.types;
        let (x, y) = (&ops[0], &ops[1]);
        if !t.identical(x.ty, y.ty) {
            let msg = format!(
                "invalid operation: {} (mismatched types {} and {})",
                self.expr_string(e.span),
                t.name(x.ty),
                t.name(y.ty)
            );
            self.error(x.span, msg);
            return op;
        }
        op.ty = match t.float_bits(x.ty) {
            Some(32) => ids::COMPLEX64,
            Some(_) => ids::COMPLEX128,
            None => {
                let msg = format!(
                    "invalid argument: arguments have type {}, expected floating-point",
                    t.name(x.ty)
                );
                self.error(x.span, msg);
                return op;
            }
        };
        if let (Mode::Const(a), Mode::Const(b)) = (&x.mode, &y.mode) {
            let re = a.to_real().unwrap_or_else(constant::Float::zero);
            let im = b.to_real().unwrap_or_else(constant::Float::zero);
            op.mode = Mode::Const(Const::Complex(re, im));
        }
        op
    }

    fn min_max_mismatch(&mut self, prev: TypeId, o: &Operand) {
        let (p, t) = (self.info.types.name(prev), self.info.types.name(o.ty));
        let text = self.text(o.span);
        self.error(
            o.span,
            format!(
                "invalid argument: mismatched types {p} (previous argument) and {t} (type of {text})"
            ),
        );
    }

    /// `make(T, len[, cap])`.
    fn make(&mut self, e: &'a Expr, args: &'a [Expr]) -> Operand {
        let mut op = Operand::invalid(e);
        let ty = self.type_expr(&args[0]);
        if ty == ids::INVALID {
            return op;
        }
        if let Type::Map(..) | Type::Chan(..) = self.info.types.get(self.info.types.underlying(ty))
        {
            if args.len() > 2 {
                self.error(
                    e.span,
                    format!(
                        "invalid operation: {} expects 1 or 2 arguments; found {}",
                        self.expr_string(e.span),
                        args.len()
                    ),
                );
                return op;
            }
            if let Some(hint) = args.get(1)
                && self.index_value(hint).is_none()
            {
                return op;
            }
            op.ty = ty;
            return op;
        }
        if !matches!(
            self.info.types.get(self.info.types.underlying(ty)),
            Type::Slice(_)
        ) {
            let t = self.text(args[0].span);
            let why = if self.info.types.core_type(ty).is_none() {
                ": no core type"
            } else {
                "; type must be slice, map, or channel"
            };
            self.error(
                args[0].span,
                format!("invalid argument: cannot make {t}{why}"),
            );
            return op;
        }
        if args.len() < 2 {
            self.error(
                e.span,
                format!(
                    "invalid operation: {} expects 2 or 3 arguments; found 1",
                    self.expr_string(e.span)
                ),
            );
            return op;
        }
        let mut consts = Vec::new();
        for a in &args[1..] {
            match self.index_value(a) {
                Some(c) => consts.push(c),
                None => return op,
            }
        }
        if let [Some(l), Some(c)] = consts[..]
            && l > c
        {
            self.error(
                args[1].span,
                "invalid argument: length and capacity swapped",
            );
            return op;
        }
        op.ty = ty;
        op
    }

    /// Checks an index or size operand: an integer, not a negative
    /// constant. Returns its constant value when it has one.
    fn index_value(&mut self, e: &'a Expr) -> Option<Option<i64>> {
        let op = self.value_expr(e);
        self.index_operand(op, "index", false)
    }

    /// Go's `isValidIndex` of an evaluated operand, `what` naming it in
    /// messages (`index`, `length`): an integer, not a negative constant
    /// unless `negative_ok`. Returns its constant value when it has one.
    fn index_operand(
        &mut self,
        mut op: Operand,
        what: &str,
        negative_ok: bool,
    ) -> Option<Option<i64>> {
        if op.is_invalid() {
            return None;
        }
        // An untyped index is given type int first (Go's isValidIndex),
        // which only a number can take.
        let t = &self.info.types;
        if t.is_untyped(op.ty) {
            if !t.is_numeric(op.ty) {
                let d = self.describe(&op);
                self.error(op.span, format!("cannot convert {d} to type int"));
                return None;
            }
            self.convert_untyped(&mut op, ids::INT);
            if op.is_invalid() {
                return None;
            }
        }
        if !self.info.types.is_integer(op.ty) {
            let d = self.describe(&op);
            self.error(
                op.span,
                format!("invalid argument: {what} {d} must be integer"),
            );
            return None;
        }
        match &op.mode {
            Mode::Const(c) => {
                let v = c.as_i64();
                let why = match v {
                    Some(v) if v < 0 && !negative_ok => "must not be negative",
                    None => "overflows int",
                    Some(_) => return Some(v),
                };
                let d = self.describe(&op);
                self.error(op.span, format!("invalid argument: {what} {d} {why}"));
                None
            }
            _ => Some(None),
        }
    }

    fn index(&mut self, e: &'a Expr, x: &'a Expr, idx: &'a [Expr]) -> Operand {
        if let Some(g) = self.use_generic(x) {
            return self.instantiate_expr(e, g, idx);
        }
        let mut op = Operand::invalid(e);
        let xop = self.value_expr(x);
        if xop.is_invalid() {
            return op;
        }
        // A pointer to an array indexes the array it points to.
        let (arr_ty, through_ptr) = match *self.info.types.get(self.info.types.underlying(xop.ty)) {
            Type::Pointer(p)
                if matches!(
                    self.info.types.get(self.info.types.underlying(p)),
                    Type::Array(..)
                ) =>
            {
                (p, true)
            }
            _ => (xop.ty, false),
        };
        if let Type::Map(k, v) = *self.info.types.get(self.info.types.underlying(xop.ty)) {
            if idx.len() != 1 {
                self.error(e.span, "unexpected comma; expecting ]");
                return op;
            }
            let mut key = self.value_expr(&idx[0]);
            if key.is_invalid() || !self.assign_to(&mut key, k, "map index") {
                return op;
            }
            op.ty = v;
            self.map_index.insert(e.id);
            return op;
        }
        let elem = match self.info.types.get(self.info.types.underlying(arr_ty)) {
            Type::Slice(el) => *el,
            &Type::Array(n, el) => {
                if idx.len() != 1 {
                    self.error(e.span, "unexpected comma; expecting ]");
                    return op;
                }
                match self.index_value(&idx[0]) {
                    None => return op,
                    Some(Some(i)) if i as u64 >= n => {
                        let t = self.expr_string(idx[0].span);
                        self.error(
                            idx[0].span,
                            format!("invalid argument: index {t} out of bounds [0:{n}]"),
                        );
                        return op;
                    }
                    Some(_) => {}
                }
                op.ty = el;
                op.var = xop.var || through_ptr;
                return op;
            }
            _ if self.info.types.type_param(xop.ty).is_some() => {
                // Go indexes a type parameter whose types all index to the
                // same element type: a variable unless one is a string.
                let t = &self.info.types;
                let elem = t.common_over_terms(xop.ty, |u| match *t.get(t.underlying(u)) {
                    _ if t.is_string(u) => Some(ids::BYTE),
                    Type::Slice(el) => Some(el),
                    _ => self.array_elem(u, true),
                });
                let Some(elem) = elem else {
                    let d = self.describe(&xop);
                    self.error(e.span, format!("invalid operation: cannot index {d}"));
                    return op;
                };
                let var = !t
                    .terms(xop.ty)
                    .unwrap_or_default()
                    .iter()
                    .any(|u| t.is_string(u.ty));
                if idx.len() != 1 || self.index_value(&idx[0]).is_none() {
                    return op;
                }
                op.ty = elem;
                op.var = var;
                return op;
            }
            _ if self.info.types.is_string(xop.ty) => {
                // A string's bytes are values, not variables.
                let mut x = xop.clone();
                self.convert_untyped(&mut x, ids::STRING);
                if self.index_value(&idx[0]).is_none() {
                    return op;
                }
                op.ty = ids::BYTE;
                return op;
            }
            _ => {
                let d = self.describe(&xop);
                self.error(e.span, format!("invalid operation: cannot index {d}"));
                return op;
            }
        };
        if idx.len() != 1 {
            self.error(e.span, "unexpected comma; expecting ]");
            return op;
        }
        if self.index_value(&idx[0]).is_none() {
            return op;
        }
        op.ty = elem;
        op.var = true;
        op
    }

    /// The element type of an array type, or (with `through_pointer`) of
    /// a pointer to an array.
    pub fn array_elem(&self, ty: TypeId, through_pointer: bool) -> Option<TypeId> {
        let t = &self.info.types;
        match *t.get(t.underlying(ty)) {
            Type::Array(_, el) => Some(el),
            Type::Pointer(p) if through_pointer => match *t.get(t.underlying(p)) {
                Type::Array(_, el) => Some(el),
                _ => None,
            },
            _ => None,
        }
    }

    /// `x[lo:hi]` or, `full`, `x[lo:hi:max]` (a missing index was reported
    /// by the parser).
    fn slice_expr(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        idx: [Option<&'a Expr>; 3],
        full: bool,
    ) -> Operand {
        let op = self.slice_operands(e, x, idx, full);
        if !op.is_invalid() {
            let lbrack = self.next_token(x.span.end);
            self.slice_starts.insert(e.span.start, (e.span.end, lbrack));
        }
        op
    }

    /// Checks a slice expression for [`Self::slice_expr`], which then
    /// records where Go reports errors at an expression it starts.
    fn slice_operands(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        idx: [Option<&'a Expr>; 3],
        full: bool,
    ) -> Operand {
        let mut op = Operand::invalid(e);
        let mut xop = self.value_expr(x);
        if xop.is_invalid() {
            return op;
        }
        if let Some(el) = self.array_elem(xop.ty, true) {
            let through_pointer = self.array_elem(xop.ty, false).is_none();
            if !xop.var && !through_pointer {
                let d = self.describe(&xop);
                self.error(
                    e.span,
                    format!("invalid operation: {d} (slice of unaddressable value)"),
                );
                return op;
            }
            // The slice shares the array's storage: the array lives in a cell.
            if !through_pointer {
                self.mark_addressed(x);
            }
            let t = &self.info.types;
            let len = match *t.get(t.underlying(xop.ty)) {
                Type::Array(n, _) => n,
                Type::Pointer(p) => match *t.get(t.underlying(p)) {
                    Type::Array(n, _) => n,
                    _ => 0,
                },
                _ => 0,
            };
            if !self.slice_indices(idx, Some(len)) {
                return op;
            }
            op.ty = self.info.types.intern(Type::Slice(el));
            return op;
        }
        let is_slice = matches!(
            self.info.types.get(self.info.types.underlying(xop.ty)),
            Type::Slice(_)
        );
        if !is_slice && !self.info.types.is_string(xop.ty) {
            let d = self.describe(&xop);
            self.error(e.span, format!("invalid operation: cannot slice {d}"));
            return op;
        }
        if !is_slice && full {
            // At the third index, or the bracket where it is missing.
            let at = idx[2].map_or(
                Span::new(e.span.end as usize - 1, e.span.end as usize),
                |m| m.span,
            );
            self.error(at, "invalid operation: 3-index slice of string");
            return op;
        }
        // A constant string's length bounds constant indices.
        let len = match &xop.mode {
            Mode::Const(Const::Str(b)) => Some(b.len() as u64),
            _ => None,
        };
        if !self.slice_indices(idx, len) {
            return op;
        }
        if self.info.types.is_untyped(xop.ty) {
            self.convert_untyped(&mut xop, ids::STRING);
        }
        op.ty = xop.ty;
        op
    }

    /// Checks a slicing's indices as Go does: each an integer, a constant
    /// one at most `len` (when known; each one past it is reported), and
    /// constants in order (reporting the first smaller one after a
    /// larger). False after an error.
    fn slice_indices(&mut self, idx: [Option<&'a Expr>; 3], len: Option<u64>) -> bool {
        let mut known: [Option<i64>; 3] = [None; 3];
        let mut ok = true;
        let mut reported: Vec<String> = Vec::new();
        for (k, i) in idx.into_iter().enumerate() {
            let Some(i) = i else { continue };
            let Some(c) = self.index_value(i) else {
                return false;
            };
            if let (Some(v), Some(n)) = (c, len)
                && v as u64 > n
            {
                // Reported (once per text: Go's compiler drops a repeat on
                // the line), and left out of the order check, as Go does.
                let msg = format!("invalid argument: index {v} out of bounds [0:{}]", n + 1);
                if !reported.contains(&msg) {
                    self.error(i.span, msg.clone());
                    reported.push(msg);
                }
                ok = false;
                continue;
            }
            known[k] = c;
        }
        for a in 0..2 {
            let Some(x) = known[a].filter(|&x| x > 0) else {
                continue;
            };
            for b in a + 1..3 {
                if let (Some(y), Some(at)) = (known[b], idx[b])
                    && y < x
                {
                    self.error(at.span, format!("invalid slice indices: {y} < {x}"));
                    return false;
                }
            }
        }
        ok
    }

    /// The elements of a struct literal of type `t`: all positional, or all
    /// `field: value`.
    fn struct_lit(
        &mut self,
        e: &'a Expr,
        t: TypeId,
        fields: &[super::Field],
        elts: &'a [ast::Element],
    ) {
        let tn = self.info.types.name(t);
        // The first element decides whether all are keyed; as Go, each
        // element is checked in turn.
        let keyed = elts.first().is_some_and(|el| el.key.is_some());
        let mut seen = Vec::new();
        for (i, el) in elts.iter().enumerate() {
            if el.key.is_some() != keyed {
                self.error(
                    el.value.span,
                    "mixture of field:value and value elements in struct literal",
                );
                continue;
            }
            let index = match &el.key {
                Some(k) => {
                    let name = match &k.kind {
                        ExprKind::Ident(n) => n.clone(),
                        _ => {
                            self.error(
                                k.span,
                                format!(
                                    "invalid field name {} in struct literal",
                                    self.text(k.span)
                                ),
                            );
                            continue;
                        }
                    };
                    let Some(idx) = fields.iter().position(|f| f.name == name && name != "_")
                    else {
                        let alt = fields
                            .iter()
                            .find(|f| f.name != name && f.name.eq_ignore_ascii_case(&name))
                            .map_or(String::new(), |f| format!(", but does have {}", f.name));
                        self.error(
                            k.span,
                            format!("unknown field {name} in struct literal of type {tn}{alt}"),
                        );
                        continue;
                    };
                    if seen.contains(&idx) {
                        self.error(
                            k.span,
                            format!("duplicate field name {name} in struct literal"),
                        );
                        continue;
                    }
                    seen.push(idx);
                    idx
                }
                None => i,
            };
            let mut v = self.value_expr(&el.value);
            let Some(field) = fields.get(index) else {
                let msg = format!("too many values in struct literal of type {tn}");
                self.error(el.value.span, msg);
                return;
            };
            self.assign_to(&mut v, field.ty, "struct literal");
        }
        if !keyed && !elts.is_empty() && elts.len() < fields.len() {
            // At the closing brace.
            let at = Span::new(e.span.end as usize - 1, e.span.end as usize);
            let msg = format!("too few values in struct literal of type {tn}");
            self.error(at, msg);
        }
    }

    /// A composite literal of type `ty` (or `elided` inside another literal).
    fn composite(
        &mut self,
        e: &'a Expr,
        ty: Option<&'a Expr>,
        elided: Option<TypeId>,
        elts: &'a [ast::Element],
    ) -> Operand {
        let mut op = Operand::invalid(e);
        // `[...]T{...}`: an array as long as its elements make it.
        let open_array = match ty.map(|t| &t.kind) {
            Some(ExprKind::ArrayType { len: None, elem }) => Some(self.type_expr(elem)),
            _ => None,
        };
        let t = match (ty, elided, open_array) {
            (_, _, Some(elem)) => self.info.types.intern(Type::Slice(elem)),
            (Some(ty), _, None) => self.type_expr(ty),
            // An element of type `*T` (or a defined type of it) may elide
            // `&T`: the literal is a `T` and the element its address.
            (None, Some(t), None)
                if let &Type::Pointer(base) =
                    self.info.types.get(self.info.types.underlying(t))
                    && matches!(
                        self.info.types.get(self.info.types.underlying(base)),
                        Type::Struct(_) | Type::Array(..) | Type::Slice(_) | Type::Map(..)
                    ) =>
            {
                self.info.elided_addr.insert(e.id);
                let mut inner = self.composite(e, None, Some(base), elts);
                if !inner.is_invalid() {
                    inner.ty = t;
                }
                return inner;
            }
            (None, Some(t), None) => t,
            (None, None, None) => {
                self.error(e.span, "missing type in composite literal");
                return op;
            }
        };
        if t == ids::INVALID {
            return op;
        }
        if let Some(fields) = self.info.types.struct_fields(t, false) {
            let fields = fields.to_vec();
            self.struct_lit(e, t, &fields, elts);
            op.ty = t;
            return op;
        }
        if let Type::Map(k, v) = *self.info.types.get(self.info.types.underlying(t)) {
            // Constant keys seen, with their types (an interface-keyed map
            // may hold 1.5 and float32(1.5)).
            let mut keys: Vec<(TypeId, Const)> = Vec::new();
            for el in elts {
                let Some(key) = &el.key else {
                    self.error(el.value.span, "missing key in map literal");
                    continue;
                };
                for (x, want) in [(key, k), (&el.value, v)] {
                    let mut o = match &x.kind {
                        ExprKind::CompositeLit { ty: None, elts } => {
                            let o = self.composite(x, None, Some(want), elts);
                            self.record(x.id, o.ty, o.mode.clone());
                            o
                        }
                        _ => self.value_expr(x),
                    };
                    if !self.assign_to(&mut o, want, "map literal") || !std::ptr::eq(x, key) {
                        continue;
                    }
                    // Constant keys must differ.
                    if let Mode::Const(c) = &o.mode {
                        let key = (o.ty, c.clone());
                        if keys.contains(&key) {
                            let text = self.text(x.span);
                            self.error(x.span, format!("duplicate key {text} in map literal"));
                        } else {
                            keys.push(key);
                        }
                    }
                }
            }
            op.ty = t;
            return op;
        }
        let (elem, bound) = match *self.info.types.get(self.info.types.underlying(t)) {
            Type::Slice(elem) => (elem, None),
            Type::Array(n, elem) => (elem, Some(n)),
            // A type whose declaration was in error (an invalid recursive
            // type) was reported there.
            Type::Invalid => return op,
            _ => {
                // Only struct, array, slice and map types have literals.
                let tn = self.info.types.name(t);
                self.error(e.span, format!("invalid composite literal type {tn}"));
                return op;
            }
        };
        // Elements go at consecutive indexes; a key moves the index.
        let mut index: u64 = 0;
        let mut len: u64 = 0;
        let mut seen = std::collections::HashSet::new();
        for el in elts {
            let mut valid = true;
            if let Some(k) = &el.key {
                match self.index_value(k) {
                    Some(Some(i)) => index = i as u64,
                    Some(None) => {
                        let t = self.text(k.span);
                        self.error(k.span, format!("index {t} must be integer constant"));
                        valid = false;
                    }
                    None => valid = false,
                }
            }
            if valid && !seen.insert(index) {
                let at = el.key.as_ref().map_or(el.value.span, |k| k.span);
                let msg = format!("duplicate index {index} in array or slice literal");
                self.error(at, msg);
            }
            if valid
                && let Some(n) = bound
                && index >= n
            {
                self.error(
                    el.value.span,
                    format!("index {index} out of bounds [0:{n}]"),
                );
            }
            let mut v = match &el.value.kind {
                ExprKind::CompositeLit { ty: None, elts } => {
                    let v = self.composite(&el.value, None, Some(elem), elts);
                    self.record(el.value.id, v.ty, v.mode.clone());
                    v
                }
                _ => self.value_expr(&el.value),
            };
            self.assign_to(&mut v, elem, "array or slice literal");
            index += 1;
            len = len.max(index);
        }
        op.ty = match open_array {
            Some(elem) => {
                let t = self.info.types.intern(Type::Array(len, elem));
                if let Some(ty) = ty {
                    self.record(ty.id, t, Mode::Type);
                }
                t
            }
            None => t,
        };
        op
    }
}

/// `e` without enclosing parentheses.
fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(inner) => strip(inner),
        _ => e,
    }
}

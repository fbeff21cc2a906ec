//! The checker's driver: scopes, objects, package-level declarations and
//! function bodies. Expressions are in `expr.rs`, statements in `stmt.rs`.

use std::collections::HashMap;

use grammar::ast::{self, Decl, File, GenKind, Span, Spec, ValueSpec};

use super::packages::Member;
use super::{Builtin, Const, FuncInfo, Info, Mode, Obj, ObjId, ObjKind, TypeAndValue, TypeId, ids};
use crate::bytecode::{ErrVar, FprintFn, Native, OsFn};
use crate::diag::Diagnostic;
use crate::diag::pos;

pub(super) mod session;

/// Go stops after this many errors.
const MAX_ERRORS: usize = 10;

/// Type-checks a parsed `package main` file.
pub fn check(file: &File, src: &str, limit: ErrorLimit) -> Result<Info, Vec<Diagnostic>> {
    check_after(file, src, limit, Vec::new())
}

/// Type-checks a file the parser reported `syntax` errors in while still
/// building its tree, as Go's compiler does: those errors come first at a
/// position, and count toward the limit.
pub fn check_after(
    file: &File,
    src: &str,
    limit: ErrorLimit,
    syntax: Vec<Diagnostic>,
) -> Result<Info, Vec<Diagnostic>> {
    let mut c = Checker::new(file, src);
    c.check_file();
    if syntax.is_empty() {
        c.report_after_check();
    }
    if c.errors.is_empty() && syntax.is_empty() {
        c.info.canonicalize();
        Ok(c.info)
    } else {
        Err(finish_errors(&c.info, src, syntax, c.errors, limit))
    }
}

/// How many errors a check reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorLimit {
    /// As `go build`: [`MAX_ERRORS`], then `too many errors`.
    Go,
    /// All of them (`gojit check -e`, as Go's compiler with `-e`).
    None,
}

/// The errors as reported: the parser's `syntax` errors, then the
/// checker's, each in an instance of a generic declaration moved to the
/// declaration, in source order, one of the checker's per position (and a
/// message once per line, as Go's compiler), at most
/// [`MAX_ERRORS`] and then `too many errors` unless `limit` is `None`.
fn finish_errors(
    info: &Info,
    src: &str,
    syntax: Vec<Diagnostic>,
    mut errs: Vec<Diagnostic>,
    limit: ErrorLimit,
) -> Vec<Diagnostic> {
    for e in &mut errs {
        let start = info.offset(e.span.start);
        e.span.end -= e.span.start - start;
        e.span.start = start;
    }
    errs.sort_by_key(|e| e.span.start);
    errs.dedup_by_key(|e| e.span.start);
    // Go's compiler also reports an error once per line.
    let line = |e: &Diagnostic| crate::diag::line_col(src, e.span.start as usize).0;
    errs.dedup_by(|b, a| b.message == a.message && line(a) == line(b));
    // A stable sort keeps the parser's errors before the checker's.
    let mut errs: Vec<Diagnostic> = syntax.into_iter().chain(errs).collect();
    errs.sort_by_key(|e| e.span.start);
    // Go's compiler gives up at its tenth error, at that error.
    if limit == ErrorLimit::Go && errs.len() >= MAX_ERRORS {
        let span = errs[MAX_ERRORS - 1].span;
        errs.truncate(MAX_ERRORS);
        errs.push(Diagnostic::new(span, "too many errors"));
    }
    errs
}

/// How far a package-level object's declaration has been checked.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DeclState {
    Pending,
    InProgress,
    Done,
}

/// Where a package-level object is declared.
#[derive(Clone, Copy)]
pub(super) enum PkgDecl<'a> {
    /// A variable: its spec and its index among the spec's names.
    Var(&'a ValueSpec),
    /// A constant: its spec and the spec whose type and values it uses
    /// (itself or, for an omitted list in a group, the previous one).
    Const(&'a ValueSpec, &'a ValueSpec),
    Func(&'a ast::FuncDecl),
    Type(&'a ast::TypeSpec),
}

/// A statement `break` can leave: a loop (which `continue` also targets) or
/// a switch, with the label it carries.
pub(super) struct Breakable {
    pub is_loop: bool,
    pub label: Option<String>,
}

/// Per-function checking state.
pub(super) struct FuncCtx {
    /// Index in `Info::funcs`.
    pub idx: u32,
    /// Enclosing loops and switches, innermost last.
    pub breakable: Vec<Breakable>,
    /// The function's labels: where each is declared and whether it is used.
    pub labels: HashMap<String, (Span, bool)>,
    /// Local variables, to report the unused ones.
    pub locals: Vec<ObjId>,
}

pub(super) struct Checker<'a> {
    pub src: &'a str,
    pub file: &'a File,
    pub info: Info,
    pub errors: Vec<Diagnostic>,
    /// Universe, package, then function blocks.
    pub scopes: Vec<HashMap<String, ObjId>>,
    pub funcs: Vec<FuncCtx>,
    pkg_decls: HashMap<ObjId, (PkgDecl<'a>, DeclState)>,
    /// Imports: the package object and the import's span.
    imports: Vec<(ObjId, Span)>,
    /// The names the file's dot imports declare (`import . "fmt"`): the
    /// object each denotes and the import's package object, which a use
    /// of the name counts as used. Empty while a package written in Go is
    /// checked, which does not see them.
    pub(super) dot_names: HashMap<String, (ObjId, ObjId)>,
    /// The value of `iota` in the const spec being checked.
    pub iota: Option<u32>,
    /// Slice expressions checked, by start: their end and their `[`,
    /// where Go reports an error at an expression they start.
    pub(super) slice_starts: HashMap<u32, (u32, u32)>,
    /// Method declarations, declared after the package's types.
    method_decls: Vec<&'a ast::FuncDecl>,
    /// Package-level variables and functions referred to by the package
    /// declaration being checked (innermost last), and, once checked, by
    /// each variable and function: what initialization order follows.
    pub dep_stack: Vec<Vec<ObjId>>,
    /// Receive expressions (`<-ch`), which may give a second `ok` value.
    pub recvs: std::collections::HashSet<ast::NodeId>,
    /// Map index expressions: assignable, though not addressable.
    pub map_index: std::collections::HashSet<ast::NodeId>,
    /// Type assertions (which may be read with comma-ok).
    pub type_asserts: std::collections::HashSet<ast::NodeId>,
    /// Non-constant expressions of untyped type (shifts of untyped
    /// constants and what is made of them): their operands take the type
    /// the context finally gives the expression (`convert_untyped`).
    pub untyped_values: HashMap<ast::NodeId, &'a ast::Expr>,
    /// The untyped constant left operands of non-constant shifts, whose
    /// final type must be an integer type.
    pub shift_operands: std::collections::HashSet<ast::NodeId>,
    /// Errors Go's compiler reports only once type checking found none:
    /// functions declared without a body, anonymous interfaces that
    /// contain themselves, instantiation cycles.
    pub(super) after_check: Vec<Diagnostic>,
    /// The type literal of the type declaration being checked.
    pub declared_literal: Option<ast::NodeId>,
    /// How many type declarations are being checked (one may check
    /// another it refers to).
    type_spec_depth: u32,
    /// Set when an anonymous interface embeds one still being declared
    /// (`type I interface{ m() interface{ I } }`, go.dev/issue/56103).
    pub anonymous_iface_cycle: bool,
    /// Map key types that were comparable where the map type was written,
    /// checked again once all types are complete: one being declared may
    /// not be (`type S struct { m map[S]bool }`).
    pub map_keys: Vec<(TypeId, Span)>,
    /// Embedded field types, checked once all types are complete: one
    /// being declared may be a pointer (`type T *struct{ T }`).
    pub embedded: Vec<(TypeId, Span)>,
    deps: HashMap<ObjId, Vec<ObjId>>,
    /// The types of standard packages made so far, by package and name.
    pkg_types: HashMap<(String, String), TypeId>,
    /// Where each field of each struct type is declared (first one seen).
    pub field_spans: HashMap<(TypeId, String), u32>,
    /// Set when checking an input of a REPL session (`session.rs`).
    session: Option<session::Hooks>,
    /// Generic declarations and their instances.
    pub generics: super::generics::Generics<'a>,
    /// Declarations under way, for invalid recursive types.
    pub(super) cycles: super::cycles::Cycles,
}

impl<'a> Checker<'a> {
    fn new(file: &'a File, src: &'a str) -> Checker<'a> {
        let mut c = Checker::new_empty(file, src);
        let n = file.node_count as usize;
        c.info.exprs = vec![None; n];
        c.info.uses = vec![None; n];
        c.universe();
        c
    }

    /// A checker with no universe declared and no room for the file's
    /// nodes yet (a REPL session brings its own).
    fn new_empty(file: &'a File, src: &'a str) -> Checker<'a> {
        Checker {
            src,
            file,
            info: Info {
                span_stride: src.len().max(crate::gopackages::longest()) as u32 + 1,
                ..Info::default()
            },
            errors: Vec::new(),
            scopes: vec![HashMap::new()],
            funcs: Vec::new(),
            pkg_decls: HashMap::new(),
            imports: Vec::new(),
            dot_names: HashMap::new(),
            iota: None,
            slice_starts: HashMap::new(),
            method_decls: Vec::new(),
            dep_stack: Vec::new(),
            map_index: Default::default(),
            recvs: Default::default(),
            type_asserts: Default::default(),
            untyped_values: HashMap::new(),
            shift_operands: Default::default(),
            after_check: Vec::new(),
            declared_literal: None,
            type_spec_depth: 0,
            anonymous_iface_cycle: false,
            map_keys: Vec::new(),
            embedded: Vec::new(),
            deps: HashMap::new(),
            pkg_types: HashMap::new(),
            field_spans: HashMap::new(),
            session: None,
            generics: Default::default(),
            cycles: Default::default(),
        }
    }

    fn universe(&mut self) {
        let span = Span::default();
        for (name, ty) in [
            ("bool", ids::BOOL),
            ("int", ids::INT),
            ("int8", ids::INT8),
            ("int16", ids::INT16),
            ("int32", ids::INT32),
            ("rune", ids::RUNE),
            ("int64", ids::INT64),
            ("uint", ids::UINT),
            ("uint8", ids::UINT8),
            ("byte", ids::BYTE),
            ("uint16", ids::UINT16),
            ("uint32", ids::UINT32),
            ("uint64", ids::UINT64),
            ("uintptr", ids::UINTPTR),
            ("float32", ids::FLOAT32),
            ("float64", ids::FLOAT64),
            ("complex64", ids::COMPLEX64),
            ("complex128", ids::COMPLEX128),
            ("string", ids::STRING),
            ("any", ids::ANY_ALIAS),
            ("error", ids::ERROR),
        ] {
            self.declare_universe(name, ObjKind::TypeName, ty, span);
        }
        // `comparable`, the constraint satisfied by comparable types.
        let comparable = self.info.types.new_named("comparable");
        let set = self.info.types.intern(super::Type::Constraint {
            methods: Vec::new(),
            terms: None,
            comparable: true,
        });
        self.info.types.set_underlying(comparable, set);
        self.declare_universe("comparable", ObjKind::TypeName, comparable, span);
        self.declare_universe(
            "true",
            ObjKind::Const(Const::Bool(true)),
            ids::UNTYPED_BOOL,
            span,
        );
        self.declare_universe(
            "false",
            ObjKind::Const(Const::Bool(false)),
            ids::UNTYPED_BOOL,
            span,
        );
        self.declare_universe("nil", ObjKind::Nil, ids::UNTYPED_NIL, span);
        for b in [
            Builtin::New,
            Builtin::Delete,
            Builtin::Append,
            Builtin::Cap,
            Builtin::Copy,
            Builtin::Make,
            Builtin::Len,
            Builtin::Panic,
            Builtin::Print,
            Builtin::Println,
            Builtin::Recover,
            Builtin::Min,
            Builtin::Max,
            Builtin::Clear,
            Builtin::Complex,
            Builtin::Real,
            Builtin::Imag,
            Builtin::Close,
        ] {
            self.declare_universe(b.name(), ObjKind::Builtin(b), ids::INVALID, span);
        }
    }

    fn declare_universe(&mut self, name: &str, kind: ObjKind, ty: TypeId, span: Span) {
        let id = self.new_obj(name, kind, ty, span);
        self.scopes[0].insert(name.into(), id);
    }

    pub fn error(&mut self, mut span: Span, msg: impl Into<String>) {
        // Go's StartPos of an expression that starts with a slice
        // expression is that slice's `[` (the syntax package does not
        // correct it as it does for other nodes).
        if let Some(&(end, lbrack)) = self.slice_starts.get(&span.start)
            && span.end >= end
        {
            span.start = lbrack;
        }
        self.errors.push(Diagnostic::new(span, msg));
    }

    /// The source text of a node, as Go quotes expressions in messages.
    pub fn text(&self, span: Span) -> &'a str {
        let start = self.info.offset(span.start) as usize;
        self.src
            .get(start..start + (span.end - span.start) as usize)
            .unwrap_or("")
    }

    /// The source from byte `at` of the span space on.
    pub fn src_from(&self, at: u32) -> (u32, &'a str) {
        let at = self.info.offset(at);
        (at, self.src.get(at as usize..).unwrap_or(""))
    }

    /// Where the first token at or after `at` starts (blanks skipped), in
    /// the span space.
    pub fn next_token(&self, at: u32) -> u32 {
        let (_, rest) = self.src_from(at);
        at + (rest.len() - rest.trim_start().len()) as u32
    }

    pub fn new_obj(&mut self, name: &str, kind: ObjKind, ty: TypeId, span: Span) -> ObjId {
        self.info.objs.push(Obj {
            name: name.into(),
            kind,
            ty,
            span,
            func: self.funcs.last().map(|f| f.idx),
            captured: false,
            used: false,
        });
        (self.info.objs.len() - 1) as ObjId
    }

    /// Declares `obj` in the innermost scope under `ident`, reporting a
    /// redeclaration. `_` declares nothing.
    pub fn declare(&mut self, ident: &ast::Ident, obj: ObjId) {
        self.info.defs.insert(ident.span.start, obj);
        if ident.name == "_" {
            return;
        }
        // At package level, init (and main in package main) can only be a
        // function.
        if self.scopes.len() == 2
            && !self.in_session()
            && self.info.objs[obj as usize].kind != ObjKind::Func
            && (ident.name == "init" || ident.name == "main" && self.file.package.name == "main")
        {
            let name = &ident.name;
            self.error(ident.span, format!("cannot declare {name} - must be func"));
            return;
        }
        let scope = self.scopes.last_mut().expect("a scope is open");
        if let Some(&prev) = scope.get(&ident.name) {
            // A dot-imported name keeps its place, as Go looks in the file
            // block before the package block.
            if self.scopes.len() == 2
                && let Some(&(member, pkg)) = self.dot_names.get(&ident.name)
                && member == prev
                && let ObjKind::Package(path) = &self.info.objs[pkg as usize].kind
            {
                let name = &ident.name;
                let pkg = super::packages::package_name(path);
                let other = super::packages::other_declaration(path, name);
                self.error(
                    ident.span,
                    format!(
                        "{name} already declared through dot-import of package {pkg} (\"{path}\"){other}"
                    ),
                );
                return;
            }
            let prev = pos(self.info.objs[prev as usize].span.start);
            self.error(
                ident.span,
                format!(
                    "{} redeclared in this block\n\t{prev}: other declaration of {}",
                    ident.name, ident.name
                ),
            );
            // Not declared, it cannot go unused either.
            self.info.objs[obj as usize].used = true;
            return;
        }
        scope.insert(ident.name.clone(), obj);
    }

    /// Where the field `name` of struct type `base` is declared, if it has
    /// one.
    fn field_decl_span(&self, base: TypeId, name: &str) -> Option<u32> {
        let st = self.info.types.underlying(base);
        self.field_spans.get(&(st, name.to_string())).copied()
    }

    /// The object `name` denotes in the current scopes.
    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        self.scopes.iter().rev().find_map(|s| s.get(name).copied())
    }

    pub fn record(&mut self, id: ast::NodeId, ty: TypeId, mode: Mode) {
        self.info.exprs[id as usize] = Some(TypeAndValue { ty, mode });
    }

    fn check_file(&mut self) {
        let file = self.file;
        self.scopes.push(HashMap::new());
        if file.package.name == "_" {
            self.error(file.package.span, "invalid package name _");
        }
        for imp in &file.imports {
            self.import(imp);
        }
        let methods_before = self.generics.methods.len();
        let earlier_instances = self.type_instances();
        self.collect(file);
        // Package-level objects in declaration order: check each (a
        // reference may have checked it already).
        let order: Vec<ObjId> = {
            let mut v: Vec<ObjId> = self.pkg_decls.keys().copied().collect();
            v.sort_by_key(|&o| self.info.objs[o as usize].span.start);
            v
        };
        // Types first, then methods, so method sets are complete before
        // any initializer or signature asks whether a type implements an
        // interface; then everything else.
        // Generic types among them: their type parameter lists.
        let mut types: Vec<ObjId> = (order.iter().copied())
            .filter(|o| matches!(self.pkg_decls.get(o), Some((PkgDecl::Type(_), _))))
            .chain(self.undeclared_generic_types())
            .collect();
        types.sort_by_key(|&o| self.info.objs[o as usize].span.start);
        self.defer_type_args();
        for obj in types {
            match self.pkg_decls.contains_key(&obj) {
                true => self.resolve_pkg_obj(obj),
                false => self.declare_type_params(obj),
            }
        }
        for fd in self.method_decls.clone() {
            self.method_decl(fd);
        }
        self.check_deferred_type_args();
        self.instantiate_late_methods(methods_before, &earlier_instances);
        self.check_generic_decls();
        for &obj in &order {
            self.resolve_pkg_obj(obj);
        }
        for decl in &file.decls {
            if let Decl::Func(fd) = decl
                && fd.type_params.is_empty()
                && super::generics::receiver_base(fd).is_none()
            {
                self.func_body(fd);
            }
        }
        self.check_instance_bodies();
        self.drop_uncompiled_methods();
        for (ty, span) in std::mem::take(&mut self.embedded) {
            if let Some(msg) = self.invalid_embedding(ty) {
                self.error(span, msg);
            }
        }
        for (key, span) in std::mem::take(&mut self.map_keys) {
            if !self.info.types.comparable(key) {
                let t = self.info.types.name(key);
                let why = match self.info.types.type_param(key) {
                    Some(_) => " (missing comparable constraint)",
                    None => "",
                };
                self.error(span, format!("invalid map key type {t}{why}"));
            }
        }
        self.info.init_order = self.initialization_order(&order);
        // Every package's unused imports are errors, a session's are not
        // (it imports as it goes).
        if !self.in_session() {
            for &(pkg, span) in &self.imports.clone() {
                let o = &self.info.objs[pkg as usize];
                if !o.used {
                    let path = match &o.kind {
                        ObjKind::Package(p) => p.clone(),
                        _ => String::new(),
                    };
                    // An import renamed to other than its package's name
                    // is reported with the name.
                    let name = &o.name;
                    let msg = if name != "." && name != super::packages::package_name(&path) {
                        format!("\"{path}\" imported as {name} and not used")
                    } else {
                        format!("\"{path}\" imported and not used")
                    };
                    self.error(span, msg);
                }
            }
        }
        // A package other than main is a library: it checks, but does not
        // run (`gojit run` refuses it).
        if self.in_session() || file.package.name != "main" {
            return;
        }
        // Go's linker complains of a missing main only when the compiler
        // did not complain first.
        match self.scopes[1].get("main").copied() {
            Some(m) if self.info.objs[m as usize].kind == ObjKind::Func => {}
            _ if !self.errors.is_empty() => {}
            _ => self.error(
                file.package.span,
                "function main is undeclared in the main package",
            ),
        }
    }

    /// Reports what Go's compiler finds only after type checking
    /// succeeded, if it did.
    fn report_after_check(&mut self) {
        if self.errors.is_empty() {
            self.errors = std::mem::take(&mut self.after_check);
        }
    }

    /// A member of package unsafe.
    fn unsafe_member(&mut self, name: &str) -> Option<Member> {
        if name == "Pointer" {
            let ty = self
                .info
                .types
                .intern(super::Type::Basic(super::Basic::UnsafePointer));
            return Some(Member::Type(ty));
        }
        let f = *super::UnsafeFn::ALL
            .iter()
            .find(|f| f.name().strip_prefix("unsafe.") == Some(name))?;
        Some(Member::Builtin(Builtin::Unsafe(f)))
    }

    fn import(&mut self, imp: &ast::ImportSpec) {
        let std = super::packages::std_packages();
        if !std.iter().any(|(p, _)| *p == imp.path) {
            let names: Vec<&str> = std.iter().map(|(p, _)| *p).collect();
            self.error(
                imp.path_span,
                format!(
                    "package {} is not in std (gojit provides: {})",
                    imp.path,
                    names.join(", ")
                ),
            );
            return;
        }
        if crate::gopackages::source(&imp.path).is_some() && !crate::gopackages::lazy(&imp.path) {
            self.load_go_package(&imp.path, imp.path_span);
        }
        let default_name = super::packages::package_name(&imp.path);
        let name = imp.name.as_ref().map_or(default_name, |n| n.name.as_str());
        let obj = self.new_obj(
            name,
            ObjKind::Package(imp.path.clone()),
            ids::INVALID,
            imp.span,
        );
        if let Some(n) = &imp.name {
            if n.name == "_" {
                return;
            }
            if n.name == "init" {
                self.error(
                    n.span,
                    "cannot import package as init - init must be a func",
                );
                return;
            }
            if n.name == "." {
                self.dot_import(&imp.path, obj, n.span);
                self.imports.push((obj, imp.span));
                return;
            }
        }
        if let Some(&prev) = self.scopes[1].get(name) {
            let at = pos(self.info.objs[prev as usize].span.start);
            self.error(
                imp.span,
                format!("{name} redeclared in this block\n\t{at}: other declaration of {name}"),
            );
        } else {
            self.scopes[1].insert(name.into(), obj);
        }
        self.imports.push((obj, imp.span));
    }

    /// `import . "path"` (`dot` is the dot): declares each exported member
    /// of the package in the file's block, under its own name, as the
    /// object that name denotes; a name declared there already (by
    /// another dot import) is Go's error at the dot.
    fn dot_import(&mut self, path: &str, pkg: ObjId, dot: Span) {
        // Its Go-written part is loaded now (a lazy one too), so that its
        // declarations are declared as they are, instantiated only if used.
        if crate::gopackages::source(path).is_some() {
            self.load_go_package(path, dot);
        }
        let members = super::packages::std_packages()
            .iter()
            .find(|(p, _)| *p == path)
            .map_or(&[][..], |(_, m)| m.as_slice());
        for &name in members {
            if !name.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            // Where the name is declared already: by another dot import,
            // or as an import's name.
            let taken = match (self.dot_names.get(name), self.scopes[1].get(name)) {
                // Listed twice (a native and a declaration of its Go part).
                (Some(&(_, p)), _) if p == pkg => continue,
                (Some(&(_, p)), _) => Some(match &self.info.objs[p as usize].kind {
                    ObjKind::Package(path) => super::packages::other_declaration(path, name),
                    _ => String::new(),
                }),
                (None, Some(&o)) => {
                    let at = pos(self.info.objs[o as usize].span.start);
                    Some(format!("\n\t{at}: other declaration of {name}"))
                }
                (None, None) => None,
            };
            if let Some(other) = taken {
                self.error(dot, format!("{name} redeclared in this block{other}"));
                continue;
            }
            let obj = match self.go_package_obj(path, name) {
                Some(obj) => obj,
                None => match self
                    .package_member(path, name)
                    .and_then(|m| self.member_obj(name, m, dot))
                {
                    Some(obj) => obj,
                    None => continue,
                },
            };
            self.scopes[1].insert(name.into(), obj);
            self.dot_names.insert(name.into(), (obj, pkg));
        }
    }

    /// The object that names member `name` of a package: its native, its
    /// variable's native, its constant, its type, its builtin, or the
    /// instance of its function written in Go. None for a generic
    /// declaration, which is an object of its package's scope already.
    pub(super) fn member_obj(&mut self, name: &str, member: Member, at: Span) -> Option<ObjId> {
        let (kind, ty) = match member {
            Member::Func(native, ty) => (ObjKind::Native(native), ty),
            Member::Var(native, ty) => (ObjKind::NativeVar(native), ty),
            Member::Const(c, ty) => (ObjKind::Const(c), ty),
            Member::Type(ty) => (ObjKind::TypeName, ty),
            Member::Builtin(b) => (ObjKind::Builtin(b), ids::INVALID),
            Member::Instance(inst) | Member::PkgVar(inst) => return Some(inst),
            Member::Generic => return None,
        };
        Some(self.new_obj(name, kind, ty, at))
    }

    /// A use of `name`, found as `obj`: if a dot import declared it, that
    /// import is used.
    pub(super) fn use_dot_import(&mut self, name: &str, obj: ObjId) {
        if let Some(&(member, pkg)) = self.dot_names.get(name)
            && member == obj
        {
            self.info.objs[pkg as usize].used = true;
        }
    }

    /// A member of an imported package: its native and type.
    pub fn package_member(&mut self, path: &str, name: &str) -> Option<Member> {
        if path == "unsafe" {
            return self.unsafe_member(name);
        }
        if path == "unicode" {
            // Natives first, so the Go part loads only when needed (see
            // `gopackages::lazy`); the two declare no name alike.
            return self
                .unicode_member(name)
                .or_else(|| self.go_package_member(path, name));
        }
        if crate::gopackages::source(path).is_some()
            && let Some(member) = self.go_package_member(path, name)
        {
            return Some(member);
        }
        // Package os's PathError, FileMode, FileInfo and Mode constants
        // are package fs's.
        if path == "os"
            && let Some(member) = self.go_package_member("io/fs", name)
        {
            return Some(member);
        }
        if let Some(&v) = ErrVar::ALL
            .iter()
            .find(|v| v.packages().contains(&path) && v.name().split('.').nth(1) == Some(name))
        {
            return Some(Member::Var(Native::ErrVar(v), ids::ERROR));
        }
        if let Some(ty) = self.package_type(path, name) {
            return Some(Member::Type(ty));
        }
        match (path, name) {
            ("fmt", _)
                if let Some(&f) = crate::bytecode::ScanFn::ALL
                    .iter()
                    .find(|f| f.name().strip_prefix("fmt.") == Some(name)) =>
            {
                let any_slice = self.info.types.intern(super::Type::Slice(ids::ANY_ALIAS));
                let mut params = Vec::new();
                if f.from_reader() {
                    let next = self.info.types.func(vec![], vec![ids::INT], false);
                    let unread = self.info.types.func(vec![], vec![], false);
                    params.extend([next, unread]);
                }
                if f.from_string() {
                    params.push(ids::STRING);
                }
                if f.formatted() {
                    params.push(ids::STRING);
                }
                params.push(any_slice);
                let ty = self
                    .info
                    .types
                    .func(params, vec![ids::INT, ids::ERROR], true);
                return Some(Member::Func(Native::Scan(f), ty));
            }
            ("fmt", "Fprint" | "Fprintln" | "Fprintf") => {
                let writer = self.package_type("io", "Writer")?;
                let any_slice = self.info.types.intern(super::Type::Slice(ids::ANY_ALIAS));
                let (f, mut params) = match name {
                    "Fprint" => (FprintFn::Fprint, vec![writer]),
                    "Fprintln" => (FprintFn::Fprintln, vec![writer]),
                    _ => (FprintFn::Fprintf, vec![writer, ids::STRING]),
                };
                params.push(any_slice);
                let ty = self
                    .info
                    .types
                    .func(params, vec![ids::INT, ids::ERROR], true);
                return Some(Member::Func(Native::Fprint(f), ty));
            }
            ("os", _) if name != "Exit" => return self.os_member(name),
            ("io", "Discard") => {
                self.package_type("io", "discard")?;
                let writer = self.package_type("io", "Writer")?;
                return Some(Member::Var(
                    Native::Discard(crate::bytecode::DiscardFn::Var),
                    writer,
                ));
            }
            ("time", _) => {
                let made: std::collections::HashMap<&str, TypeId> =
                    ["Duration", "Time", "Timer", "Ticker"]
                        .into_iter()
                        .filter_map(|n| Some((n, self.package_type("time", n)?)))
                        .collect();
                return super::packages::time(&mut self.info.types, name, &|n| made[n]);
            }
            ("sync/atomic", _) => return super::packages::atomic(&mut self.info.types, name),
            ("sync", "NewCond") => {
                let locker = self.package_type("sync", "Locker")?;
                let cond = self.package_type("sync", "Cond")?;
                let p = self.info.types.intern(super::Type::Pointer(cond));
                let ty = self.info.types.func(vec![locker], vec![p], false);
                return Some(Member::Func(
                    Native::Sync(crate::bytecode::SyncFn::NewCond),
                    ty,
                ));
            }
            _ => {}
        }
        match path {
            "math" => return super::packages::math(&mut self.info.types, name),
            "strconv" => return super::packages::strconv(&mut self.info.types, name),
            "runtime" => return super::packages::runtime(&mut self.info.types, name),
            "runtime/debug" => return super::packages::runtime_debug(&mut self.info.types, name),
            "math/rand" | "math/rand/v2" => {
                return super::packages::rand(&mut self.info.types, name);
            }
            "bufio" => return super::packages::bufio(&mut self.info.types, name),
            "strings" => return super::packages::strings(&mut self.info.types, name),
            "sort" => return super::packages::sort(&mut self.info.types, name),
            "unicode/utf8" => return super::packages::utf8(&mut self.info.types, name),
            _ => {}
        }
        let any_slice = self.info.types.intern(super::Type::Slice(ids::ANY_ALIAS));
        let t = &mut self.info.types;
        let (native, ty) = match (path, name) {
            ("fmt", "Println") => (
                Native::FmtPrintln,
                t.func(vec![any_slice], vec![ids::INT, ids::ERROR], true),
            ),
            ("fmt", "Print") => (
                Native::FmtPrint,
                t.func(vec![any_slice], vec![ids::INT, ids::ERROR], true),
            ),
            ("fmt", "Printf") => (
                Native::FmtPrintf,
                t.func(
                    vec![ids::STRING, any_slice],
                    vec![ids::INT, ids::ERROR],
                    true,
                ),
            ),
            ("fmt", "Sprint") => (
                Native::FmtSprint,
                t.func(vec![any_slice], vec![ids::STRING], true),
            ),
            ("fmt", "Sprintln") => (
                Native::FmtSprintln,
                t.func(vec![any_slice], vec![ids::STRING], true),
            ),
            ("fmt", "Sprintf") => (
                Native::FmtSprintf,
                t.func(vec![ids::STRING, any_slice], vec![ids::STRING], true),
            ),
            ("os", "Exit") => (Native::OsExit, t.func(vec![ids::INT], vec![], false)),
            ("errors", "New") => (
                Native::ErrorsNew,
                t.func(vec![ids::STRING], vec![ids::ERROR], false),
            ),
            ("errors", "Is") => (
                Native::ErrorsIs,
                t.func(vec![ids::ERROR, ids::ERROR], vec![ids::BOOL], false),
            ),
            ("errors", "As") => (
                Native::ErrorsAs,
                t.func(vec![ids::ERROR, ids::ANY_ALIAS], vec![ids::BOOL], false),
            ),
            ("errors", "Unwrap") => (
                Native::ErrorsUnwrap,
                t.func(vec![ids::ERROR], vec![ids::ERROR], false),
            ),
            ("errors", "Join") => {
                let errs = t.intern(super::Type::Slice(ids::ERROR));
                (
                    Native::ErrorsJoin,
                    t.func(vec![errs], vec![ids::ERROR], true),
                )
            }
            ("fmt", "Errorf") => (
                Native::FmtErrorf,
                t.func(vec![ids::STRING, any_slice], vec![ids::ERROR], true),
            ),
            _ => return None,
        };
        Some(Member::Func(native, ty))
    }

    /// Declares every package-level name, unchecked.
    fn collect(&mut self, file: &'a File) {
        for decl in &file.decls {
            match decl {
                Decl::Func(fd) => {
                    if !fd.type_params.is_empty() {
                        self.declare_generic(&fd.name, super::generics::Generic::Func(fd));
                        continue;
                    }
                    if super::generics::receiver_base(fd).is_some() {
                        self.generics.methods.push(fd);
                        continue;
                    }
                    if fd.recv.is_some() {
                        // Declared once the types they belong to are known.
                        self.method_decls.push(fd);
                        continue;
                    }
                    let name = fd.name.name.as_str();
                    if (name == "init" || name == "main" && file.package.name == "main")
                        && (!fd.sig.params.is_empty() || !fd.sig.results.is_empty())
                    {
                        self.error(
                            fd.name.span,
                            format!("func {name} must have no arguments and no return values"),
                        );
                    }
                    if fd.name.name == "init" || fd.name.name == "_" {
                        // init functions cannot be referred to; they run in order.
                        let obj =
                            self.new_obj(&fd.name.name, ObjKind::Func, ids::INVALID, fd.name.span);
                        self.info.defs.insert(fd.name.span.start, obj);
                        self.pkg_decls
                            .insert(obj, (PkgDecl::Func(fd), DeclState::Pending));
                        continue;
                    }
                    let obj =
                        self.new_obj(&fd.name.name, ObjKind::Func, ids::INVALID, fd.name.span);
                    self.declare(&fd.name, obj);
                    self.pkg_decls
                        .insert(obj, (PkgDecl::Func(fd), DeclState::Pending));
                }
                Decl::Gen(gd) => self.collect_gen(gd, true),
            }
        }
    }

    /// Declares the names of a `var`/`const` declaration. At package level
    /// they are checked lazily; in a function, at once, in order.
    pub fn collect_gen(&mut self, gd: &'a ast::GenDecl, package: bool) {
        let mut last: Option<&'a ValueSpec> = None;
        for spec in &gd.specs {
            let vs = match spec {
                Spec::Value(vs) => vs,
                Spec::Type(ts) => {
                    if !ts.type_params.is_empty() {
                        self.declare_generic(&ts.name, super::generics::Generic::Type(ts));
                        continue;
                    }
                    let obj =
                        self.new_obj(&ts.name.name, ObjKind::TypeName, ids::INVALID, ts.name.span);
                    self.declare(&ts.name, obj);
                    // Local types are always used as far as Go is concerned.
                    self.info.objs[obj as usize].used = true;
                    if package {
                        self.pkg_decls
                            .insert(obj, (PkgDecl::Type(ts), DeclState::Pending));
                    } else {
                        self.type_spec(ts, obj);
                    }
                    continue;
                }
            };
            match gd.kind {
                GenKind::Const => {
                    let src = if vs.values.is_empty() && vs.ty.is_none() {
                        last
                    } else {
                        Some(vs)
                    };
                    let Some(src) = src else {
                        self.error(vs.span, "missing init expr for const declaration");
                        continue;
                    };
                    last = Some(src);
                    if package {
                        for name in &vs.names {
                            let obj = self.new_obj(
                                &name.name,
                                ObjKind::Const(Const::Bool(false)),
                                ids::INVALID,
                                name.span,
                            );
                            self.declare(name, obj);
                            self.pkg_decls
                                .insert(obj, (PkgDecl::Const(vs, src), DeclState::Pending));
                        }
                    } else {
                        self.const_spec(vs, src, None);
                    }
                }
                GenKind::Var => {
                    if package {
                        let mut objs = Vec::new();
                        for name in &vs.names {
                            let obj = self.new_obj(
                                &name.name,
                                ObjKind::Var { global: true },
                                ids::INVALID,
                                name.span,
                            );
                            self.declare(name, obj);
                            objs.push(obj);
                        }
                        for obj in objs {
                            self.pkg_decls
                                .insert(obj, (PkgDecl::Var(vs), DeclState::Pending));
                        }
                    } else {
                        self.var_spec(vs, false);
                    }
                }
                GenKind::Type => {}
            }
        }
    }

    /// Whether `obj` is a package-level type declaration.
    pub(super) fn pkg_decls_type(&self, obj: ObjId) -> bool {
        self.pkg_type_spec(obj).is_some()
    }

    /// The declaration of package-level type `obj`.
    pub(super) fn pkg_type_spec(&self, obj: ObjId) -> Option<&'a ast::TypeSpec> {
        match self.pkg_decls.get(&obj) {
            Some(&(PkgDecl::Type(ts), _)) => Some(ts),
            _ => None,
        }
    }

    /// Whether `obj` is a package-level alias (`type A = T`).
    pub(super) fn is_pkg_alias(&self, obj: ObjId) -> bool {
        self.pkg_type_spec(obj).is_some_and(|ts| ts.alias)
    }

    /// Makes sure the package-level object `obj` is checked; called when a
    /// reference needs its type. Reports initialization cycles.
    pub fn resolve_pkg_obj(&mut self, obj: ObjId) {
        if self.generics.pkg_vars.contains_key(&obj) {
            return self.resolve_package_var(obj);
        }
        let Some(&(decl, state)) = self.pkg_decls.get(&obj) else {
            return;
        };
        match state {
            DeclState::Done => return,
            DeclState::InProgress => {
                // A variable's cycles are reported with their path once
                // every dependency is known (`initialization_order`).
                if matches!(decl, PkgDecl::Const(..)) {
                    let o = &self.info.objs[obj as usize];
                    let (span, name) = (o.span, o.name.clone());
                    self.error(
                        span,
                        format!("initialization cycle or invalid recursive reference to {name}"),
                    );
                }
                return;
            }
            DeclState::Pending => {}
        }
        self.pkg_decls.insert(obj, (decl, DeclState::InProgress));
        // Package-level initializers are checked outside any function.
        let saved = std::mem::take(&mut self.funcs);
        let saved_scopes = self.scopes.split_off(2);
        match decl {
            PkgDecl::Func(fd) => {
                let ty = self.signature(&fd.sig);
                self.info.objs[obj as usize].ty = ty;
            }
            PkgDecl::Type(ts) => self.type_spec(ts, obj),
            PkgDecl::Const(vs, src) => {
                let names: Vec<ObjId> = vs
                    .names
                    .iter()
                    .filter_map(|n| self.info.def(n.span))
                    .collect();
                self.const_spec(vs, src, Some(&names));
                for n in names {
                    self.pkg_decls.insert(n, (decl, DeclState::Done));
                }
            }
            PkgDecl::Var(vs) => {
                let names: Vec<ObjId> = vs
                    .names
                    .iter()
                    .filter_map(|n| self.info.def(n.span))
                    .collect();
                for &n in &names {
                    self.pkg_decls.insert(n, (decl, DeclState::InProgress));
                }
                self.dep_stack.push(Vec::new());
                self.var_spec(vs, true);
                let deps = self.dep_stack.pop().expect("pushed above");
                for &n in &names {
                    self.pkg_decls.insert(n, (decl, DeclState::Done));
                    self.deps.insert(n, deps.clone());
                }
            }
        }
        self.scopes.extend(saved_scopes);
        self.funcs = saved;
        self.pkg_decls.insert(obj, (decl, DeclState::Done));
    }

    /// Go's package initialization order: repeatedly the earliest variable
    /// in declaration order that depends on no uninitialized variable
    /// (dependencies count through the functions an initializer refers to).
    /// A variable picked while it still waits on others, or on itself, is
    /// in a cycle: reported as Go reports it, once per cycle.
    fn initialization_order(&mut self, decl_order: &[ObjId]) -> Vec<ObjId> {
        let is_var = |o: ObjId| {
            matches!(
                self.info.objs[o as usize].kind,
                ObjKind::Var { global: true }
            )
        };
        let vars: Vec<ObjId> = decl_order.iter().copied().filter(|&o| is_var(o)).collect();
        // The variables each variable needs, through any chain of functions,
        // and whether such a chain leads back to it.
        let needs = |v: ObjId| {
            let mut out = Vec::new();
            let mut itself = false;
            let mut seen = vec![v];
            let mut work: Vec<ObjId> = self.deps.get(&v).cloned().unwrap_or_default();
            while let Some(o) = work.pop() {
                itself |= o == v;
                if seen.contains(&o) {
                    continue;
                }
                seen.push(o);
                if is_var(o) {
                    out.push(o);
                } else if let Some(d) = self.deps.get(&o) {
                    work.extend(d);
                }
            }
            (out, itself)
        };
        let (needs, itself): (Vec<Vec<ObjId>>, Vec<bool>) = vars.iter().map(|&v| needs(v)).unzip();
        let mut done: Vec<ObjId> = Vec::new();
        let mut in_reported_cycle: Vec<ObjId> = Vec::new();
        while done.len() < vars.len() {
            let waiting = |i: usize| needs[i].iter().filter(|d| !done.contains(d)).count();
            let i = (0..vars.len())
                .filter(|&i| !done.contains(&vars[i]))
                .min_by_key(|&i| (waiting(i), i))
                .expect("a variable is left");
            let v = vars[i];
            // Only a variable still waiting (or on itself) can be in a
            // cycle, as Go's initorder looks for one only then.
            if (waiting(i) > 0 || itself[i])
                && !in_reported_cycle.contains(&v)
                && let Some(cycle) = self.dependency_path(v, v, &mut Vec::new())
            {
                in_reported_cycle.extend(&cycle);
                self.report_cycle(&cycle);
            }
            done.push(v);
        }
        done
    }

    /// A chain of dependencies (variables and functions) from `from` to
    /// `to`, if any, as Go's `findPath` gives it: `to` first, then back
    /// towards `from`, which is not included.
    fn dependency_path(&self, from: ObjId, to: ObjId, seen: &mut Vec<ObjId>) -> Option<Vec<ObjId>> {
        if seen.contains(&from) {
            return None;
        }
        seen.push(from);
        for &d in self.deps.get(&from).map_or(&[][..], Vec::as_slice) {
            if d == to {
                return Some(vec![d]);
            }
            if let Some(mut path) = self.dependency_path(d, to, seen) {
                path.push(d);
                return Some(path);
            }
        }
        None
    }

    /// Go's report of an initialization cycle from [`Self::dependency_path`]:
    /// each object that refers to the next, at its declaration.
    fn report_cycle(&mut self, cycle: &[ObjId]) {
        // Methods are named by their own name (`m`, not `T.m`).
        let name = |o: ObjId| {
            let n = &self.info.objs[o as usize].name;
            n.rsplit('.').next().unwrap_or(n).to_string()
        };
        let at = |o: ObjId| self.info.objs[o as usize].span;
        let first = cycle[0];
        if cycle.len() == 1 {
            let msg = format!("initialization cycle: {} refers to itself", name(first));
            self.error(at(first), msg);
            return;
        }
        let mut msg = format!("initialization cycle for {}", name(first));
        let mut obj = first;
        for &next in cycle.iter().rev() {
            msg.push_str(&format!(
                "\n\t{}: {} refers to",
                pos(at(obj).start),
                name(obj)
            ));
            obj = next;
        }
        msg.push_str(&format!("\n\t{}: {}", pos(at(obj).start), name(obj)));
        self.error(at(first), msg);
    }

    /// Gives the type name `obj` its type: a new defined type whose
    /// underlying type is the spec's (which may refer back to it through
    /// pointers), or the aliased type.
    fn type_spec(&mut self, ts: &'a ast::TypeSpec, obj: ObjId) {
        let name = &ts.name.name;
        if ts.alias {
            // The alias's scope starts at its name: `type T = T` is T itself.
            if matches!(&ts.ty.kind, ast::ExprKind::Ident(n) if n == name) {
                let msg = format!("invalid recursive type: {name} refers to itself");
                self.error(ts.name.span, msg);
                return;
            }
            self.push_alias_decl(obj);
            let t = self.type_expr(&ts.ty);
            self.info.objs[obj as usize].ty = self.info.types.new_alias(name, t);
            self.pop_decl();
            return;
        }
        let named = self.info.types.new_named(name);
        self.info.objs[obj as usize].ty = named;
        self.push_decl(obj, named, Some(&ts.ty));
        self.defined_type(ts, obj, named);
        self.pop_decl();
    }

    /// Gives the defined type `named` of `ts` (declaring `obj`) its
    /// underlying type, unless it turns out an invalid recursive type.
    fn defined_type(&mut self, ts: &'a ast::TypeSpec, obj: ObjId, named: TypeId) {
        let saved = self.declared_literal.replace(ts.ty.id);
        self.type_spec_depth += 1;
        let u = self.type_expr(&ts.ty);
        self.type_spec_depth -= 1;
        self.declared_literal = saved;
        // A cycle through anonymous interfaces is reported once, at the
        // outermost declaration's literal, as Go's compiler does.
        if self.type_spec_depth == 0 && std::mem::take(&mut self.anonymous_iface_cycle) {
            let msg = "invalid recursive type: anonymous interface refers to itself (see https://go.dev/issue/56103)";
            self.after_check.push(Diagnostic::new(ts.ty.span, msg));
        }
        // Reported already (a cycle through a type parameter list).
        if self.cycles.invalid.contains(&named) {
            return;
        }
        if let Some(path) = self.value_cycle(u, named) {
            // As Go's cycleError: the declarations of the cycle in turn.
            let mut decls = vec![(obj, ts.name.span)];
            decls.extend(path.into_iter().filter_map(|t| self.type_decl(t)));
            self.cycle_error(&decls, 0);
            return;
        }
        self.info.types.set_underlying(named, u);
    }

    /// The defined types through which the type `t` contains a `target`
    /// value (not behind a pointer), in order: none when it does directly.
    fn value_cycle(&self, t: TypeId, target: TypeId) -> Option<Vec<TypeId>> {
        if self.info.types.identical(t, target) {
            return Some(Vec::new());
        }
        match self.info.types.get(t) {
            super::Type::Struct(fs) => fs.iter().find_map(|f| self.value_cycle(f.ty, target)),
            &super::Type::Array(_, elem) => self.value_cycle(elem, target),
            &super::Type::Named(_, u) if u != ids::INVALID => {
                let mut path = self.value_cycle(u, target)?;
                path.insert(0, t);
                Some(path)
            }
            _ => None,
        }
    }

    /// Declares a method: checks its receiver and records it in the
    /// receiver type's method set.
    pub(super) fn method_decl(&mut self, fd: &'a ast::FuncDecl) {
        let recv = &fd.recv.as_ref().expect("a method")[..];
        let Some(field) = recv.first() else {
            self.error(fd.name.span, "method has no receiver");
            return;
        };
        // Go goes on with the first receiver.
        if recv.len() > 1 || field.names.len() > 1 {
            self.error(fd.name.span, "method has multiple receivers");
        }
        let (base_expr, pointer_recv) = match &field.ty.kind {
            ast::ExprKind::Star(inner) => (&**inner, true),
            _ => (&field.ty, false),
        };
        // A generic or package type's instance is the receiver its
        // instantiation gives; the program's own methods name theirs.
        let (base, own_package) = match self.generics.receiver.take() {
            Some(instance) => (instance, true),
            None => (self.type_expr(base_expr), false),
        };
        if base == ids::INVALID {
            return;
        }
        // As Go's validRecv, at the receiver's name (or type).
        let t = &self.info.types;
        let at = field.names.first().map_or(field.ty.span, |n| n.span);
        let name = t.name(base);
        // A type of another package is named with it (`bufio.Reader`).
        let imported = !own_package && name.split('[').next().is_some_and(|n| n.contains('.'));
        let why = match t.get(base) {
            super::Type::Named(..) if base <= ids::LAST_PREDECLARED || imported => Some(format!(
                "cannot define new methods on non-local type {name}"
            )),
            super::Type::Named(..) => match t.get(t.underlying(base)) {
                super::Type::Pointer(_) | super::Type::Interface(_) => Some(format!(
                    "invalid receiver type {name} (pointer or interface type)"
                )),
                _ => None,
            },
            super::Type::Basic(_) => Some(format!(
                "cannot define new methods on non-local type {name}"
            )),
            _ => Some(format!(
                "invalid receiver type {}",
                self.text(field.ty.span)
            )),
        };
        if let Some(why) = why {
            self.error(at, why);
            return;
        }
        // Methods key on the defined type, also when declared through an
        // alias of it.
        let base = self.info.types.canon(base);
        let recv_ty = if pointer_recv {
            self.info.types.intern(super::Type::Pointer(base))
        } else {
            base
        };
        let sig = self.signature(&fd.sig);
        let s = self.info.types.signature(sig).expect("a signature").clone();
        let mut params = vec![recv_ty];
        params.extend(&s.params);
        let full = self.info.types.func(params, s.results.clone(), s.variadic);
        let tname = self.info.types.name(base);
        let name = &fd.name.name;
        // A blank method is checked but never declared: it conflicts with
        // nothing and nothing can call it.
        let blank = name == "_";
        if !blank && let Some(field) = self.field_decl_span(base, name) {
            self.error(
                fd.name.span,
                format!(
                    "field and method with the same name {name}\n\t{}: other declaration of {name}",
                    pos(field)
                ),
            );
            return;
        }
        if !blank
            && let Some(prev) = self.info.methods.get(&(base, name.clone()))
            && !self.in_session()
        {
            let at = pos(self.info.objs[prev.func as usize].span.start);
            self.error(
                fd.name.span,
                format!("method {tname}.{name} already declared at {at}"),
            );
            return;
        }
        let obj = self.new_obj(
            &format!("{tname}.{name}"),
            ObjKind::Func,
            full,
            fd.name.span,
        );
        self.info.defs.insert(fd.name.span.start, obj);
        self.info.objs[obj as usize].used = true;
        if blank {
            return;
        }
        self.session_replaces_method(&(base, name.clone()), obj);
        self.info.methods.insert(
            (base, name.clone()),
            super::Method {
                func: obj,
                pointer_recv,
                sig,
            },
        );
    }

    /// `os.NAME` of its natives: variables, functions, and the system
    /// calls `gopackages/os.go` is written over.
    fn os_member(&mut self, name: &str) -> Option<Member> {
        let f = *OsFn::MEMBERS
            .iter()
            .find(|f| f.name().strip_prefix("os.") == Some(name))?;
        let Some(Member::Type(file)) = self.go_package_member("os", "File") else {
            return None;
        };
        let t = &mut self.info.types;
        let file_ptr = t.intern(super::Type::Pointer(file));
        let bytes = t.intern(super::Type::Slice(ids::BYTE));
        let strs = t.intern(super::Type::Slice(ids::STRING));
        let (s, int, u32_) = (ids::STRING, ids::INT, ids::UINT32);
        let ty = match f {
            OsFn::Args => strs,
            OsFn::Stdin | OsFn::Stdout | OsFn::Stderr => file_ptr,
            OsFn::Getenv => t.func(vec![s], vec![s], false),
            OsFn::LookupEnv => t.func(vec![s], vec![s, ids::BOOL], false),
            OsFn::Getpid => t.func(vec![], vec![int], false),
            OsFn::Open => t.func(vec![s, int, u32_], vec![int, int], false),
            OsFn::Read | OsFn::Write => t.func(vec![int, bytes], vec![int, int], false),
            OsFn::Close => t.func(vec![int], vec![int], false),
            OsFn::Mkdir => t.func(vec![s, u32_], vec![int], false),
            OsFn::Remove | OsFn::RemoveAll => t.func(vec![s], vec![int], false),
            OsFn::Stat => t.func(vec![s, ids::BOOL], vec![ids::INT64, u32_, int], false),
            OsFn::Fastrand => t.func(vec![], vec![u32_], false),
            OsFn::Rename => t.func(vec![s, s], vec![int], false),
            OsFn::Seek => t.func(vec![int, ids::INT64, int], vec![ids::INT64, int], false),
            OsFn::Fsync => t.func(vec![int], vec![int], false),
            OsFn::ReadDir => {
                let types = t.intern(super::Type::Slice(u32_));
                t.func(vec![s], vec![strs, types, int], false)
            }
            OsFn::Getwd => t.func(vec![], vec![s, int], false),
            OsFn::Chdir => t.func(vec![s], vec![int], false),
            OsFn::Chmod => t.func(vec![s, u32_], vec![int], false),
            OsFn::Truncate => t.func(vec![s, ids::INT64], vec![int], false),
            OsFn::Setenv => t.func(vec![s, s], vec![], false),
            OsFn::Unsetenv => t.func(vec![s], vec![], false),
            OsFn::Pread | OsFn::Pwrite => {
                t.func(vec![int, bytes, ids::INT64], vec![int, int], false)
            }
            OsFn::Ftruncate => t.func(vec![int, ids::INT64], vec![int], false),
            OsFn::Environ => t.func(vec![], vec![strs], false),
            OsFn::Readlink => t.func(vec![s], vec![s, int], false),
            OsFn::Symlink => t.func(vec![s, s], vec![int], false),
        };
        Some(if f.is_var() {
            Member::Var(Native::Os(f), ty)
        } else {
            Member::Func(Native::Os(f), ty)
        })
    }

    /// `unicode.NAME`: its natives and its variables, whose types
    /// (`RangeTable`, `CaseRange`, `SpecialCase`) `unicode.go` declares.
    pub(super) fn unicode_member(&mut self, name: &str) -> Option<Member> {
        use crate::bytecode::UnicodeVar as V;
        let mut unicode_type = |name: &str| match self.go_package_member("unicode", name) {
            Some(Member::Type(ty)) => Some(ty),
            _ => None,
        };
        let Some(v) = V::find(name) else {
            let table = match name {
                "Is" => Some(unicode_type("RangeTable")?),
                _ => None,
            };
            let t = &mut self.info.types;
            let table = table.map(|ty| t.intern(super::Type::Pointer(ty)));
            return super::packages::unicode(t, name, table);
        };
        let ty = match v {
            V::CaseRanges => unicode_type("CaseRange")?,
            V::TurkishCase | V::AzeriCase => unicode_type("SpecialCase")?,
            _ => unicode_type("RangeTable")?,
        };
        let t = &mut self.info.types;
        let table = t.intern(super::Type::Pointer(ty));
        let ty = match v {
            V::Table(_) => table,
            V::Categories | V::Scripts | V::Properties | V::FoldCategory | V::FoldScript => {
                t.intern(super::Type::Map(ids::STRING, table))
            }
            V::GraphicRanges | V::PrintRanges => t.intern(super::Type::Slice(table)),
            V::CaseRanges => t.intern(super::Type::Slice(ty)),
            V::TurkishCase | V::AzeriCase => ty,
        };
        Some(Member::Var(Native::UnicodeVar(v), ty))
    }

    /// The standard package type `path.name`, made (with its native
    /// methods) on first use.
    fn package_type(&mut self, path: &str, name: &str) -> Option<TypeId> {
        let key = (path.to_string(), name.to_string());
        if let Some(&ty) = self.pkg_types.get(&key) {
            return Some(ty);
        }
        let (named, methods) = match (path, name) {
            ("time", "Time" | "Timer" | "Ticker") => {
                let duration = self.package_type("time", "Duration")?;
                let time = match name {
                    "Time" => None,
                    _ => Some(self.package_type("time", "Time")?),
                };
                super::packages::make_time_type(&mut self.info.types, name, duration, time)?
            }
            ("sync", "Cond") => {
                let locker = self.package_type("sync", "Locker")?;
                super::packages::make_cond(&mut self.info.types, locker)
            }
            ("fmt", "Formatter") => {
                // `interface { Format(f State, verb rune) }`.
                let state = self.package_type("fmt", "State")?;
                let t = &mut self.info.types;
                let named = t.new_named("fmt.Formatter");
                let sig = t.func(vec![state, ids::RUNE], vec![], false);
                let iface = t.intern(super::Type::Interface(vec![("Format".into(), sig)]));
                t.set_underlying(named, iface);
                (named, Vec::new())
            }
            _ => super::packages::make_type(&mut self.info.types, path, name)?,
        };
        self.pkg_types.insert(key, named);
        let recv = self.info.types.intern(super::Type::Pointer(named));
        for m in methods {
            let sig = self
                .info
                .types
                .signature(m.sig)
                .cloned()
                .expect("a method signature");
            let recv_ty = if m.pointer_recv { recv } else { named };
            let mut params = vec![recv_ty];
            params.extend(sig.params);
            let full = self.info.types.func(params, sig.results, sig.variadic);
            let obj = self.new_obj(
                m.native.name(),
                ObjKind::Native(m.native),
                full,
                Span::default(),
            );
            self.info.methods.insert(
                (named, m.name.to_string()),
                super::Method {
                    func: obj,
                    pointer_recv: m.pointer_recv,
                    sig: m.sig,
                },
            );
        }
        if (path, name) == ("fmt", "State") {
            // A program that can write a Format method gets the State fmt
            // passes it, and the interface fmt tests operands against.
            self.package_type("fmt", "pp");
            self.package_type("fmt", "Formatter");
        }
        Some(named)
    }

    /// Checks a const spec (`src` gives its type and values), declaring the
    /// names in a function, or filling in `objs` at package level.
    fn const_spec(&mut self, vs: &'a ValueSpec, src: &'a ValueSpec, objs: Option<&[ObjId]>) {
        let ty = src.ty.as_ref().map(|t| self.type_expr(t));
        // Only boolean, numeric and string types have constants.
        let invalid_type = src.ty.as_ref().zip(ty).filter(|&(_, t)| {
            let tt = &self.info.types;
            t != ids::INVALID && !(tt.is_boolean(t) || tt.is_numeric(t) || tt.is_string(t))
        });
        if let Some((texpr, t)) = invalid_type {
            let tn = self.info.types.name(t);
            self.error(texpr.span, format!("invalid constant type {tn}"));
        }
        let saved = self.iota.replace(vs.iota);
        for (i, name) in vs.names.iter().enumerate() {
            let value = src.values.get(i).filter(|_| invalid_type.is_none());
            let Some(value) = value else {
                if invalid_type.is_none() && i == src.values.len() {
                    self.error(name.span, format!("missing init expr for {}", name.name));
                }
                match objs {
                    Some(objs) => self.info.objs[objs[i] as usize].ty = ids::INVALID,
                    None => {
                        let obj = self.new_obj(
                            &name.name,
                            ObjKind::Const(Const::Bool(false)),
                            ids::INVALID,
                            name.span,
                        );
                        self.declare(name, obj);
                        self.info.objs[obj as usize].used = true;
                    }
                }
                continue;
            };
            let first_error = self.errors.len();
            let mut op = self.expr(value);
            if let Some(t) = ty {
                self.assign_to(&mut op, t, "constant declaration");
            }
            let (ty, val) = match &op.mode {
                Mode::Const(c) => (op.ty, c.clone()),
                _ => {
                    if op.ty != ids::INVALID {
                        let d = self.describe(&op);
                        self.error(value.span, format!("{d} is not constant"));
                    }
                    (ids::INVALID, Const::Bool(false))
                }
            };
            if !std::ptr::eq(src, vs) {
                // As Go's `errpos`: an error in a value repeated from an
                // earlier spec is reported at the name it is given to.
                for e in &mut self.errors[first_error..] {
                    e.span = name.span;
                }
            }
            match objs {
                Some(objs) => {
                    let o = &mut self.info.objs[objs[i] as usize];
                    o.ty = ty;
                    o.kind = ObjKind::Const(val);
                }
                None => {
                    let obj = self.new_obj(&name.name, ObjKind::Const(val), ty, name.span);
                    self.declare(name, obj);
                    // Unused local constants are not an error in Go.
                    self.info.objs[obj as usize].used = true;
                }
            }
        }
        if let Some(extra) = src.values.get(vs.names.len()) {
            // A spec that repeats the previous one's values is reported at
            // its first name.
            if std::ptr::eq(src, vs) {
                let text = self.expr_string(extra.span);
                self.error(extra.span, format!("extra init expr {text}"));
            } else {
                let at = pos(self.info.offset(extra.span.start));
                self.error(vs.names[0].span, format!("extra init expr at {at}"));
            }
        }
        self.iota = saved;
    }

    /// Checks a var spec; declares local names (package-level ones exist).
    pub fn var_spec(&mut self, vs: &'a ValueSpec, package: bool) {
        let declared = vs.ty.as_ref().map(|t| self.type_expr(t));
        let (n, r) = (vs.names.len(), vs.values.len());
        let types: Vec<TypeId> = if vs.values.is_empty() {
            vec![declared.unwrap_or(ids::INVALID); n]
        } else if r > 1 && r != n {
            // As Go does, each name takes its own value, and the first
            // value or name left over is reported.
            let types = (0..n)
                .map(|i| match vs.values.get(i) {
                    Some(_) => {
                        let (name, value) = (&vs.names[i..=i], &vs.values[i..=i]);
                        self.init_values(name, value, declared, "variable declaration")[0]
                    }
                    None => declared.unwrap_or(ids::INVALID),
                })
                .collect();
            if r > n {
                let extra = &vs.values[n];
                let text = self.expr_string(extra.span);
                self.error(extra.span, format!("extra init expr {text}"));
            } else {
                let name = &vs.names[r];
                self.error(name.span, format!("missing init expr for {}", name.name));
            }
            types
        } else {
            self.init_values(&vs.names, &vs.values, declared, "variable declaration")
        };
        for (name, ty) in vs.names.iter().zip(types) {
            if package {
                if let Some(obj) = self.info.def(name.span) {
                    self.info.objs[obj as usize].ty = ty;
                }
            } else {
                self.declare_local(name, ty);
            }
        }
    }

    /// Declares a local variable in the innermost scope.
    pub fn declare_local(&mut self, name: &ast::Ident, ty: TypeId) -> ObjId {
        let obj = self.new_obj(&name.name, ObjKind::Var { global: false }, ty, name.span);
        self.declare(name, obj);
        if name.name == "_" {
            self.info.objs[obj as usize].used = true;
        } else if self.session_var(obj) {
            return obj;
        }
        if let Some(f) = self.funcs.last_mut() {
            f.locals.push(obj);
        }
        obj
    }

    /// Checks initializers for `names` (a var spec or `:=`), returning each
    /// name's type: the declared one, or the default type of its value.
    pub fn init_values(
        &mut self,
        names: &[ast::Ident],
        values: &'a [ast::Expr],
        declared: Option<TypeId>,
        context: &str,
    ) -> Vec<TypeId> {
        if let Some(t) = declared {
            self.infer_from_targets(values, &vec![t; values.len()]);
        }
        let ops = self.rhs_operands(names.len(), values, "variables");
        let Some(mut ops) = ops else {
            return vec![declared.unwrap_or(ids::INVALID); names.len()];
        };
        ops.iter_mut()
            .map(|op| match declared {
                Some(t) => {
                    self.assign_to(op, t, context);
                    t
                }
                None => {
                    if op.ty == ids::UNTYPED_NIL {
                        self.error(op.span, format!("use of untyped nil in {context}"));
                        return ids::INVALID;
                    }
                    if matches!(op.mode, Mode::NoValue) {
                        let d = self.describe(op);
                        self.error(op.span, format!("{d} used as value"));
                        return ids::INVALID;
                    }
                    let t = self.info.types.default_type(op.ty);
                    self.represent(op, t, context);
                    t
                }
            })
            .collect()
    }

    /// The signature type of a function type expression.
    pub fn signature(&mut self, ft: &'a ast::FuncType) -> TypeId {
        // A function type contains none of its parameter and result types.
        self.indirectly(|c| c.signature_of(ft))
    }

    /// [`Self::signature`].
    fn signature_of(&mut self, ft: &'a ast::FuncType) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, f) in ft.params.iter().enumerate() {
            let ty = match &f.ty.kind {
                ast::ExprKind::Ellipsis(elem) => {
                    if i + 1 != ft.params.len() || f.names.len() > 1 {
                        self.error(f.ty.span, "can only use ... with final parameter in list");
                    }
                    variadic = true;
                    let e = self.type_expr(elem);
                    self.info.types.intern(super::Type::Slice(e))
                }
                _ => self.type_expr(&f.ty),
            };
            for _ in 0..f.names.len().max(1) {
                params.push(ty);
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let ty = self.type_expr(&f.ty);
            for _ in 0..f.names.len().max(1) {
                results.push(ty);
            }
        }
        // Messages show the names, as Go's do (`func(x int) (n int)`).
        let names = |fields: &[ast::Field]| -> Vec<String> {
            fields
                .iter()
                .flat_map(|f| f.names.iter().map(|n| n.name.clone()))
                .collect()
        };
        let names = (names(&ft.params), names(&ft.results));
        self.info.types.intern(super::Type::Func(super::Signature {
            params,
            results,
            variadic,
            names,
        }))
    }

    /// Checks a function declaration's body.
    pub(super) fn func_body(&mut self, fd: &'a ast::FuncDecl) {
        let Some(body) = &fd.body else {
            // Go reports it after `func`: at the name, or a method's receiver.
            let at = self.next_token(fd.span.start + 4) as usize;
            let span = Span::new(at, at + 1);
            self.after_check
                .push(Diagnostic::new(span, "missing function body"));
            return;
        };
        let obj = self.info.def(fd.name.span);
        let sig = match obj {
            Some(o) => {
                self.resolve_pkg_obj(o);
                self.info.objs[o as usize].ty
            }
            None => return,
        };
        let recv = fd.recv.as_ref().and_then(|r| r.first());
        self.dep_stack.push(Vec::new());
        self.func(fd.span, &fd.sig, sig, body, None, recv);
        let deps = self.dep_stack.pop().expect("pushed above");
        if let Some(o) = obj {
            self.deps.insert(o, deps);
        }
    }

    /// Checks the body of a function declaration or literal with signature
    /// `sig`; `span` keys it in `Info::funcs`.
    pub fn func(
        &mut self,
        span: Span,
        ft: &'a ast::FuncType,
        sig: TypeId,
        body: &'a ast::Block,
        parent: Option<u32>,
        recv: Option<&'a ast::Field>,
    ) {
        let idx = self.info.funcs.len() as u32;
        self.info.funcs.push(FuncInfo {
            sig,
            parent,
            params: Vec::new(),
            results: Vec::new(),
            captures: Vec::new(),
            has_defer: false,
            defers: 0,
            defers_not_open: false,
            range_state: None,
            range_results: Vec::new(),
            range_frame: None,
        });
        self.info.func_index.insert(span.start, idx);
        self.funcs.push(FuncCtx {
            idx,
            breakable: Vec::new(),
            labels: HashMap::new(),
            locals: Vec::new(),
        });
        self.collect_labels(&body.stmts);
        self.check_gotos(body);
        self.scopes.push(HashMap::new());
        let (param_tys, result_tys) = match self.info.types.signature(sig) {
            Some(s) => (s.params.clone(), s.results.clone()),
            None => (Vec::new(), Vec::new()),
        };
        let mut params = Vec::new();
        let mut tys = param_tys.iter();
        // A method's receiver is its first parameter.
        for f in recv.into_iter().chain(&ft.params) {
            if f.names.is_empty() {
                tys.next();
                params.push(None);
            }
            for n in &f.names {
                let ty = tys.next().copied().unwrap_or(ids::INVALID);
                let o = self.declare_local(n, ty);
                self.info.objs[o as usize].used = true;
                params.push(Some(o));
            }
        }
        let mut results = Vec::new();
        let mut tys = result_tys.iter();
        for f in &ft.results {
            if f.names.is_empty() {
                tys.next();
                results.push(None);
            }
            for n in &f.names {
                let ty = tys.next().copied().unwrap_or(ids::INVALID);
                let o = self.declare_local(n, ty);
                self.info.objs[o as usize].used = true;
                results.push(Some(o));
            }
        }
        self.info.funcs[idx as usize].params = params;
        self.info.funcs[idx as usize].results = results;
        if !self.session_body(span, body) {
            self.stmts(&body.stmts);
        }
        if !result_tys.is_empty() && !self.is_terminating_list(&body.stmts) {
            self.error(
                Span::new(body.span.end as usize - 1, body.span.end as usize),
                "missing return",
            );
        }
        self.scopes.pop();
        let ctx = self.funcs.pop().expect("pushed above");
        let mut unused: Vec<(&String, &(Span, bool))> =
            ctx.labels.iter().filter(|(_, (_, used))| !used).collect();
        unused.sort_by_key(|(_, (span, _))| span.start);
        for (name, (span, _)) in unused {
            self.errors.push(Diagnostic::new(
                *span,
                format!("label {name} defined and not used"),
            ));
        }
        self.report_unused(&ctx.locals);
    }

    /// `declared and not used` for each of `locals` never used.
    pub(super) fn report_unused(&mut self, locals: &[ObjId]) {
        for &obj in locals {
            let o = &self.info.objs[obj as usize];
            if !o.used && !self.in_session() {
                let (span, name) = (o.span, o.name.clone());
                self.error(span, format!("declared and not used: {name}"));
            }
        }
    }
}

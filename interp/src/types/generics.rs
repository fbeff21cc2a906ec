//! Generics: type parameters, constraints, inference and instantiation.
//!
//! gojit compiles generic code per instantiation. An instance of a generic
//! function or method is a copy of its declaration (`grammar::relocated`)
//! with fresh node ids and spans moved to a region of their own past the
//! file's ([`Info::offset`]), so everything keyed by node or span keeps the
//! instances apart; the checker checks that copy with each type parameter
//! bound to its type argument, as an ordinary function. An instance of a
//! generic type is a defined type of its own (`List[int]`) whose methods
//! are instances too.
//!
//! Each declaration is also checked once on its own, as Go checks generic
//! code: its own instance, whose type arguments are its type parameters
//! ([`super::Type::TypeParam`]), has its bodies checked first and is never
//! compiled. Instances are checked as well (the compiler trusts the
//! checker); what Go's checker decides in the generic body because it
//! depends on a type parameter, they decide alike (the instance scope's
//! names for type arguments are known as type parameters). An error in a
//! body is reported once, at the declaration's position.
//!
//! Inference unifies the declaration's type expressions with types:
//! function arguments, constraints' core types and methods (through
//! generic constraints' declarations), and, for a generic function used
//! as a value, the function type its context expects.

use std::collections::{HashMap, HashSet};

use grammar::ast::{self, Expr, ExprKind, Span, UnaryOp};

use super::check::Checker;
use super::expr::Operand;
use super::lookup::Lookup;
use super::packages::Member;
use super::{Mode, ObjId, ObjKind, Term, Type, TypeId, ids};

/// A generic declaration.
#[derive(Clone, Copy, Debug)]
pub(super) enum Generic<'a> {
    Func(&'a ast::FuncDecl),
    Type(&'a ast::TypeSpec),
}

/// The checker's record of generic declarations and their instances.
#[derive(Clone, Debug, Default)]
pub(in crate::types) struct Generics<'a> {
    /// Each generic function's and type's declaration, by object.
    pub decls: HashMap<ObjId, Generic<'a>>,
    /// Methods whose receiver is a generic type, found by its name.
    pub methods: Vec<&'a ast::FuncDecl>,
    /// Instances made so far: the function object or the defined type.
    funcs: HashMap<(ObjId, Vec<TypeId>), ObjId>,
    types: HashMap<(ObjId, Vec<TypeId>), TypeId>,
    /// Instance bodies still to check, with their package (`None` for the
    /// program's) and their type parameters' bindings.
    pub pending: Vec<(&'a ast::FuncDecl, Option<String>, Bindings)>,
    /// The bodies of declarations' own instances still to check.
    own_pending: Vec<(&'a ast::FuncDecl, Option<String>, Bindings)>,
    /// The scopes of the packages written in Go that the program imports.
    packages: HashMap<String, HashMap<String, ObjId>>,
    /// The package written in Go each of their generic declarations is in.
    pkg_of: HashMap<ObjId, String>,
    /// Their package-level variables: each one's package and declaration.
    pub pkg_vars: HashMap<ObjId, (String, &'static ast::ValueSpec)>,
    /// Those variables checked so far (in a REPL session, by any input).
    vars_checked: HashSet<ObjId>,
    /// The methods of those packages' types, by package and type name.
    pkg_methods: HashMap<(String, String), Vec<&'a ast::FuncDecl>>,
    /// Relocated copies made so far (the next one goes one stride further).
    copies: u32,
    /// The instance whose method is being declared: its receiver type.
    pub receiver: Option<TypeId>,
    /// Instances made of each generic function.
    counts: HashMap<ObjId, usize>,
    /// The type names an instance's scope binds to its type arguments:
    /// what Go's checker sees as type parameters, so that what depends on
    /// them is judged as Go judges generic code.
    type_params: HashSet<ObjId>,
    /// Generic functions used as values (`g`, `g[int]`, by node) where a
    /// function type is expected, and the instance that type chose.
    by_target: HashMap<ast::NodeId, ObjId>,
    /// Where `unsafe.Sizeof` or `Alignof` (by offset in the file) takes a
    /// value whose size depends on a type parameter: no constant, also
    /// in instances.
    pub var_sizes: HashSet<u32>,
    /// The program's generic declarations not yet checked on their own.
    unchecked: Vec<ObjId>,
    /// The type parameters of each generic type of the program whose type
    /// parameter list has been read ([`Checker::declare_type_params`];
    /// none while it is being read).
    own_targs: HashMap<ObjId, Vec<TypeId>>,
    /// Generic types found invalid recursive types.
    pub invalid: HashSet<ObjId>,
    /// While types and methods are being declared, the instances of
    /// generic types made, whose type arguments are checked against their
    /// constraints once every method is known (as Go verifies them later).
    deferred: Option<Vec<DeferredInstance>>,
}

/// Instances of one generic function past which gojit reports an
/// instantiation cycle.
const MAX_INSTANCES: usize = 500;

/// What inference knows of the generic function called: its package,
/// type parameters (and their names) and parameter types.
struct Inference<'i, 'a> {
    pkg: &'i Option<String>,
    tparams: &'i [TypeParam<'a>],
    names: &'i [&'i str],
    params: &'i [&'a Expr],
}

/// A constraint's methods: names and signature type expressions.
type Methods = Vec<(String, Expr)>;

/// An instance whose type arguments are yet to be checked: the generic
/// type, the type arguments, where the instance and they were given.
type DeferredInstance = (ObjId, Vec<TypeId>, Span, Vec<Span>);

/// Type parameters' names and the types bound to them.
type Bindings = Vec<(String, TypeId)>;

/// A type parameter: its name and its constraint.
type TypeParam<'a> = (&'a ast::Ident, &'a Expr);

/// Which method bodies of a generic type's instance are checked.
#[derive(Clone, Copy, Debug)]
enum Own<'a> {
    /// None: an instance of a use (compiled ones have theirs checked).
    No,
    /// The type's own instance: those whose receiver keeps the type's
    /// names for its type parameters.
    Type,
    /// An instance made for this method, whose receiver renames them.
    Method(&'a ast::FuncDecl),
}

/// The type parameters of a declaration, one per name.
fn type_params(fields: &[ast::Field]) -> Vec<TypeParam<'_>> {
    fields
        .iter()
        .flat_map(|f| f.names.iter().map(move |n| (n, &f.ty)))
        .collect()
}

/// Each type parameter bound to its type argument.
fn bind(tparams: &[TypeParam<'_>], targs: &[TypeId]) -> Bindings {
    tparams
        .iter()
        .zip(targs)
        .map(|((n, _), &t)| (n.name.clone(), t))
        .collect()
}

/// The parameters of a signature, one type expression per parameter.
fn param_exprs(fields: &[ast::Field]) -> Vec<&Expr> {
    fields
        .iter()
        .flat_map(|f| std::iter::repeat_n(&f.ty, f.names.len().max(1)))
        .collect()
}

impl<'a> Checker<'a> {
    /// Runs `f` where only the universe, the package and the type
    /// parameters `bindings` are in scope: an instance sees what its
    /// declaration sees, never the scope that instantiates it.
    pub(super) fn in_instance_scope<R>(
        &mut self,
        pkg: &Option<String>,
        bindings: &[(String, TypeId)],
        f: impl FnOnce(&mut Self) -> R,
    ) -> R {
        // The universe and package scopes (a checker may not have made
        // the package's yet).
        let no_package = self.scopes.len() < 2;
        if no_package {
            self.scopes.push(HashMap::new());
        }
        let outer = self.scopes.split_off(2);
        // A package written in Go sees its own declarations and imports.
        let program = pkg.as_ref().map(|p| {
            let scope = self.generics.packages.get(p).cloned().unwrap_or_default();
            let dot_names = std::mem::take(&mut self.dot_names);
            (std::mem::replace(&mut self.scopes[1], scope), dot_names)
        });
        let funcs = std::mem::take(&mut self.funcs);
        let iota = self.iota.take();
        let mut scope = HashMap::new();
        for (name, ty) in bindings.iter().filter(|(n, _)| n != "_") {
            let obj = self.new_obj(name, ObjKind::TypeName, *ty, Span::default());
            self.info.objs[obj as usize].used = true;
            self.generics.type_params.insert(obj);
            scope.insert(name.clone(), obj);
        }
        self.scopes.push(scope);
        let r = f(self);
        self.scopes.truncate(2);
        if let Some((program, dot_names)) = program {
            self.scopes[1] = program;
            self.dot_names = dot_names;
        }
        self.scopes.extend(outer);
        if no_package {
            self.scopes.pop();
        }
        self.funcs = funcs;
        self.iota = iota;
        r
    }

    /// Declares a generic function or type; it is checked per instance.
    pub(super) fn declare_generic(&mut self, name: &ast::Ident, g: Generic<'a>) {
        let kind = match g {
            Generic::Func(_) => ObjKind::GenericFunc,
            Generic::Type(_) => ObjKind::GenericType,
        };
        let obj = self.new_obj(&name.name, kind, ids::INVALID, name.span);
        self.info.objs[obj as usize].used = true;
        self.declare(name, obj);
        self.generics.decls.insert(obj, g);
        self.generics.unchecked.push(obj);
    }

    /// Checks the program's generic declarations once each, as Go checks
    /// generic code: each is instantiated with type parameters of its own
    /// ([`super::Type::TypeParam`]) as its type arguments, and the bodies
    /// of that instance (the function's, or the type's methods') are
    /// checked with the instances' bodies, first.
    pub(super) fn check_generic_decls(&mut self) {
        for obj in std::mem::take(&mut self.generics.unchecked) {
            if self.generics.invalid.contains(&obj) {
                continue;
            }
            let g = self.generics.decls[&obj];
            let (fields, at) = match g {
                Generic::Func(fd) => (&fd.type_params, fd.name.span),
                Generic::Type(ts) => (&ts.type_params, ts.name.span),
            };
            let tparams = type_params(fields);
            self.check_unique_names(tparams.iter().map(|(n, _)| *n));
            self.declare_type_params(obj);
            let targs = match self.generics.own_targs.get(&obj) {
                Some(targs) => targs.clone(),
                None => self.own_type_params(&tparams),
            };
            match g {
                Generic::Func(_) => {
                    self.instantiate_func_as(obj, targs, at, &[], true);
                }
                Generic::Type(_) => {
                    self.instantiate_type_as(obj, targs, at, &[], Own::Type);
                }
            }
        }
    }

    /// Reads the type parameter list of the program's generic type `obj`
    /// as its declaration, once: where Go's checker would (in source
    /// order, or when a declaration under way first refers to it), so that
    /// a cycle through it is found as Go finds it
    /// ([`Checker::decl_cycle`]).
    pub(super) fn declare_type_params(&mut self, obj: ObjId) {
        if self.generics.own_targs.contains_key(&obj) || self.generics.pkg_of.contains_key(&obj) {
            return;
        }
        let Some(&Generic::Type(ts)) = self.generics.decls.get(&obj) else {
            return;
        };
        self.generics.own_targs.insert(obj, Vec::new());
        self.push_decl(obj, ids::INVALID, None);
        self.cycles.in_tparams = Some(obj);
        let targs = self.own_type_params(&type_params(&ts.type_params));
        self.pop_decl();
        self.generics.own_targs.insert(obj, targs);
    }

    /// Defers checking the type arguments of the generic types' instances
    /// made from now on, until [`Self::check_deferred_type_args`]: the
    /// types' methods are being declared, a constraint's may be missing.
    pub(super) fn defer_type_args(&mut self) {
        self.generics.deferred = Some(Vec::new());
    }

    /// Checks the type arguments of the instances made since
    /// [`Self::defer_type_args`] against their constraints.
    pub(super) fn check_deferred_type_args(&mut self) {
        for (obj, targs, at, arg_at) in self.generics.deferred.take().unwrap_or_default() {
            let Generic::Type(ts) = self.generics.decls[&obj] else {
                continue;
            };
            let tparams = type_params(&ts.type_params);
            let pkg = self.generics.pkg_of.get(&obj).cloned();
            let base = self.generic_name(obj);
            self.check_type_args(&pkg, &base, &tparams, &targs, at, &arg_at);
        }
    }

    /// The program's generic types whose type parameter lists are not read
    /// yet.
    pub(super) fn undeclared_generic_types(&self) -> Vec<ObjId> {
        let g = &self.generics;
        (g.decls.iter())
            .filter(|(o, d)| {
                matches!(d, Generic::Type(_))
                    && !g.pkg_of.contains_key(o)
                    && !g.own_targs.contains_key(o)
            })
            .map(|(&o, _)| o)
            .collect()
    }

    /// A type parameter type for each of `tparams`, constrained as
    /// declared (a constraint may mention the others).
    fn own_type_params(&mut self, tparams: &[TypeParam<'a>]) -> Vec<TypeId> {
        let names: Vec<&str> = tparams.iter().map(|(n, _)| n.name.as_str()).collect();
        self.type_params_named(tparams, &names)
    }

    /// [`Self::own_type_params`] named `names` instead, as a method's
    /// receiver may rename them (`func (l *List[U]) M()`): the constraints
    /// are the declaration's, read with its names for the new parameters.
    fn type_params_named(&mut self, tparams: &[TypeParam<'a>], names: &[&str]) -> Vec<TypeId> {
        let tps: Vec<TypeId> = (names.iter())
            .map(|n| self.info.types.new_type_param(n))
            .collect();
        let bindings = bind(tparams, &tps);
        for (&(_, cexpr), &tp) in tparams.iter().zip(&tps) {
            let c = self.in_instance_scope(&None, &bindings, |c| {
                c.indirectly(|c| c.constraint_type(cexpr))
            });
            self.info.types.set_constraint(tp, c);
        }
        tps
    }

    /// Forgets the methods of types made with type parameters, which
    /// only checking generic bodies needed: the compiler compiles every
    /// method it is told of.
    pub(super) fn drop_uncompiled_methods(&mut self) {
        let types = &self.info.types;
        self.info
            .methods
            .retain(|(t, _), _| !types.mentions_type_param(*t));
    }

    /// Whether the instance for `targs` is compiled: not when a type
    /// argument is (or is made with) a type parameter, which only checking
    /// a generic body makes.
    fn compiled(&self, targs: &[TypeId]) -> bool {
        !targs
            .iter()
            .any(|&t| self.info.types.mentions_type_param(t))
    }

    /// The generic function or type `e` names (`F`, or `pkg.F` of a
    /// package written in Go), if it names one.
    pub(super) fn generic_obj(&self, e: &Expr) -> Option<ObjId> {
        let obj = match &e.kind {
            ExprKind::Ident(name) => self.lookup(name)?,
            ExprKind::Selector(x, sel) => {
                let ExprKind::Ident(pkg) = &x.kind else {
                    return None;
                };
                let ObjKind::Package(path) = &self.info.objs[self.lookup(pkg)? as usize].kind
                else {
                    return None;
                };
                self.go_package_obj(path, &sel.name)?
            }
            _ => return None,
        };
        self.generics.decls.contains_key(&obj).then_some(obj)
    }

    /// The exported declaration `name` of the package written in Go at
    /// `path`, if it is loaded and declares one.
    pub(super) fn go_package_obj(&self, path: &str, name: &str) -> Option<ObjId> {
        if !name.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        self.generics.packages.get(path)?.get(name).copied()
    }

    /// Whether type expression `e` is a type parameter (`T`, `(T)`).
    pub(super) fn is_type_param(&self, e: &Expr) -> bool {
        matches!(&super::stmt::strip_parens(e).kind, ExprKind::Ident(n)
            if self.lookup(n).is_some_and(|o| self.generics.type_params.contains(&o)))
    }

    /// Whether type expression `e` mentions a type parameter (`T`,
    /// `[]T`, `I[T]`).
    pub(super) fn mentions_type_param(&self, e: &Expr) -> bool {
        let mut found = false;
        walk_idents(e, &mut |n| {
            found |= self
                .lookup(n)
                .is_some_and(|o| self.generics.type_params.contains(&o));
        });
        found
    }

    /// How far to move spans from the region starting at `from` (0 for the
    /// file, else a region of the span space past it) into a new region.
    fn next_shift(&mut self, from: u32) -> u32 {
        self.generics.copies += 1;
        let to = u64::from(super::SPAN_BASE)
            + u64::from(self.info.span_stride) * u64::from(self.generics.copies);
        u32::try_from(to - u64::from(from)).unwrap_or(0)
    }

    /// A generic declaration's name as messages print it (`F`,
    /// `slices.Index`).
    fn generic_name(&self, obj: ObjId) -> String {
        let name = &self.info.objs[obj as usize].name;
        match self.generics.pkg_of.get(&obj) {
            // A package is named after the last element of its path.
            Some(path) => format!("{}.{name}", super::packages::package_name(path)),
            None => name.clone(),
        }
    }

    /// Parses a package written in Go (`gopackages`) on its first import,
    /// and declares its functions and types in a scope of its own.
    pub(super) fn load_go_package(&mut self, path: &str, at: Span) {
        if self.generics.packages.contains_key(path) {
            return;
        }
        self.generics
            .packages
            .insert(path.to_string(), HashMap::new());
        let src = crate::gopackages::source(path).expect("a package written in Go");
        let mut file = match grammar::parse_file(src) {
            Ok(f) => f,
            Err(errs) => {
                let msg = errs.first().map_or(String::new(), |e| e.message.clone());
                self.error(at, format!("gojit: package {path} does not parse: {msg}"));
                return;
            }
        };
        // Its nodes follow the program's (and earlier packages') nodes, and
        // its spans lie past the file's, as an instance's do.
        let shift = self.next_shift(0);
        let next = grammar::relocate_file(&mut file, shift, self.info.exprs.len() as u32);
        self.info.exprs.resize(next as usize, None);
        self.info.uses.resize(next as usize, None);
        let file: &'static ast::File = Box::leak(Box::new(file));
        let mut scope = HashMap::new();
        for imp in &file.imports {
            if crate::gopackages::source(&imp.path).is_some() && !crate::gopackages::lazy(&imp.path)
            {
                self.load_go_package(&imp.path, at);
            }
            let name = super::packages::package_name(&imp.path);
            let obj = self.new_obj(name, ObjKind::Package(imp.path.clone()), ids::INVALID, at);
            self.info.objs[obj as usize].used = true;
            scope.insert(name.to_string(), obj);
        }
        for decl in &file.decls {
            let (name, g) = match decl {
                ast::Decl::Func(fd) if fd.recv.is_some() => {
                    // A method: instantiated with its type.
                    if let Some(base) = receiver_name(fd) {
                        self.generics
                            .pkg_methods
                            .entry((path.to_string(), base))
                            .or_default()
                            .push(fd);
                    }
                    continue;
                }
                ast::Decl::Func(fd) => (&fd.name, Generic::Func(fd)),
                ast::Decl::Gen(gd) => match gd.specs.first() {
                    Some(ast::Spec::Type(ts)) => (&ts.name, Generic::Type(ts)),
                    _ => continue,
                },
            };
            let kind = match g {
                Generic::Func(_) => ObjKind::GenericFunc,
                Generic::Type(_) => ObjKind::GenericType,
            };
            let obj = self.new_obj(&name.name, kind, ids::INVALID, at);
            self.info.objs[obj as usize].used = true;
            self.generics.decls.insert(obj, g);
            self.generics.pkg_of.insert(obj, path.to_string());
            scope.insert(name.name.clone(), obj);
        }
        // Variables: checked when first used (`resolve_pkg_obj`), in the
        // package's scope.
        for decl in &file.decls {
            let ast::Decl::Gen(gd) = decl else { continue };
            if gd.kind != ast::GenKind::Var {
                continue;
            }
            for spec in &gd.specs {
                let ast::Spec::Value(vs) = spec else { continue };
                for name in &vs.names {
                    let kind = ObjKind::Var { global: true };
                    let obj = self.new_obj(&name.name, kind, ids::INVALID, name.span);
                    self.info.objs[obj as usize].used = true;
                    self.generics.pkg_vars.insert(obj, (path.to_string(), vs));
                    scope.insert(name.name.clone(), obj);
                }
            }
        }
        self.generics.packages.insert(path.to_string(), scope);
        // Constants, in order, each group seeing the ones before it.
        let pkg = Some(path.to_string());
        for decl in &file.decls {
            if let ast::Decl::Gen(gd) = decl
                && gd.kind == ast::GenKind::Const
            {
                let consts = self.in_instance_scope(&pkg, &[], |c| {
                    c.collect_gen(gd, false);
                    c.scopes.last().cloned().unwrap_or_default()
                });
                if let Some(scope) = self.generics.packages.get_mut(path) {
                    scope.extend(consts);
                }
            }
        }
    }

    /// Checks the declaration of `obj`, a package-level variable of a
    /// package written in Go, when it is first used: its initializer sees
    /// that package's scope, and it joins `Info::package_vars`, after the
    /// variables its initializer names.
    pub(super) fn resolve_package_var(&mut self, obj: ObjId) {
        let Some((path, vs)) = self.generics.pkg_vars.get(&obj).cloned() else {
            return;
        };
        if !self.generics.vars_checked.insert(obj) {
            return;
        }
        // The spec's names, which it declares together (`var a, b = f()`):
        // the checker and compiler find them by their spans.
        let mut names = Vec::new();
        for n in &vs.names {
            let objs = &self.info.objs;
            let found = self.generics.pkg_vars.keys().copied();
            if let Some(o) = found.filter(|&k| objs[k as usize].span == n.span).min() {
                self.info.defs.insert(n.span.start, o);
                names.push(o);
            }
        }
        for &n in &names {
            self.generics.vars_checked.insert(n);
        }
        let pkg = Some(path);
        self.in_instance_scope(&pkg, &[], |c| c.var_spec(vs, true));
        self.info
            .package_vars
            .extend(names.iter().map(|&n| (n, vs)));
    }

    /// `pkg.Name` of a package written in Go, outside a call: a type (a
    /// generic one only instantiated), or a generic function (which must
    /// be instantiated).
    pub(super) fn go_package_member(&mut self, path: &str, name: &str) -> Option<Member> {
        if !name.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        self.load_go_package(path, Span::default());
        let obj = self.go_package_obj(path, name)?;
        if self.generics.pkg_vars.contains_key(&obj) {
            self.resolve_pkg_obj(obj);
            return Some(Member::PkgVar(obj));
        }
        let Some(&decl) = self.generics.decls.get(&obj) else {
            // A constant.
            let o = &self.info.objs[obj as usize];
            return match &o.kind {
                ObjKind::Const(c) => Some(Member::Const(c.clone(), o.ty)),
                _ => None,
            };
        };
        match decl {
            Generic::Type(ts) if ts.type_params.is_empty() => Some(Member::Type(
                self.instantiate_type(obj, Vec::new(), Span::default(), &[]),
            )),
            Generic::Func(fd) if fd.type_params.is_empty() => self
                .instantiate_func(obj, Vec::new(), Span::default(), &[])
                .map(Member::Instance),
            _ => Some(Member::Generic),
        }
    }

    /// How many type parameters a generic declaration has.
    pub(super) fn generic_arity(&self, obj: ObjId) -> usize {
        match self.generics.decls.get(&obj) {
            Some(Generic::Type(ts)) => type_params(&ts.type_params).len(),
            Some(Generic::Func(fd)) => type_params(&fd.type_params).len(),
            None => 0,
        }
    }

    /// The generic function or type `e` names, its package (if `e` is
    /// `pkg.Name`, or a dot import declared `Name`) counting as used.
    pub(super) fn use_generic(&mut self, e: &Expr) -> Option<ObjId> {
        self.prepare_package(e);
        let obj = self.generic_obj(e)?;
        match &e.kind {
            ExprKind::Selector(x, _) => {
                if let ExprKind::Ident(pkg) = &x.kind
                    && let Some(p) = self.lookup(pkg)
                {
                    self.info.objs[p as usize].used = true;
                }
            }
            ExprKind::Ident(name) => self.use_dot_import(name, obj),
            _ => {}
        }
        Some(obj)
    }

    /// A generic type as Go's messages print it: `Box[T any]`.
    pub(super) fn generic_type_string(&self, obj: ObjId) -> String {
        match self.generics.decls.get(&obj) {
            Some(Generic::Type(ts)) => {
                let params: Vec<&str> = ts.type_params.iter().map(|f| self.text(f.span)).collect();
                format!("{}[{}]", ts.name.name, params.join(", "))
            }
            _ => self.generic_name(obj),
        }
    }

    /// For `pkg.Name`: a REPL session imports `pkg` on first use, and a
    /// package written in Go is loaded.
    fn prepare_package(&mut self, e: &Expr) {
        let ExprKind::Selector(x, sel) = &e.kind else {
            return;
        };
        let ExprKind::Ident(pkg) = &x.kind else {
            return;
        };
        let Some(obj) = self.lookup(pkg).or_else(|| self.auto_import(pkg)) else {
            return;
        };
        if let ObjKind::Package(path) = self.info.objs[obj as usize].kind.clone()
            && crate::gopackages::source(&path).is_some()
            // A native of a lazy package (unicode's, the only one) leaves
            // its Go part unloaded.
            && !(crate::gopackages::lazy(&path) && self.unicode_member(&sel.name).is_some())
        {
            self.load_go_package(&path, x.span);
        }
    }

    /// The generic function `e` names, if it names one (its package
    /// counting as used).
    pub(super) fn generic_func(&mut self, e: &Expr) -> Option<ObjId> {
        self.prepare_package(e);
        self.generic_obj(e)
            .filter(|o| matches!(self.generics.decls[o], Generic::Func(_)))?;
        self.use_generic(e)
    }

    /// A relocated copy of `fd` with fresh node ids, living as long as the
    /// checked program; `compiled` when the instance is compiled from it.
    fn copy_decl(&mut self, fd: &ast::FuncDecl, compiled: bool) -> &'a ast::FuncDecl {
        // A declaration of a package written in Go is already shifted.
        let shift = self.next_shift(self.info.region(fd.span.start));
        let first = self.info.exprs.len() as u32;
        let (copy, next) = grammar::relocated(fd, shift, first);
        self.info.exprs.resize(next as usize, None);
        self.info.uses.resize(next as usize, None);
        let copy: &'static ast::FuncDecl = Box::leak(Box::new(copy));
        if compiled {
            self.info.instances.push(copy);
        }
        copy
    }

    /// `F[A, B]` or `List[A]` outside a call: an explicit instantiation.
    pub(super) fn instantiate_expr(
        &mut self,
        e: &'a Expr,
        obj: ObjId,
        args: &'a [Expr],
    ) -> Operand {
        let mut op = Operand::invalid(e);
        let targs: Vec<TypeId> = args.iter().map(|a| self.type_expr(a)).collect();
        if targs.contains(&ids::INVALID) {
            return op;
        }
        match self.generics.decls[&obj] {
            Generic::Type(_) => {
                let arg_at: Vec<Span> = args.iter().map(|a| a.span).collect();
                op.ty = self.instantiate_type(obj, targs, e.span, &arg_at);
                if op.ty != ids::INVALID {
                    op.mode = Mode::Type;
                }
            }
            Generic::Func(fd) => {
                let n = type_params(&fd.type_params).len();
                if targs.len() > n {
                    self.too_many_type_args(args, n);
                    return op;
                }
                if targs.len() < n
                    && let Some(inst) = self.instance_by_target(e)
                {
                    op.ty = self.info.objs[inst as usize].ty;
                    return op;
                }
                let mut targs = targs;
                if targs.len() < n {
                    // The rest may follow from the constraints' core types
                    // (`f2[byte]` with `B interface{ []A }`).
                    let tparams = type_params(&fd.type_params);
                    let names: Vec<&str> = tparams.iter().map(|(n, _)| n.name.as_str()).collect();
                    let pkg = self.generics.pkg_of.get(&obj).cloned();
                    let mut bound: Vec<Option<TypeId>> = vec![None; n];
                    for (b, &t) in bound.iter_mut().zip(&targs) {
                        *b = Some(t);
                    }
                    let inferred = self
                        .infer_from_core_types(&pkg, &tparams, &names, &mut bound)
                        .ok()
                        .and_then(|()| bound.into_iter().collect::<Option<Vec<TypeId>>>());
                    let Some(all) = inferred else {
                        let name = self.generic_name(obj);
                        self.error(
                            e.span,
                            format!("cannot use generic function {name} without instantiation"),
                        );
                        return op;
                    };
                    targs = all;
                }
                let arg_at: Vec<Span> = args.iter().map(|a| a.span).collect();
                if let Some(inst) = self.instantiate_func(obj, targs, e.span, &arg_at) {
                    self.use_instance(e, inst);
                    op.ty = self.info.objs[inst as usize].ty;
                }
            }
        }
        op
    }

    /// Reports more type arguments `args` than a generic function's `n`
    /// type parameters, at the first extra one, as Go does.
    fn too_many_type_args(&mut self, args: &[Expr], n: usize) {
        let got = args.len();
        self.error(
            args[n].span,
            format!("got {got} type arguments but want {n}"),
        );
    }

    /// Records that `e` denotes the function instance `inst`.
    pub(super) fn use_instance(&mut self, e: &Expr, inst: ObjId) {
        self.info.uses[e.id as usize] = Some(inst);
        if let Some(deps) = self.dep_stack.last_mut() {
            deps.push(inst);
        }
    }

    /// Reports whether the type arguments fit the type parameters (count
    /// and constraints); Go reports a wrong count at `at`, a type argument
    /// that does not satisfy its constraint where `arg_at` says it came
    /// from (else at `at`).
    #[allow(clippy::too_many_arguments)]
    fn check_type_args(
        &mut self,
        pkg: &Option<String>,
        what: &str,
        tparams: &[TypeParam<'a>],
        targs: &[TypeId],
        at: Span,
        arg_at: &[Span],
    ) -> bool {
        if targs.len() != tparams.len() {
            let (few, n) = (targs.len() < tparams.len(), tparams.len());
            self.error(
                at,
                format!(
                    "{} type arguments for type {what}: have {}, want {n}",
                    if few { "not enough" } else { "too many" },
                    targs.len()
                ),
            );
            return false;
        }
        let bindings = bind(tparams, targs);
        for (k, (&(_, cexpr), &targ)) in tparams.iter().zip(targs).enumerate() {
            let c = self.in_instance_scope(pkg, &bindings, |c| {
                c.indirectly(|c| c.constraint_type(cexpr))
            });
            if let Some(why) = self.unsatisfied(targ, c) {
                let t = self.info.types.name(targ);
                let cname = self.decl_text(pkg, cexpr.span);
                let at = arg_at.get(k).copied().unwrap_or(at);
                self.error(at, format!("{t} does not satisfy {cname}{why}"));
                return false;
            }
        }
        true
    }

    /// Why `t` does not satisfy constraint `c` (the parenthesized part of
    /// Go's message, possibly empty), or `None` when it does.
    fn unsatisfied(&self, t: TypeId, c: TypeId) -> Option<String> {
        let types = &self.info.types;
        if types.type_param(t).is_some_and(|tc| types.identical(tc, c)) {
            return None;
        }
        match types.get(types.underlying(c)).clone() {
            Type::Interface(_) => self.missing_method(t, c).map(|m| format!(" {m}")),
            Type::Constraint {
                methods,
                terms,
                comparable,
            } => {
                let includes = |term: &Term, t: TypeId, tilde: bool| {
                    if term.tilde {
                        types.identical(types.underlying(t), types.underlying(term.ty))
                    } else {
                        !tilde && types.identical(t, term.ty)
                    }
                };
                // A type parameter's type set must lie in the constraint's.
                let within = match types.type_param(t) {
                    None => terms.iter().flatten().any(|term| includes(term, t, false)),
                    Some(_) => types.terms(t).is_some_and(|ts| {
                        ts.iter().all(|x| {
                            (terms.iter().flatten()).any(|term| includes(term, x.ty, x.tilde))
                        })
                    }),
                };
                if let Some(terms) = &terms
                    && !within
                {
                    // Go names no missing type for a type parameter.
                    if types.type_param(t).is_some() {
                        return Some(String::new());
                    }
                    let tn = types.name(t);
                    return Some(format!(" ({tn} missing in {})", types.terms_string(terms)));
                }
                if comparable && !types.comparable(t) {
                    return Some(String::new());
                }
                let iface = self.info.types.intern_lookup(&Type::Interface(methods))?;
                self.missing_method(t, iface).map(|m| format!(" {m}"))
            }
            _ => None,
        }
    }

    /// The type a constraint expression denotes: an interface, or a
    /// [`Type::Constraint`] for a union (`~int | string`) or an interface
    /// with type elements.
    pub(super) fn constraint_type(&mut self, e: &'a Expr) -> TypeId {
        match &e.kind {
            ExprKind::Binary(ast::BinaryOp::Or, ..) | ExprKind::Unary(UnaryOp::Tilde, _) => {
                let mut terms = Vec::new();
                if self.union_terms(e, &mut terms) {
                    // A term that is any type makes the union any type.
                    return ids::ANY;
                }
                self.info.types.intern(Type::Constraint {
                    methods: Vec::new(),
                    terms: Some(terms),
                    comparable: false,
                })
            }
            _ => {
                // A type that is no interface constrains to itself (Go
                // reads `[P *S]` as `[P interface{ *S }]`).
                let ty = self.type_expr(e);
                let t = &mut self.info.types;
                match t.get(t.underlying(ty)) {
                    Type::Interface(_) | Type::Constraint { .. } | Type::Invalid => ty,
                    _ => t.intern(Type::Constraint {
                        methods: Vec::new(),
                        terms: Some(vec![Term { tilde: false, ty }]),
                        comparable: false,
                    }),
                }
            }
        }
    }

    /// The terms of a union type element, appended to `terms`; true when
    /// one of them is an interface that admits every type (`any`).
    pub(super) fn union_terms(&mut self, e: &'a Expr, terms: &mut Vec<Term>) -> bool {
        match &e.kind {
            ExprKind::Binary(ast::BinaryOp::Or, x, y) => {
                let x_all = self.union_terms(x, terms);
                self.union_terms(y, terms) || x_all
            }
            ExprKind::Paren(x) => self.union_terms(x, terms),
            ExprKind::Unary(UnaryOp::Tilde, x) => {
                let ty = self.type_expr(x);
                terms.push(Term { tilde: true, ty });
                false
            }
            _ => {
                let ty = self.type_expr(e);
                let t = &self.info.types;
                // A union's terms are types and method-less interfaces.
                let why = match t.get(t.underlying(ty)) {
                    Type::Constraint {
                        comparable: true, ..
                    } => Some(String::new()),
                    Type::Interface(ms) | Type::Constraint { methods: ms, .. }
                        if !ms.is_empty() =>
                    {
                        Some(format!(" ({} contains methods)", self.expr_string(e.span)))
                    }
                    _ => None,
                };
                if let Some(why) = why {
                    let x = self.expr_string(e.span);
                    self.error(e.span, format!("cannot use {x} in union{why}"));
                    return false;
                }
                match self.info.types.get(self.info.types.underlying(ty)).clone() {
                    Type::Constraint {
                        terms: Some(ts), ..
                    } => terms.extend(ts),
                    Type::Interface(_) => return true,
                    _ => terms.push(Term { tilde: false, ty }),
                }
                false
            }
        }
    }

    /// The canonical forms of `ts` (see [`super::TypeTable::canon`]).
    fn canonical_types(&self, ts: &[TypeId]) -> Vec<TypeId> {
        ts.iter().map(|&t| self.info.types.canon(t)).collect()
    }

    /// The instance of generic type `obj` for `targs`: a defined type named
    /// `List[int]`, with the generic type's methods instantiated.
    pub(super) fn instantiate_type(
        &mut self,
        obj: ObjId,
        targs: Vec<TypeId>,
        at: Span,
        arg_at: &[Span],
    ) -> TypeId {
        self.instantiate_type_as(obj, targs, at, arg_at, Own::No)
    }

    /// [`Self::instantiate_type`]; `own` says whose method bodies are
    /// checked, as for the type's own instance ([`Self::check_generic_decls`]).
    fn instantiate_type_as(
        &mut self,
        obj: ObjId,
        targs: Vec<TypeId>,
        at: Span,
        arg_at: &[Span],
        own: Own<'a>,
    ) -> TypeId {
        if self.decl_cycle(obj) || self.generics.invalid.contains(&obj) {
            return ids::INVALID;
        }
        self.declare_type_params(obj);
        // Identical type arguments (`byte`, `uint8`) make one instance.
        let key = (obj, self.canonical_types(&targs));
        if let Some(&t) = self.generics.types.get(&key) {
            // Each use is checked, as each is in Go.
            if let Some(deferred) = &mut self.generics.deferred {
                deferred.push((obj, targs, at, arg_at.to_vec()));
            }
            return t;
        }
        let Generic::Type(ts) = self.generics.decls[&obj] else {
            return ids::INVALID;
        };
        let tparams = type_params(&ts.type_params);
        let pkg = self.generics.pkg_of.get(&obj).cloned();
        let base = self.generic_name(obj);
        if targs.len() != tparams.len() {
            self.check_type_args(&pkg, &base, &tparams, &targs, at, arg_at);
            return ids::INVALID;
        }
        let names: Vec<&ast::Ident> = tparams.iter().map(|(n, _)| *n).collect();
        if self.expanding_instance(obj, &names, at, arg_at) {
            return ids::INVALID;
        }
        let named = if targs.is_empty() {
            // A type of a package written in Go that is not generic.
            self.info.types.new_named(&base)
        } else {
            self.info.types.new_instance(&base, targs.clone())
        };
        // Made before its constraints are checked: they may refer to it.
        self.generics.types.insert(key.clone(), named);
        if let Some(deferred) = &mut self.generics.deferred {
            deferred.push((obj, targs.clone(), at, arg_at.to_vec()));
        } else if !self.check_type_args(&pkg, &base, &tparams, &targs, at, arg_at) {
            // Each use of it is an error of its own.
            self.generics.types.remove(&key);
            return ids::INVALID;
        }
        let bindings = bind(&tparams, &targs);
        self.push_decl(obj, named, Some(&ts.ty));
        let saved = self.declared_literal.replace(ts.ty.id);
        let under = self.in_instance_scope(&pkg, &bindings, |c| c.type_expr(&ts.ty));
        self.declared_literal = saved;
        self.info.types.set_underlying(named, under);
        self.pop_decl();
        // The methods, each with its receiver's type parameter names.
        let methods: Vec<&'a ast::FuncDecl> = match &pkg {
            Some(p) => {
                let key = (p.clone(), ts.name.name.clone());
                self.generics
                    .pkg_methods
                    .get(&key)
                    .cloned()
                    .unwrap_or_default()
            }
            None => self
                .generics
                .methods
                .iter()
                .copied()
                .filter(|fd| receiver_base(fd).is_some_and(|(b, _)| b == base))
                .collect(),
        };
        let names: Vec<&str> = tparams.iter().map(|(n, _)| n.name.as_str()).collect();
        for fd in methods {
            let recv_names = receiver_base(fd).map(|(_, ns)| ns).unwrap_or_default();
            let renamed = recv_names.len() == names.len() && recv_names != names;
            let checked = match own {
                Own::No => false,
                Own::Type => !renamed,
                Own::Method(m) => std::ptr::eq(m, fd),
            };
            if renamed && matches!(own, Own::Type) {
                // It is checked (first, so that its errors are the ones
                // reported) in an instance of its own whose type parameters
                // have the receiver's names (`List[U]`), as Go names them.
                let recv_names: Vec<&str> = recv_names.iter().map(String::as_str).collect();
                let targs = self.type_params_named(&tparams, &recv_names);
                self.instantiate_type_as(obj, targs, at, &[], Own::Method(fd));
            }
            self.instantiate_method(fd, named, &pkg, &targs, checked);
        }
        named
    }

    /// Declares the instance of method `fd` for `named`, an instance of
    /// its receiver's generic type with type arguments `targs` (`own`: the
    /// type's own instance, whose method bodies are checked).
    fn instantiate_method(
        &mut self,
        fd: &'a ast::FuncDecl,
        named: TypeId,
        pkg: &Option<String>,
        targs: &[TypeId],
        own: bool,
    ) {
        let names = receiver_base(fd)
            .map(|(_, names)| names)
            .unwrap_or_default();
        let bindings: Vec<(String, TypeId)> = names
            .iter()
            .zip(targs)
            .map(|(n, &t)| (n.clone(), t))
            .collect();
        let compiled = self.compiled(targs);
        let copy = self.copy_decl(fd, compiled);
        self.in_instance_scope(pkg, &bindings, |c| {
            c.generics.receiver = Some(named);
            c.method_decl(copy)
        });
        if self.info.def(copy.name.span).is_some() {
            self.queue_body(copy, pkg.clone(), bindings, compiled, own);
        }
    }

    /// The instances of generic types made so far.
    pub(super) fn type_instances(&self) -> Vec<((ObjId, Vec<TypeId>), TypeId)> {
        self.generics
            .types
            .iter()
            .map(|(k, &v)| (k.clone(), v))
            .collect()
    }

    /// In a REPL session, methods declared (`methods[from..]`) after their
    /// generic type was instantiated (`instances`, made by earlier inputs):
    /// instantiated for those instances too.
    pub(super) fn instantiate_late_methods(
        &mut self,
        from: usize,
        instances: &[((ObjId, Vec<TypeId>), TypeId)],
    ) {
        let late: Vec<&'a ast::FuncDecl> = self.generics.methods[from..].to_vec();
        for fd in late {
            let Some((base, _)) = receiver_base(fd) else {
                continue;
            };
            for ((obj, targs), named) in instances {
                if !self.generics.pkg_of.contains_key(obj)
                    && self.info.objs[*obj as usize].name == base
                {
                    self.instantiate_method(fd, *named, &None, targs, false);
                }
            }
        }
    }

    /// The instance of generic function `obj` for `targs` (whose count the
    /// caller checked), or `None` when they do not satisfy its constraints.
    pub(super) fn instantiate_func(
        &mut self,
        obj: ObjId,
        targs: Vec<TypeId>,
        at: Span,
        arg_at: &[Span],
    ) -> Option<ObjId> {
        self.instantiate_func_as(obj, targs, at, arg_at, false)
    }

    /// [`Self::instantiate_func`]; `own` for the function's own instance
    /// ([`Self::check_generic_decls`]), whose body is checked.
    fn instantiate_func_as(
        &mut self,
        obj: ObjId,
        targs: Vec<TypeId>,
        at: Span,
        arg_at: &[Span],
        own: bool,
    ) -> Option<ObjId> {
        // Identical type arguments (`byte`, `uint8`) make one instance.
        let key = (obj, self.canonical_types(&targs));
        if let Some(&f) = self.generics.funcs.get(&key) {
            return Some(f);
        }
        let Generic::Func(fd) = self.generics.decls[&obj] else {
            return None;
        };
        let tparams = type_params(&fd.type_params);
        let pkg = self.generics.pkg_of.get(&obj).cloned();
        let name = self.generic_name(obj);
        if !self.check_type_args(&pkg, &name, &tparams, &targs, at, arg_at) {
            return None;
        }
        // A function whose instances instantiate it with ever larger type
        // arguments would never be done.
        let count = self.generics.counts.entry(obj).or_default();
        *count += 1;
        if *count > MAX_INSTANCES {
            if *count == MAX_INSTANCES + 1 {
                self.error(fd.name.span, format!("instantiation cycle in {name}"));
            }
            return None;
        }
        let bindings = bind(&tparams, &targs);
        let compiled = self.compiled(&targs);
        let copy = self.copy_decl(fd, compiled);
        let sig = self.in_instance_scope(&pkg, &bindings, |c| c.signature(&copy.sig));
        let inst = self.new_obj(&name, ObjKind::Func, sig, copy.name.span);
        self.info.objs[inst as usize].used = true;
        self.info.defs.insert(copy.name.span.start, inst);
        self.generics.funcs.insert(key, inst);
        self.queue_body(copy, pkg, bindings, compiled, own);
        Some(inst)
    }

    /// Queues an instance's body to be checked: a compiled instance's, or
    /// a declaration's own (first: where Go's checker finds an error in a
    /// generic body, an instance may find another at the same place).
    fn queue_body(
        &mut self,
        fd: &'a ast::FuncDecl,
        pkg: Option<String>,
        bindings: Bindings,
        compiled: bool,
        own: bool,
    ) {
        if own {
            self.generics.own_pending.push((fd, pkg, bindings));
        } else if compiled {
            self.generics.pending.push((fd, pkg, bindings));
        }
    }

    /// Checks the bodies of the instances made so far, and of those they
    /// make in turn.
    pub(super) fn check_instance_bodies(&mut self) {
        for (fd, pkg, bindings) in std::mem::take(&mut self.generics.own_pending) {
            self.in_instance_scope(&pkg, &bindings, |c| c.func_body(fd));
        }
        let mut next = 0;
        while let Some((fd, pkg, bindings)) = self.generics.pending.get(next).cloned() {
            next += 1;
            self.in_instance_scope(&pkg, &bindings, |c| c.func_body(fd));
        }
        self.generics.pending.clear();
    }

    /// A call of a generic function, its type arguments given (`F[int](x)`)
    /// or inferred from the arguments (`F(x)`).
    pub(super) fn generic_call(
        &mut self,
        e: &'a Expr,
        fun: &'a Expr,
        obj: ObjId,
        explicit: &'a [Expr],
        args: &'a [Expr],
        ellipsis: bool,
    ) -> Operand {
        let Generic::Func(fd) = self.generics.decls[&obj] else {
            unreachable!("callers pass generic functions");
        };
        let tparams = type_params(&fd.type_params);
        let mut bound: Vec<Option<TypeId>> = vec![None; tparams.len()];
        for (b, a) in bound.iter_mut().zip(explicit) {
            let t = self.type_expr(a);
            if t == ids::INVALID {
                return Operand::invalid(e);
            }
            *b = Some(t);
        }
        if explicit.len() > tparams.len() {
            self.too_many_type_args(explicit, tparams.len());
            return Operand::invalid(e);
        }
        let names: Vec<&str> = tparams.iter().map(|(n, _)| n.name.as_str()).collect();
        let params = param_exprs(&fd.sig.params);
        // Parameter types name things in the declaration's package.
        let pkg = self.generics.pkg_of.get(&obj).cloned();
        let ops = if args.iter().any(|a| self.is_generic_func_value(a)) {
            let infer = Inference {
                pkg: &pkg,
                tparams: &tparams,
                names: &names,
                params: &params,
            };
            self.generic_func_args(&infer, args, ellipsis, &mut bound)
        } else {
            self.call_operands(args)
        };
        if ops.iter().any(|o| o.is_invalid()) {
            return Operand::invalid(e);
        }
        let untyped = self.in_instance_scope(&pkg, &[], |c| {
            c.infer_from_args(&params, &ops, ellipsis, &names, &mut bound)
        });
        if let Err(k) = self.infer_from_constraints(&pkg, &tparams, &names, &mut bound, &untyped) {
            let name = self.generic_name(obj);
            let t = self
                .info
                .types
                .name(bound[k].expect("a bound type parameter"));
            let c = self.decl_text(&pkg, tparams[k].1.span);
            let lparen = self.lparen(fun);
            self.error(
                lparen,
                format!(
                    "in call to {name}, {} (type {t}) does not satisfy {c}",
                    names[k]
                ),
            );
            return Operand::invalid(e);
        }
        let Some(targs) = bound.iter().copied().collect::<Option<Vec<TypeId>>>() else {
            let missing = bound
                .iter()
                .position(Option::is_none)
                .map_or("", |k| names[k]);
            let name = self.generic_name(obj);
            let lparen = self.lparen(fun);
            self.error(lparen, format!("in call to {name}, cannot infer {missing}"));
            return Operand::invalid(e);
        };
        // Go reports a misfit type argument at its expression, or at the
        // call's `(` when it was inferred.
        let lparen = self.lparen(fun);
        let arg_at: Vec<Span> = (0..names.len())
            .map(|k| explicit.get(k).map_or(lparen, |t| t.span))
            .collect();
        let Some(inst) = self.instantiate_func(obj, targs, fun.span, &arg_at) else {
            return Operand::invalid(e);
        };
        self.use_instance(fun, inst);
        let sig_ty = self.info.objs[inst as usize].ty;
        self.record(fun.id, sig_ty, Mode::Value);
        let sig = self
            .info
            .types
            .signature(sig_ty)
            .cloned()
            .expect("an instance has a signature");
        self.call_with(e, fun, &sig, ops, args, ellipsis)
    }

    /// Whether `e` is a generic function not fully instantiated (`g`,
    /// `g[int]` of a `g` with more type parameters).
    fn is_generic_func_value(&mut self, e: &Expr) -> bool {
        let e = super::stmt::strip_parens(e);
        let (g, explicit) = match &e.kind {
            ExprKind::Index(x, ys) => (&**x, ys.len()),
            _ => (e, 0),
        };
        self.prepare_package(g);
        self.generic_obj(g).is_some_and(|o| {
            matches!(self.generics.decls[&o], Generic::Func(_)) && self.generic_arity(o) > explicit
        })
    }

    /// The arguments of a generic call some of which are generic
    /// functions (`Join(s, Show)`): the others are checked and inferred
    /// from first, then each generic one whose parameter type that fixes
    /// is instantiated to it, as a value of that type.
    fn generic_func_args(
        &mut self,
        infer: &Inference<'_, 'a>,
        args: &'a [Expr],
        ellipsis: bool,
        bound: &mut [Option<TypeId>],
    ) -> Vec<Operand> {
        let generic: Vec<bool> = args.iter().map(|a| self.is_generic_func_value(a)).collect();
        let mut ops: Vec<Operand> = args
            .iter()
            .zip(&generic)
            .map(|(a, &g)| {
                if g {
                    Operand::invalid(a)
                } else {
                    self.value_expr(a)
                }
            })
            .collect();
        let untyped = self.in_instance_scope(infer.pkg, &[], |c| {
            c.infer_from_args(infer.params, &ops, ellipsis, infer.names, bound)
        });
        if self
            .infer_from_constraints(infer.pkg, infer.tparams, infer.names, bound, &untyped)
            .is_ok()
        {
            for (i, a) in args.iter().enumerate().filter(|&(i, _)| generic[i]) {
                let Some(&p) = infer.params.get(i).or(infer.params.last()) else {
                    continue;
                };
                let p = match &p.kind {
                    ExprKind::Ellipsis(elem) if !ellipsis => &**elem,
                    _ => p,
                };
                let bindings: Vec<(String, TypeId)> = infer
                    .names
                    .iter()
                    .zip(bound.iter())
                    .filter_map(|(n, b)| b.map(|t| (n.to_string(), t)))
                    .collect();
                let target = if mentions_only_bound(p, infer.names, bound) {
                    self.in_instance_scope(infer.pkg, &bindings, |c| c.type_expr(p))
                } else {
                    // Joint inference: a function type whose parameters
                    // are known instantiates the argument from them; its
                    // results then bind the rest (`Map(xs, Identity)`).
                    let ExprKind::FuncType(ft) = &super::stmt::strip_parens(p).kind else {
                        continue;
                    };
                    let ps = param_exprs(&ft.params);
                    if !ps.iter().all(|x| {
                        !matches!(x.kind, ExprKind::Ellipsis(_))
                            && mentions_only_bound(x, infer.names, bound)
                    }) {
                        continue;
                    }
                    let params: Vec<TypeId> = self.in_instance_scope(infer.pkg, &bindings, |c| {
                        ps.iter().map(|x| c.type_expr(x)).collect()
                    });
                    let unknown = vec![ids::INVALID; param_exprs(&ft.results).len()];
                    self.info.types.func(params, unknown, false)
                };
                self.infer_from_targets(std::slice::from_ref(a), &[target]);
            }
        }
        for (i, a) in args.iter().enumerate().filter(|&(i, _)| generic[i]) {
            ops[i] = self.value_expr(a);
        }
        ops
    }

    /// The `(` after a call's function expression.
    fn lparen(&self, fun: &Expr) -> Span {
        let (at, rest) = self.src_from(fun.span.end);
        let at = at + rest.find('(').unwrap_or(0) as u32;
        Span {
            start: at,
            end: at + 1,
        }
    }

    /// Binds type parameters by unifying the parameter types `params` with
    /// the typed arguments `ops`; returns, for each parameter, the largest
    /// kind of the untyped constants passed for it.
    fn infer_from_args(
        &self,
        params: &[&Expr],
        ops: &[Operand],
        ellipsis: bool,
        names: &[&str],
        bound: &mut [Option<TypeId>],
    ) -> Vec<Option<TypeId>> {
        let mut untyped: Vec<Option<TypeId>> = vec![None; names.len()];
        for (i, op) in ops.iter().enumerate() {
            let Some(&p) = params.get(i).or(params.last()) else {
                break;
            };
            // A generic function argument not yet instantiated.
            if op.is_invalid() {
                continue;
            }
            let p = match &p.kind {
                ExprKind::Ellipsis(elem) if !ellipsis => &**elem,
                ExprKind::Ellipsis(elem) => {
                    if let Type::Slice(el) = self.info.types.get(self.info.types.underlying(op.ty))
                    {
                        let el = *el;
                        self.unify(elem, el, names, bound);
                    }
                    continue;
                }
                _ => p,
            };
            if self.info.types.is_untyped(op.ty) {
                // An untyped constant fixes a bare type parameter only if no
                // typed argument does: the largest kind's default type.
                if let ExprKind::Ident(n) = &p.kind
                    && let Some(k) = names.iter().position(|m| m == n)
                    && op.ty != ids::UNTYPED_NIL
                {
                    let prev = untyped[k].unwrap_or(op.ty);
                    untyped[k] = Some(self.info.types.larger_untyped(prev, op.ty));
                }
                continue;
            }
            self.unify(p, op.ty, names, bound);
        }
        untyped
    }

    /// Go's inference after the typed arguments: from the constraints'
    /// core types and methods, then (for parameters still unbound) from
    /// untyped constant arguments, `untyped` giving each parameter's
    /// largest untyped kind, their default type, then from the
    /// constraints again. `Err(k)` when parameter `k`'s binding cannot
    /// satisfy its constraint's core type.
    fn infer_from_constraints(
        &mut self,
        pkg: &Option<String>,
        tparams: &[TypeParam<'a>],
        names: &[&str],
        bound: &mut [Option<TypeId>],
        untyped: &[Option<TypeId>],
    ) -> Result<(), usize> {
        self.infer_from_core_types(pkg, tparams, names, bound)?;
        for (b, u) in bound.iter_mut().zip(untyped) {
            if b.is_none()
                && let Some(u) = u
            {
                *b = Some(self.info.types.default_type(*u));
            }
        }
        self.infer_from_core_types(pkg, tparams, names, bound)
    }

    /// Binds the type parameters `names` that occur in parameter type `p`
    /// by matching it against argument type `arg` (Go's inexact
    /// unification: a type literal matches a defined type's underlying type).
    fn unify(&self, p: &Expr, arg: TypeId, names: &[&str], bound: &mut [Option<TypeId>]) {
        let types = &self.info.types;
        // What is not known yet binds nothing.
        if arg == ids::INVALID {
            return;
        }
        if let ExprKind::Ident(n) = &p.kind
            && let Some(k) = names.iter().position(|m| m == n)
        {
            if bound[k].is_none() {
                bound[k] = Some(arg);
            }
            return;
        }
        if let ExprKind::Index(g, targs) = &p.kind {
            if let Some((base, args)) = types.instance(arg).cloned()
                && self.generic_obj(g).map(|o| self.generic_name(o)) == Some(base)
            {
                for (t, a) in targs.iter().zip(args) {
                    self.unify(t, a, names, bound);
                }
            } else if !matches!(types.get(arg), Type::Named(..))
                && let Some(under) = self.expand_generic_type(g, targs)
                // Only a type literal: a generic type defined as another
                // (or as itself, which is invalid) is not followed.
                && !matches!(under.kind, ExprKind::Index(..) | ExprKind::Ident(_) | ExprKind::Paren(_))
            {
                // A type literal matches the generic type's underlying
                // type (`Func2[A, B, R]` and `func(int, int) int`).
                self.unify(&under, arg, names, bound);
            }
            return;
        }
        let u = types.get(types.underlying(arg)).clone();
        match (&p.kind, u) {
            (ExprKind::Paren(x), _) => self.unify(x, arg, names, bound),
            (ExprKind::Star(x), Type::Pointer(b))
            | (ExprKind::SliceType(x), Type::Slice(b))
            | (ExprKind::ChanType(_, x), Type::Chan(_, b))
            | (ExprKind::ArrayType { elem: x, .. }, Type::Array(_, b)) => {
                self.unify(x, b, names, bound)
            }
            (ExprKind::MapType(k, v), Type::Map(a, b)) => {
                self.unify(k, a, names, bound);
                self.unify(v, b, names, bound);
            }
            (ExprKind::StructType(fs), Type::Struct(fields)) => {
                let xs = param_exprs(fs);
                if xs.len() == fields.len() {
                    for (x, f) in xs.iter().zip(&fields) {
                        self.unify(x, f.ty, names, bound);
                    }
                }
            }
            (ExprKind::FuncType(ft), Type::Func(sig)) => self.unify_sig(ft, &sig, names, bound),
            _ => {}
        }
    }

    /// [`Self::unify`] for each parameter and result of signature type
    /// expression `ft` and signature `sig`.
    fn unify_sig(
        &self,
        ft: &ast::FuncType,
        sig: &super::Signature,
        names: &[&str],
        bound: &mut [Option<TypeId>],
    ) {
        let types = &self.info.types;
        let ps = param_exprs(&ft.params);
        let rs = param_exprs(&ft.results);
        for (x, &b) in ps.iter().zip(&sig.params) {
            let x = match &x.kind {
                ExprKind::Ellipsis(el) => {
                    if let &Type::Slice(b) = types.get(b) {
                        self.unify(el, b, names, bound);
                    }
                    continue;
                }
                _ => x,
            };
            self.unify(x, b, names, bound);
        }
        for (x, &b) in rs.iter().zip(&sig.results) {
            self.unify(x, b, names, bound);
        }
    }

    /// Go's reverse type inference: each of `values` that is a generic
    /// function (`g`, or partly instantiated `g[int]`) whose target (of
    /// `targets`) is a function type takes the type arguments that make
    /// its signature that type; [`Self::instance_by_target`] finds it.
    pub(super) fn infer_from_targets(&mut self, values: &'a [Expr], targets: &[TypeId]) {
        for (v, &target) in values.iter().zip(targets) {
            let e = super::stmt::strip_parens(v);
            let (g, explicit) = match &e.kind {
                ExprKind::Index(x, ys) => (&**x, &ys[..]),
                _ => (e, &[][..]),
            };
            self.prepare_package(g);
            let Some(obj) = self.generic_obj(g) else {
                continue;
            };
            let (Generic::Func(fd), Some(sig)) = (
                self.generics.decls[&obj],
                self.info.types.signature(target).cloned(),
            ) else {
                continue;
            };
            let tparams = type_params(&fd.type_params);
            if explicit.len() >= tparams.len() {
                continue;
            }
            let mut bound: Vec<Option<TypeId>> = vec![None; tparams.len()];
            for (b, a) in bound.iter_mut().zip(explicit) {
                *b = Some(self.type_expr(a)).filter(|&t| t != ids::INVALID);
            }
            if bound[..explicit.len()].contains(&None)
                || param_exprs(&fd.sig.params).len() != sig.params.len()
                || param_exprs(&fd.sig.results).len() != sig.results.len()
            {
                continue;
            }
            let names: Vec<&str> = tparams.iter().map(|(n, _)| n.name.as_str()).collect();
            let pkg = self.generics.pkg_of.get(&obj).cloned();
            self.in_instance_scope(&pkg, &[], |c| {
                c.unify_sig(&fd.sig, &sig, &names, &mut bound)
            });
            if self
                .infer_from_core_types(&pkg, &tparams, &names, &mut bound)
                .is_err()
            {
                continue;
            }
            let Some(targs) = bound.into_iter().collect::<Option<Vec<TypeId>>>() else {
                continue;
            };
            if let Some(inst) = self.instantiate_func(obj, targs, e.span, &[]) {
                self.generics.by_target.insert(e.id, inst);
            }
        }
    }

    /// The instance [`Self::infer_from_targets`] chose for generic
    /// function value `e`, recorded as its use.
    pub(super) fn instance_by_target(&mut self, e: &Expr) -> Option<ObjId> {
        let inst = *self.generics.by_target.get(&e.id)?;
        self.use_instance(e, inst);
        Some(inst)
    }

    /// Go's constraint type inference: a type parameter whose constraint
    /// has a core type (`S ~[]E`, `PT interface{ *T; Set(string) }`) is
    /// matched against that core type, in both directions, and a bound
    /// one's methods against the constraint's (`Abs() T`), until nothing
    /// more is learned.
    /// Fails with the index of a type parameter whose type argument does
    /// not have its constraint's core type.
    fn infer_from_core_types(
        &mut self,
        pkg: &Option<String>,
        tparams: &[TypeParam<'a>],
        names: &[&str],
        bound: &mut [Option<TypeId>],
    ) -> Result<(), usize> {
        // Constraints name things in the declaration's package.
        self.in_instance_scope(pkg, &[], |c| {
            let constraints: Vec<(Option<Expr>, Methods)> = tparams
                .iter()
                .map(|&(_, con)| {
                    let mut methods = Vec::new();
                    c.constraint_methods(con, &mut methods, &mut Vec::new());
                    (c.core_type(con, &mut Vec::new()), methods)
                })
                .collect();
            loop {
                let before = bound.iter().filter(|b| b.is_some()).count();
                for (k, (core, methods)) in constraints.iter().enumerate() {
                    if let Some(b) = bound[k] {
                        let under = c.info.types.underlying(b);
                        if let Some(core) = core {
                            if !same_kind(core, c.info.types.get(under)) {
                                return Err(k);
                            }
                            c.unify(core, under, names, bound);
                        }
                        for (name, sig) in methods {
                            if let Some(have) = c.method_sig(b, name) {
                                c.unify(sig, have, names, bound);
                            }
                        }
                    } else if let Some(core) = core
                        && mentions_only_bound(core, names, bound)
                    {
                        let bindings: Vec<(String, TypeId)> = names
                            .iter()
                            .zip(bound.iter())
                            .filter_map(|(n, b)| b.map(|t| (n.to_string(), t)))
                            .collect();
                        // The checker keeps the expressions it checks for
                        // the program's lifetime, as it does instances.
                        let core: &'a Expr = Box::leak(Box::new(core.clone()));
                        let t = c.in_instance_scope(pkg, &bindings, |c| c.type_expr(core));
                        if t != ids::INVALID {
                            bound[k] = Some(t);
                        }
                    }
                }
                if bound.iter().filter(|b| b.is_some()).count() == before {
                    return Ok(());
                }
            }
        })
    }

    /// The signature of method `name` of type `t`, if it has one.
    fn method_sig(&self, t: TypeId, name: &str) -> Option<TypeId> {
        match self.info.lookup_member(t, name) {
            Lookup::Method(_, m, _) => Some(m.sig),
            Lookup::IfaceMethod(_, sig) => Some(sig),
            _ => None,
        }
    }

    /// The declaration of the generic type `g` names, its type parameters
    /// replaced by `args` (in the caller's names): `Setter[T]` is Setter's
    /// `interface{ Set(string); *B }` with `T` for `B`.
    fn expand_generic_type(&self, g: &Expr, args: &[Expr]) -> Option<Expr> {
        let Generic::Type(ts) = self.generics.decls[&self.generic_obj(g)?] else {
            return None;
        };
        let tparams = type_params(&ts.type_params);
        if tparams.len() != args.len() {
            return None;
        }
        let mut e = ts.ty.clone();
        substitute(&mut e, &|n| {
            let k = tparams.iter().position(|(p, _)| p.name == n)?;
            Some(args[k].clone())
        });
        Some(e)
    }

    /// [`Self::expand_generic_type`] for a generic constraint not in
    /// `seen`, which it joins.
    fn expand_constraint(&self, g: &Expr, args: &[Expr], seen: &mut Vec<ObjId>) -> Option<Expr> {
        let obj = self.generic_obj(g)?;
        if seen.contains(&obj) {
            return None;
        }
        seen.push(obj);
        self.expand_generic_type(g, args)
    }

    /// The core type of constraint `c`, as a type expression in the
    /// caller's names: its single type term (`~[]E`, `interface{ *B;
    /// M() }`), through generic constraints (`Setter[T]`); a generic
    /// type that is not an interface is its own core type.
    /// `seen` holds the generic constraints read so far: one that embeds
    /// itself (invalid, and reported as such) is read once.
    fn core_type(&self, c: &Expr, seen: &mut Vec<ObjId>) -> Option<Expr> {
        match &c.kind {
            ExprKind::Paren(x) => self.core_type(x, seen),
            ExprKind::Unary(UnaryOp::Tilde, x) => Some((**x).clone()),
            ExprKind::InterfaceType(fields) => {
                let mut cores = fields
                    .iter()
                    .filter(|f| f.names.is_empty())
                    .filter_map(|f| self.core_type(&f.ty, seen));
                let core = cores.next()?;
                cores.next().is_none().then_some(core)
            }
            ExprKind::Index(g, args) => {
                let e = self.expand_constraint(g, args, seen)?;
                match e.kind {
                    ExprKind::InterfaceType(_) => self.core_type(&e, seen),
                    _ => Some(c.clone()),
                }
            }
            ExprKind::SliceType(_)
            | ExprKind::MapType(..)
            | ExprKind::Star(_)
            | ExprKind::ChanType(..)
            | ExprKind::ArrayType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_) => Some(c.clone()),
            // A type that is no interface is its own core type (`[T byte]`).
            ExprKind::Ident(n) => {
                let obj = &self.info.objs[self.lookup(n)? as usize];
                let t = &self.info.types;
                (obj.kind == ObjKind::TypeName
                    && !matches!(
                        t.get(t.underlying(obj.ty)),
                        Type::Interface(_) | Type::Constraint { .. } | Type::Invalid
                    ))
                .then(|| c.clone())
            }
            _ => None,
        }
    }

    /// The methods constraint `c` declares, with their signatures in the
    /// caller's names, appended to `out`.
    fn constraint_methods(&self, c: &Expr, out: &mut Methods, seen: &mut Vec<ObjId>) {
        match &c.kind {
            ExprKind::Paren(x) => self.constraint_methods(x, out, seen),
            ExprKind::InterfaceType(fields) => {
                for f in fields {
                    match &f.names[..] {
                        [name] => out.push((name.name.clone(), f.ty.clone())),
                        _ => self.constraint_methods(&f.ty, out, seen),
                    }
                }
            }
            ExprKind::Index(g, args) => {
                if let Some(e) = self.expand_constraint(g, args, seen) {
                    self.constraint_methods(&e, out, seen);
                }
            }
            _ => {}
        }
    }

    /// The source of a node of the program, or of the package written in
    /// Go `pkg`.
    fn decl_text(&self, pkg: &Option<String>, span: Span) -> String {
        match pkg.as_deref().and_then(crate::gopackages::source) {
            Some(src) => {
                let start = self.info.offset(span.start) as usize;
                let end = start + (span.end - span.start) as usize;
                src.get(start..end).unwrap_or("").to_string()
            }
            None => self.text(span).to_string(),
        }
    }
}

/// Whether type `t` is of the kind (slice, map, ...) type expression `e`
/// spells.
fn same_kind(e: &Expr, t: &Type) -> bool {
    match (&e.kind, t) {
        (ExprKind::Paren(x), _) => same_kind(x, t),
        (ExprKind::SliceType(_), Type::Slice(_))
        | (ExprKind::MapType(..), Type::Map(..))
        | (ExprKind::Star(_), Type::Pointer(_))
        | (ExprKind::ChanType(..), Type::Chan(..))
        | (ExprKind::ArrayType { .. }, Type::Array(..))
        | (ExprKind::StructType(_), Type::Struct(_))
        | (ExprKind::FuncType(_), Type::Func(_)) => true,
        (
            ExprKind::SliceType(_)
            | ExprKind::StructType(_)
            | ExprKind::MapType(..)
            | ExprKind::Star(_)
            | ExprKind::ChanType(..)
            | ExprKind::ArrayType { .. }
            | ExprKind::FuncType(_),
            _,
        ) => false,
        _ => true,
    }
}

/// Whether every type parameter (of `names`) that `e` mentions is bound.
fn mentions_only_bound(e: &Expr, names: &[&str], bound: &[Option<TypeId>]) -> bool {
    let mut ok = true;
    walk_idents(e, &mut |n| {
        if let Some(k) = names.iter().position(|m| *m == n) {
            ok &= bound[k].is_some();
        }
    });
    ok
}

/// Replaces each identifier of type expression `e` that `f` maps.
fn substitute(e: &mut Expr, f: &impl Fn(&str) -> Option<Expr>) {
    match &mut e.kind {
        ExprKind::Ident(n) => {
            if let Some(to) = f(n) {
                *e = to;
            }
        }
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::SliceType(x)
        | ExprKind::ChanType(_, x)
        | ExprKind::Ellipsis(x)
        | ExprKind::Unary(_, x)
        | ExprKind::ArrayType { elem: x, .. } => substitute(x, f),
        ExprKind::MapType(x, y) | ExprKind::Binary(_, x, y) => {
            substitute(x, f);
            substitute(y, f);
        }
        ExprKind::Index(x, ys) => {
            substitute(x, f);
            ys.iter_mut().for_each(|y| substitute(y, f));
        }
        ExprKind::FuncType(ft) => ft
            .params
            .iter_mut()
            .chain(&mut ft.results)
            .for_each(|p| substitute(&mut p.ty, f)),
        ExprKind::StructType(fs) | ExprKind::InterfaceType(fs) => {
            fs.iter_mut().for_each(|p| substitute(&mut p.ty, f))
        }
        _ => {}
    }
}

/// Calls `f` with every identifier in type expression `e`.
fn walk_idents(e: &Expr, f: &mut impl FnMut(&str)) {
    match &e.kind {
        ExprKind::Ident(n) => f(n),
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::SliceType(x)
        | ExprKind::ChanType(_, x)
        | ExprKind::Ellipsis(x)
        | ExprKind::Unary(_, x)
        | ExprKind::ArrayType { elem: x, .. } => walk_idents(x, f),
        ExprKind::MapType(x, y) | ExprKind::Binary(_, x, y) => {
            walk_idents(x, f);
            walk_idents(y, f);
        }
        ExprKind::Index(x, ys) => {
            walk_idents(x, f);
            ys.iter().for_each(|y| walk_idents(y, f));
        }
        ExprKind::FuncType(ft) => ft
            .params
            .iter()
            .chain(&ft.results)
            .for_each(|p| walk_idents(&p.ty, f)),
        ExprKind::StructType(fs) | ExprKind::InterfaceType(fs) => {
            fs.iter().for_each(|p| walk_idents(&p.ty, f))
        }
        _ => {}
    }
}

/// The name of the type a method's receiver is (or points to).
fn receiver_name(fd: &ast::FuncDecl) -> Option<String> {
    let mut t = &fd.recv.as_ref()?.first()?.ty;
    while let ExprKind::Star(x) | ExprKind::Paren(x) | ExprKind::Index(x, _) = &t.kind {
        t = x;
    }
    match &t.kind {
        ExprKind::Ident(name) => Some(name.clone()),
        _ => None,
    }
}

/// The generic type a method's receiver names, and the names its
/// receiver gives the type parameters (`func (l *List[U]) ...`: `List`,
/// `[U]`). `None` for a receiver that is not a generic type's.
pub(super) fn receiver_base(fd: &ast::FuncDecl) -> Option<(String, Vec<String>)> {
    let recv = fd.recv.as_ref()?.first()?;
    let mut t = &recv.ty;
    while let ExprKind::Star(x) | ExprKind::Paren(x) = &t.kind {
        t = x;
    }
    let ExprKind::Index(base, args) = &t.kind else {
        return None;
    };
    let ExprKind::Ident(name) = &base.kind else {
        return None;
    };
    let names = args
        .iter()
        .map(|a| match &a.kind {
            ExprKind::Ident(n) => n.clone(),
            _ => "_".to_string(),
        })
        .collect();
    Some((name.clone(), names))
}

//! Checking a REPL session one input at a time.
//!
//! A session is one growing `package main`. What persists between inputs is
//! the checker's type table, its objects and method sets, and the session
//! scope: every package-level name declared so far (functions, types,
//! constants, variables, imported packages). Each input is parsed as a file
//! of its own and checked with that scope as the outermost block (merged
//! over the universe), so a later input sees earlier ones and may redeclare
//! their names: a new declaration shadows the old one, which stays alive for
//! the code compiled against it.
//!
//! Two kinds of input:
//! - declarations (`func`, `type`, `var`, `const`, `import`), checked as a
//!   file's package-level declarations;
//! - statements, checked as the body of a wrapper function `_`. Variables
//!   declared in that body's outermost block (`x := 1`, `var y int`) become
//!   session variables: package-level variables whose storage the session
//!   keeps. A body that is one expression statement with a value is *shown*:
//!   the checker records the value's type(s) instead of reporting "is not
//!   used".
//!
//! Unused variables and imports are not errors in a session, and a standard
//! package is imported by its first use (`strings.ToUpper("x")`). Nothing
//! of a failed input stays visible: the scope is only extended by
//! [`Pending::commit`], which the session calls once the input ran.

use std::collections::HashMap;

use grammar::ast::{self, Expr, File, Span, StmtKind};

use super::{Checker, ErrorLimit, finish_errors};
use crate::bytecode::Native;
use crate::diag::Diagnostic;
use crate::types::generics::Generics;
use crate::types::{Info, Mode, ObjId, ObjKind, Spellings, Type, TypeId, ids};

/// What the checker keeps between the inputs of a session.
#[derive(Clone, Debug)]
pub struct SessionState {
    /// Types, objects and methods persist; the per-file tables (`exprs`,
    /// `uses`, `defs`, `funcs`, ...) describe the latest input only.
    pub info: Info,
    universe: HashMap<String, ObjId>,
    /// The session's package-level names.
    scope: HashMap<String, ObjId>,
    /// Generic declarations, their instances, and the packages written in
    /// Go loaded so far: what each input's checker starts from.
    generics: Generics<'static>,
    /// The session's types as spelled, which the compiler does not see.
    spellings: Spellings,
}

impl Default for SessionState {
    fn default() -> Self {
        SessionState::new()
    }
}

/// How an input was parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// Package-level declarations.
    Decls,
    /// Statements: the body of the file's only declaration, `func _()`.
    Stmts,
}

/// The session-specific state of a checker working on one input.
#[derive(Default)]
pub(in crate::types) struct Hooks {
    /// Span start of the wrapper function of a statements input.
    body: Option<u32>,
    /// Depth of the wrapper body's outermost scope while it is checked.
    top_depth: Option<usize>,
    /// The names declared in that scope, kept when it closes.
    top_scope: HashMap<String, ObjId>,
    /// Variables declared there: they live in session storage.
    session_vars: Vec<ObjId>,
    /// The types of the values a shown expression produces.
    show: Option<Vec<TypeId>>,
    /// Methods declared again: (earlier function object, new one).
    replaced: Vec<(ObjId, ObjId)>,
    /// Only the type of a shown expression is wanted.
    type_only: bool,
}

/// A checked input, ready to compile; its names join the session scope
/// when it is committed.
#[derive(Debug)]
pub struct Pending {
    /// Variables of a statements input that live in session storage.
    pub session_vars: Vec<ObjId>,
    /// The types of the values to show, for an expression input.
    pub show: Option<Vec<TypeId>>,
    /// Methods this input declared (by receiver base type and name).
    pub new_methods: Vec<(TypeId, String)>,
    /// Functions and methods declared again with the same signature:
    /// (earlier function object, new one). The new code may take the
    /// earlier function's place, so that callers compiled against it call
    /// the new one.
    pub replaced: Vec<(ObjId, ObjId)>,
    names: HashMap<String, ObjId>,
}

impl Pending {
    /// Makes the input's names part of the session scope.
    pub fn commit(self, state: &mut SessionState) {
        state.scope.extend(self.names);
    }
}

/// A `package main` file without declarations: what a session starts from.
fn empty_file() -> File {
    File {
        package: ast::Ident {
            name: "main".into(),
            span: Span::default(),
        },
        imports: Vec::new(),
        decls: Vec::new(),
        node_count: 0,
    }
}

impl SessionState {
    pub fn new() -> SessionState {
        let file = empty_file();
        let c = Checker::new(&file, "");
        SessionState {
            universe: c.scopes[0].clone(),
            info: c.info,
            scope: HashMap::new(),
            generics: Generics::default(),
            spellings: Spellings::default(),
        }
    }

    /// The session's package-level names and what each denotes, for
    /// completion.
    pub fn names(&self) -> impl Iterator<Item = (&str, &ObjKind)> {
        self.scope
            .iter()
            .map(|(n, &o)| (n.as_str(), &self.info.objs[o as usize].kind))
    }

    /// The object a session-level name denotes.
    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        self.scope.get(name).copied()
    }

    /// Checks one parsed input. On success `self.info` describes it (for the
    /// compiler) and the returned [`Pending`] holds its new names.
    pub fn check(
        &mut self,
        file: &mut File,
        src: &str,
        kind: InputKind,
    ) -> Result<Pending, Vec<Diagnostic>> {
        self.check_hooked(file, src, kind, false)
    }

    /// [`SessionState::check`]; `type_only` when the input is an
    /// expression whose type is wanted, not its value (a package function
    /// has a type, though gojit cannot use it as a value yet).
    fn check_hooked(
        &mut self,
        file: &mut File,
        src: &str,
        kind: InputKind,
        type_only: bool,
    ) -> Result<Pending, Vec<Diagnostic>> {
        // The input's nodes follow the earlier inputs' (and their
        // instances'), so that generic declarations kept from those keep
        // their own.
        file.node_count = grammar::relocate_file(file, 0, self.info.exprs.len() as u32);
        // Generic declarations of this input are kept for later ones, and
        // instances refer to their declarations' syntax: the session keeps
        // every input's tree and text.
        let file: &'static File = Box::leak(Box::new(file.clone()));
        let src: &'static str = Box::leak(src.to_string().into_boxed_str());
        let methods = self.info.methods.clone();
        let objs_before = self.info.objs.len();
        let generics = self.generics.clone();
        self.info.respell(&self.spellings);
        let mut c = self.checker(file, src);
        c.generics = generics;
        let body = match kind {
            InputKind::Stmts => file.decls.first().and_then(|d| match d {
                ast::Decl::Func(fd) => Some(fd.span.start),
                ast::Decl::Gen(_) => None,
            }),
            InputKind::Decls => None,
        };
        c.session = Some(Hooks {
            body,
            type_only,
            ..Hooks::default()
        });
        c.check_file();
        c.report_after_check();
        let errors = std::mem::take(&mut c.errors);
        let hooks = c.session.take().unwrap_or_default();
        let mut names = c.scopes.get(1).cloned().unwrap_or_default();
        self.info = c.info;
        if !errors.is_empty() {
            self.info.methods = methods;
            return Err(finish_errors(
                &self.info,
                src,
                Vec::new(),
                errors,
                ErrorLimit::Go,
            ));
        }
        // The instances made are compiled with the input (unless only its
        // type was wanted), so later inputs may use them.
        if !type_only {
            self.generics = c.generics;
        }
        self.spellings = self.info.canonicalize();
        let show = hooks
            .show
            .map(|ts| ts.iter().map(|&t| self.info.types.canon(t)).collect());
        names.extend(hooks.top_scope);
        let mut new_methods: Vec<(TypeId, String)> = self
            .info
            .methods
            .iter()
            .filter(|(_, m)| m.func as usize >= objs_before)
            .map(|(k, _)| k.clone())
            .collect();
        new_methods.sort();
        let objs = &self.info.objs;
        let same_func = |old: ObjId, new: ObjId| {
            let (o, n) = (&objs[old as usize], &objs[new as usize]);
            o.kind == ObjKind::Func && n.kind == ObjKind::Func && o.ty == n.ty
        };
        let mut replaced: Vec<(ObjId, ObjId)> = names
            .iter()
            .filter_map(|(name, &new)| Some((*self.scope.get(name)?, new)))
            .chain(hooks.replaced)
            .filter(|&(old, new)| same_func(old, new))
            .collect();
        replaced.sort();
        Ok(Pending {
            session_vars: hooks.session_vars,
            show,
            new_methods,
            replaced,
            names,
        })
    }

    /// The type(s) of an expression in the session, without evaluating it
    /// (`None` for a call without results): `file` is a statements input
    /// whose body is that one expression.
    pub fn type_of(
        &mut self,
        file: &mut File,
        src: &str,
    ) -> Result<Option<Vec<TypeId>>, Vec<Diagnostic>> {
        let methods = self.info.methods.clone();
        let result = self.check_hooked(file, src, InputKind::Stmts, true);
        self.info.methods = methods;
        Ok(result?.show)
    }

    /// A checker for `file` that continues the session: the universe and
    /// the session scope as its outermost block, the input's package block
    /// inside it.
    fn checker<'a>(&mut self, file: &'a File, src: &'a str) -> Checker<'a> {
        let mut info = std::mem::take(&mut self.info);
        let n = file.node_count as usize;
        info.exprs.resize(n, None);
        info.uses.resize(n, None);
        info.defs.clear();
        info.funcs.clear();
        info.func_index.clear();
        info.init_order.clear();
        info.selections.clear();
        info.switch_vars.clear();
        info.comma_ok.clear();
        info.elided_addr.clear();
        info.instances.clear();
        let mut outer = self.universe.clone();
        outer.extend(self.scope.iter().map(|(k, &v)| (k.clone(), v)));
        let mut c = Checker::new_empty(file, src);
        info.span_stride = c.info.span_stride;
        c.info = info;
        c.scopes = vec![outer];
        c
    }
}

impl<'a> Checker<'a> {
    /// Whether the checker works on a session input.
    pub(in crate::types) fn in_session(&self) -> bool {
        self.session.is_some()
    }

    /// Checks the body of function `span`: a session's wrapper body gets
    /// its outermost block made of session variables, and a lone
    /// expression statement is shown rather than discarded.
    pub(in crate::types) fn session_body(&mut self, span: Span, body: &'a ast::Block) -> bool {
        let Some(hooks) = self.session.as_mut() else {
            return false;
        };
        if hooks.body != Some(span.start) {
            return false;
        }
        hooks.top_depth = Some(self.scopes.len());
        match body.stmts.as_slice() {
            [s] if matches!(s.kind, StmtKind::Expr(_)) => {
                let StmtKind::Expr(e) = &s.kind else {
                    unreachable!("matched above")
                };
                self.show(e);
            }
            stmts => self.stmts(stmts),
        }
        let top = self.scopes.last().cloned().unwrap_or_default();
        if let Some(hooks) = self.session.as_mut() {
            hooks.top_scope = top;
            hooks.top_depth = None;
        }
        true
    }

    /// Checks an expression whose values the session shows.
    fn show(&mut self, e: &'a Expr) {
        let op = self.raw_expr(e, true);
        if op.is_invalid() {
            return;
        }
        if op.mode == Mode::NoValue || self.is_print_call(e) {
            return;
        }
        let type_only = self.session.as_ref().is_some_and(|h| h.type_only);
        let types = match self.info.types.get(op.ty).clone() {
            Type::Tuple(ts) if !ts.is_empty() && op.mode == Mode::Value => ts,
            _ if type_only && op.mode == Mode::Value => vec![self.info.types.default_type(op.ty)],
            _ => {
                let mut op = self.value_check(e, op);
                if op.is_invalid() {
                    return;
                }
                if op.ty == ids::UNTYPED_NIL {
                    self.error(e.span, "use of untyped nil in assignment");
                    return;
                }
                let t = self.info.types.default_type(op.ty);
                self.represent(&mut op, t, "assignment");
                vec![t]
            }
        };
        if let Some(hooks) = self.session.as_mut() {
            hooks.show = Some(types);
        }
    }

    /// A call of `fmt.Print`, `Println` or `Printf`: a statement, whose
    /// results (bytes written, error) are not worth showing.
    fn is_print_call(&self, e: &Expr) -> bool {
        let ast::ExprKind::Call { fun, .. } = &crate::types::stmt::strip_parens(e).kind else {
            return false;
        };
        let obj = self.info.uses.get(fun.id as usize).copied().flatten();
        obj.is_some_and(|o| {
            matches!(
                self.info.objs[o as usize].kind,
                ObjKind::Native(Native::FmtPrint | Native::FmtPrintln | Native::FmtPrintf)
            )
        })
    }

    /// A variable declared in the wrapper body's outermost block lives in
    /// session storage: it becomes a package-level variable.
    pub(in crate::types) fn session_var(&mut self, obj: ObjId) -> bool {
        let depth = self.scopes.len();
        let Some(hooks) = self.session.as_mut() else {
            return false;
        };
        if hooks.top_depth != Some(depth) {
            return false;
        }
        hooks.session_vars.push(obj);
        let o = &mut self.info.objs[obj as usize];
        o.kind = ObjKind::Var { global: true };
        o.func = None;
        o.used = true;
        true
    }

    /// A standard package used without import in a session: imported now,
    /// into the input's package block (and so into the session).
    pub(in crate::types) fn auto_import(&mut self, name: &str) -> Option<ObjId> {
        if !self.in_session() {
            return None;
        }
        // A package by the last element of its path (`utf8`).
        let path = super::super::packages::std_packages()
            .iter()
            .map(|&(p, _)| p)
            .find(|p| super::super::packages::package_name(p) == name)?;
        let obj = self.new_obj(
            name,
            ObjKind::Package(path.into()),
            ids::INVALID,
            Span::default(),
        );
        self.scopes.get_mut(1)?.insert(name.into(), obj);
        Some(obj)
    }

    /// In a session, a method declared again replaces the earlier one:
    /// remembers which, so its code can take the old one's place.
    pub(in crate::types) fn session_replaces_method(&mut self, key: &(TypeId, String), obj: ObjId) {
        if let Some(prev) = self.info.methods.get(key).map(|m| m.func)
            && let Some(hooks) = self.session.as_mut()
        {
            hooks.replaced.push((prev, obj));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn std_packages_resolve() {
        let file = empty_file();
        let mut c = Checker::new(&file, "");
        for (pkg, members) in crate::types::packages::std_packages() {
            for m in members {
                assert!(c.package_member(pkg, m).is_some(), "{pkg}.{m}");
            }
        }
    }

    /// Every exported member a dot import declares has the place Go's
    /// redeclaration errors name (`scripts/gen-std-positions.go` covers
    /// the packages), but unsafe's, which have none.
    #[test]
    fn std_members_have_go_positions() {
        for (pkg, members) in crate::types::packages::std_packages() {
            for m in members.iter().filter(|m| m.starts_with(char::is_uppercase)) {
                let other = crate::types::packages::other_declaration(pkg, m);
                assert_eq!(other.is_empty(), *pkg == "unsafe", "{pkg}.{m}");
            }
        }
    }
}

//! Compiling a REPL session's inputs into one growing [`Program`].
//!
//! Ids only grow: every input appends functions, runtime types, strings and
//! globals, so values the session already holds (closures with function
//! ids, interfaces with type ids, strings pointing into the constant pool)
//! stay valid. What maps checker objects to them (function ids, global
//! offsets, runtime type ids) is kept here between inputs.
//!
//! An input becomes at most one function to run: for declarations, an
//! initializer (package variables in initialization order, then `init`
//! functions); for statements, the wrapper body itself. A shown expression
//! stores each of its values, converted to `any`, in a global slot of its
//! own, where the session reads it back to print it.
//!
//! A function or method declared again with the same signature gets the
//! earlier one's function id, its code replaced: callers compiled earlier
//! call the new body. With another signature it is a new function, and
//! earlier callers keep the old one.

use std::collections::HashMap;

use grammar::ast::{self, Decl, File, StmtKind};

use super::func::FuncCompiler;
use super::{Module, add_methods, builtin_methods, compile_instances, declare_file};
use crate::bytecode::{FuncId, Instr};
use crate::program::{Program, rt_types};
use crate::types::{Info, InputKind, ObjId, Pending, TypeId, ids};

/// What the compiler keeps between the inputs of a session.
#[derive(Debug)]
pub struct SessionCode {
    func_ids: HashMap<ObjId, FuncId>,
    globals: HashMap<ObjId, u32>,
    rt_types: HashMap<TypeId, u32>,
    /// Global offsets of the two-word `any` slots shown values go to.
    show_slots: Vec<u32>,
    /// Inputs compiled so far, to name their functions.
    inputs: u32,
}

/// One compiled input.
#[derive(Debug, Default)]
pub struct Unit {
    /// The function to run (argument- and result-less), if any.
    pub run: Option<FuncId>,
    /// Where each shown value is stored (an `any` in the globals), and its
    /// static type.
    pub show: Vec<(u32, TypeId)>,
}

impl SessionCode {
    /// Starts a session's program: `prog` must be empty.
    pub fn new(info: &Info, prog: &mut Program) -> SessionCode {
        let mut code = SessionCode {
            func_ids: HashMap::new(),
            globals: HashMap::new(),
            rt_types: HashMap::from([(ids::STRING, rt_types::STRING)]),
            show_slots: Vec::new(),
            inputs: 0,
        };
        code.with_module(info, prog, "", builtin_methods);
        code
    }

    /// Compiles an input that the session's checker accepted (`info`
    /// describes it) into `prog`.
    pub fn compile<'a>(
        &mut self,
        info: &'a Info,
        prog: &mut Program,
        file: &'a File,
        src: &str,
        kind: InputKind,
        pending: &Pending,
    ) -> Unit {
        self.inputs += 1;
        let n = self.inputs;
        for &(old, new) in &pending.replaced {
            if let Some(&id) = self.func_ids.get(&old) {
                self.func_ids.insert(new, id);
            }
        }
        for &obj in &pending.session_vars {
            let at = super::add_global(prog, &info.types, info.obj(obj).ty);
            self.globals.insert(obj, at);
        }
        let shown = pending.show.as_ref().map_or(0, Vec::len);
        while self.show_slots.len() < shown {
            let at = super::add_global(prog, &info.types, ids::ANY);
            self.show_slots.push(at);
        }
        let show = match &pending.show {
            Some(tys) => self.show_slots.iter().copied().zip(tys.clone()).collect(),
            None => Vec::new(),
        };
        let slots = self.show_slots.clone();
        let run = self.with_module(info, prog, src, |m| match kind {
            InputKind::Decls => decls(m, file, pending, n),
            InputKind::Stmts => stmts(m, file, pending, &slots, n),
        });
        Unit { run, show }
    }

    /// Runs `f` on a [`Module`] made of the session's state and `prog`.
    fn with_module<'a, R>(
        &mut self,
        info: &'a Info,
        prog: &mut Program,
        src: &str,
        f: impl FnOnce(&mut Module<'a>) -> R,
    ) -> R {
        let mut taken = std::mem::replace(prog, Program::new(String::new()));
        let positions = super::Positions::new(src, &mut taken);
        let mut m = Module {
            info,
            prog: taken,
            func_ids: std::mem::take(&mut self.func_ids),
            globals: std::mem::take(&mut self.globals),
            rt_types: std::mem::take(&mut self.rt_types),
            positions,
        };
        let r = f(&mut m);
        *prog = m.prog;
        self.func_ids = m.func_ids;
        self.globals = m.globals;
        self.rt_types = m.rt_types;
        r
    }
}

/// Declarations: functions (new, or replacing ones with the same
/// signature), variables, methods; returns the initializer, if any.
fn decls<'a>(m: &mut Module<'a>, file: &'a File, pending: &Pending, n: u32) -> Option<FuncId> {
    let info = m.info;
    let (specs, funcs) = declare_file(m, file);
    let package_vars = super::declare_package_vars(m);
    // Bodies may call the standard packages' native methods.
    super::native_method_funcs(m);
    for &(fd, id) in &funcs {
        let body = fd
            .body
            .as_ref()
            .expect("the checker rejects functions without body");
        FuncCompiler::new(m, id, info.func_at(fd.span), false).body(body);
    }
    add_methods(m, &pending.new_methods);
    let inits: Vec<FuncId> = funcs
        .iter()
        .filter(|(fd, _)| fd.name.name == "init" && fd.recv.is_none())
        .map(|&(_, id)| id)
        .collect();
    let vars: Vec<&ast::ValueSpec> = info
        .init_order
        .iter()
        .filter_map(|o| specs.get(o).copied())
        .filter(|vs| !vs.values.is_empty())
        .collect();
    if package_vars.is_empty() && vars.is_empty() && inits.is_empty() {
        return None;
    }
    let entry = m.reserve_func(format!("repl.{n}"));
    let mut fc = FuncCompiler::new_entry(m, entry);
    for vs in package_vars {
        fc.global_init(vs);
    }
    let mut done: Vec<*const ast::ValueSpec> = Vec::new();
    for vs in vars {
        if !done.contains(&(vs as *const _)) {
            done.push(vs);
            fc.global_init(vs);
        }
    }
    for f in inits {
        fc.call_entry(f, file.package.span);
    }
    fc.finish_entry();
    Some(entry)
}

/// Statements: the wrapper function `_`, or, for an expression to show,
/// a function that stores its values in `slots`. Instances the input made
/// (a package's types among them) are compiled and their methods join the
/// method table, so interface calls and assertions find them.
fn stmts<'a>(
    m: &mut Module<'a>,
    file: &'a File,
    pending: &Pending,
    slots: &[u32],
    n: u32,
) -> Option<FuncId> {
    let show = pending.show.is_some();
    let Some(Decl::Func(fd)) = file.decls.first() else {
        return None;
    };
    let body = fd.body.as_ref()?;
    let package_vars = super::declare_package_vars(m);
    super::native_method_funcs(m);
    compile_instances(m);
    add_methods(m, &pending.new_methods);
    let id = m.reserve_func(format!("repl.{n}"));
    let fi = m.info.func_at(fd.span);
    let mut fc = FuncCompiler::new(m, id, fi, false);
    // The variables of packages the input used first are initialized
    // before it runs.
    for vs in package_vars {
        fc.global_init(vs);
    }
    match (show, body.stmts.as_slice()) {
        (true, [s]) => {
            let StmtKind::Expr(e) = &s.kind else {
                unreachable!("only expression statements are shown")
            };
            fc.set_line(e.span);
            let count = match fc.m.info.types.get(fc.ty(e)) {
                crate::types::Type::Tuple(ts) => ts.len(),
                _ => 1,
            };
            let tys = vec![ids::ANY; count];
            let values = fc.rhs_values(&tys, std::slice::from_ref(e));
            for (&(src, _), &g) in values.iter().zip(slots) {
                fc.emit(Instr::StoreGlobal {
                    g,
                    src,
                    acc: crate::bytecode::Access::words(2),
                });
            }
            fc.end_stmt();
            fc.finish();
        }
        _ => fc.body(body),
    }
    Some(id)
}

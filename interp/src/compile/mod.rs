//! The compiler from a checked AST to register bytecode ([`crate::bytecode`]).
//!
//! One [`func::FuncCompiler`] per Go function; expressions in `expr.rs`,
//! statements in `stmt.rs`, calls and defers in `call.rs`. Every local and
//! temporary gets a fixed frame slot; temporaries are released at the end of
//! each statement, locals at the end of their block.

mod call;
mod expr;
mod func;
mod liveness;
mod methods;
mod order;
mod place;
mod position;
mod rangefunc;
pub mod session;
mod stmt;

use std::collections::HashMap;

use grammar::ast::{self, Decl, File};

use crate::bytecode::FuncId;
use crate::diag::Diagnostic;
use crate::program::{Func, Layout, Program, RtKind, RtType, layouts, rt_types};
use crate::types::{self, Info, ObjId, Type, TypeId};
use func::FuncCompiler;
use methods::{add_methods, builtin_methods};
use position::Positions;

/// Parses, type-checks and compiles one `package main` source file.
/// `path` is the file's name as traces print it.
pub fn compile_source(src: &str, path: &str) -> Result<Program, Vec<Diagnostic>> {
    compile_source_limited(src, path, types::ErrorLimit::Go)
}

/// As [`compile_source`], reporting type errors up to `limit`.
pub fn compile_source_limited(
    src: &str,
    path: &str,
    limit: types::ErrorLimit,
) -> Result<Program, Vec<Diagnostic>> {
    let (file, syntax) = grammar::parse_file_recovering(src)
        .map_err(|es| es.into_iter().map(Diagnostic::from).collect::<Vec<_>>())?;
    let syntax = syntax.into_iter().map(Diagnostic::from).collect();
    let info = types::check_after(&file, src, limit, syntax)?;
    Ok(compile(&file, &info, src, path))
}

/// State shared by the functions of one program.
pub(crate) struct Module<'a> {
    pub info: &'a Info,
    pub prog: Program,
    /// Function id of each package-level function object.
    pub func_ids: HashMap<ObjId, FuncId>,
    /// Slot offset of each package-level variable in the globals area.
    pub globals: HashMap<ObjId, u32>,
    /// Runtime type id of each type used in an interface.
    rt_types: HashMap<TypeId, u32>,
    positions: Positions,
}

impl Module<'_> {
    /// The file (an index into `Program::line_files`) and line of a byte
    /// offset, as Go reports them.
    pub fn position(&self, offset: u32) -> (u32, u32) {
        self.positions.position(self.info.offset(offset))
    }

    /// The position of the first token at or after a byte offset.
    pub fn next_token_position(&self, offset: u32) -> (u32, u32) {
        let at = self.positions.next_token(self.info.offset(offset));
        self.positions.position(at)
    }

    /// A new function slot, to be filled when its body is compiled.
    pub fn reserve_func(&mut self, name: String) -> FuncId {
        self.prog.funcs.push(Func {
            name,
            code: Vec::new(),
            lines: Vec::new(),
            files: Vec::new(),
            frame_size: 0,
            result_words: 0,
            param_words: 0,
            deferreturn_pc: None,
            open_defers: None,
            wrapper: false,
            closure_layout: layouts::NOSCAN,
            stackmap: None,
        });
        (self.prog.funcs.len() - 1) as FuncId
    }

    /// The layout id of a value of `ty` (Go's gcdata).
    pub fn layout(&mut self, ty: TypeId) -> u32 {
        let mut l = Layout {
            words: self.info.types.words(ty),
            ..Layout::default()
        };
        ptrmask(&self.info.types, ty, 0, &mut l);
        self.prog.layout_id(l)
    }

    /// The layout of an entry of map type `ty`: the key, then the value.
    pub fn entry_layout(&mut self, ty: TypeId) -> u32 {
        let t = &self.info.types;
        let Type::Map(k, v) = *t.get(t.underlying(ty)) else {
            unreachable!("entries of a non-map")
        };
        let mut l = Layout {
            words: t.words(k) + t.words(v),
            ..Layout::default()
        };
        ptrmask(t, k, 0, &mut l);
        ptrmask(t, v, t.words(k), &mut l);
        self.prog.layout_id(l)
    }

    /// Records that closures of `func` hold its id, then values of the
    /// `captured` types at their offsets among the captured words.
    pub fn set_closure_layout(&mut self, func: FuncId, words: u32, captured: &[(u32, TypeId)]) {
        let mut l = Layout {
            words: 1 + words,
            ..Layout::default()
        };
        for &(at, ty) in captured {
            ptrmask(&self.info.types, ty, 1 + at, &mut l);
        }
        self.prog.funcs[func as usize].closure_layout = self.prog.layout_id(l);
    }

    /// The runtime type id for values of `ty` stored in interfaces.
    pub fn rt_type(&mut self, ty: TypeId) -> u32 {
        if let Some(&id) = self.rt_types.get(&ty) {
            return id;
        }
        // Reserve the id first: a type may refer to itself through pointers.
        let t = &self.info.types;
        let name = rt_name(&self.info.types, ty);
        let id = self.prog.push_type(RtType {
            name,
            kind: RtKind::Int,
            words: t.words(ty),
            size: t.go_layout(ty).0,
            offsets: t
                .struct_fields(ty, false)
                .map(|fs| {
                    let tys: Vec<TypeId> = fs.iter().map(|f| f.ty).collect();
                    t.go_struct_layout(&tys).0
                })
                .unwrap_or_default(),
            len: match t.get(t.underlying(ty)) {
                &Type::Array(n, _) => n,
                _ => 0,
            },
            bits: t.int_info(ty).map_or(0, |(bits, _)| bits),
            elem: 0,
            fields: Vec::new(),
            variadic: false,
            field_names: t
                .struct_fields(ty, false)
                .map(|fs| fs.iter().map(|f| f.name.clone()).collect())
                .unwrap_or_default(),
            layout: layouts::NOSCAN,
        });
        self.rt_types.insert(ty, id);
        let t = &self.info.types;
        let (kind, elem, fields) = match t.get(t.underlying(ty)).clone() {
            Type::Basic(types::Basic::Bool) => (RtKind::Bool, 0, Vec::new()),
            Type::Basic(types::Basic::String) => (RtKind::String, 0, Vec::new()),
            Type::Basic(types::Basic::Float32) => (RtKind::Float32, 0, Vec::new()),
            Type::Basic(types::Basic::Float64) => (RtKind::Float64, 0, Vec::new()),
            Type::Basic(types::Basic::Complex64) => (RtKind::Complex64, 0, Vec::new()),
            Type::Basic(types::Basic::Complex128) => (RtKind::Complex128, 0, Vec::new()),
            // Printed as an address, as a pointer to a non-composite is.
            Type::Basic(types::Basic::UnsafePointer) => (
                RtKind::Pointer,
                self.rt_type(types::ids::UINTPTR),
                Vec::new(),
            ),
            Type::Func(sig) => {
                self.prog.types[id as usize].variadic = sig.variadic;
                let params = sig.params.iter().map(|&p| self.rt_type(p)).collect();
                (RtKind::Func, 0, params)
            }
            Type::Slice(el) => (RtKind::Slice, self.rt_type(el), Vec::new()),
            Type::Array(_, el) => (RtKind::Array, self.rt_type(el), Vec::new()),
            Type::Interface(ms) => {
                let ids: Vec<u32> = ms.iter().map(|(n, _)| self.prog.method_id(n)).collect();
                for (&m, &(_, sig)) in ids.iter().zip(&ms) {
                    self.prog.method_sigs.insert((id, m), sig);
                }
                self.prog.iface_methods.insert(id, ids);
                (RtKind::Interface, 0, Vec::new())
            }
            Type::Map(k, v) => {
                let key = self.rt_type(k);
                (RtKind::Map, self.rt_type(v), vec![key])
            }
            Type::Pointer(el) => (RtKind::Pointer, self.rt_type(el), Vec::new()),
            Type::Chan(_, el) => (RtKind::Chan, self.rt_type(el), Vec::new()),
            Type::Struct(fs) => (
                RtKind::Struct,
                0,
                fs.iter().map(|f| self.rt_type(f.ty)).collect(),
            ),
            _ if t.is_unsigned(ty) => (RtKind::Uint, 0, Vec::new()),
            _ => (RtKind::Int, 0, Vec::new()),
        };
        let layout = self.layout(ty);
        let rt = &mut self.prog.types[id as usize];
        rt.kind = kind;
        rt.elem = elem;
        rt.fields = fields;
        rt.layout = layout;
        id
    }
}

/// Gives the variables of packages written in Go that the checker met
/// since the last call their globals; returns their declarations, each
/// once, in the order they are initialized.
pub(crate) fn declare_package_vars(m: &mut Module) -> Vec<&'static ast::ValueSpec> {
    let info = m.info;
    let mut specs: Vec<&'static ast::ValueSpec> = Vec::new();
    for &(obj, vs) in &info.package_vars {
        if m.globals.contains_key(&obj) {
            continue;
        }
        let at = add_global(&mut m.prog, &info.types, info.obj(obj).ty);
        m.globals.insert(obj, at);
        if !specs.iter().any(|s| std::ptr::eq(*s, vs)) {
            specs.push(vs);
        }
    }
    specs
}

/// Adds a package-level variable of type `ty` to the globals; returns its
/// offset.
pub(crate) fn add_global(prog: &mut Program, t: &types::TypeTable, ty: TypeId) -> u32 {
    let at = prog.global_words;
    ptrmask(t, ty, at, &mut prog.globals_layout);
    prog.global_words += t.words(ty);
    prog.globals_layout.words = prog.global_words;
    at
}

/// Adds the pointer words of a value of `ty` at word offset `at` to `l`
/// (Go's ptrmask): string and slice data pointers, pointers, maps,
/// channels, closures, and interface data words.
pub(crate) fn ptrmask(t: &types::TypeTable, ty: TypeId, at: u32, l: &mut Layout) {
    if !t.has_pointers(ty) {
        return;
    }
    match t.get(t.underlying(ty)) {
        Type::Basic(_) | Type::Slice(_) => l.ptrs.push(at),
        Type::Interface(_) => l.ifaces.push(at + 1),
        Type::Tuple(ts) => {
            let mut off = at;
            for &f in ts {
                ptrmask(t, f, off, l);
                off += t.words(f);
            }
        }
        // Pointers are word-aligned in Go's layout: a field or element
        // with pointers starts at a word.
        Type::Struct(fs) => {
            let tys: Vec<TypeId> = fs.iter().map(|f| f.ty).collect();
            let (offsets, _, _) = t.go_struct_layout(&tys);
            for (&f, off) in tys.iter().zip(offsets) {
                ptrmask(t, f, at + (off / 8) as u32, l);
            }
        }
        &Type::Array(n, e) => {
            let w = (t.go_layout(e).0 / 8) as u32;
            for i in 0..n as u32 {
                ptrmask(t, e, at + i * w, l);
            }
        }
        _ => l.ptrs.push(at),
    }
}

/// Compiles a checked file.
pub fn compile(file: &File, info: &Info, src: &str, path: &str) -> Program {
    let mut prog = Program::new(path.to_string());
    let positions = Positions::new(src, &mut prog);
    let mut m = Module {
        info,
        prog,
        func_ids: HashMap::new(),
        globals: HashMap::new(),
        rt_types: HashMap::from([(types::ids::STRING, rt_types::STRING)]),
        positions,
    };
    // Globals and function ids first: bodies may refer to anything.
    let (specs, funcs) = declare_file(&mut m, file);
    let package_vars = declare_package_vars(&mut m);
    native_method_funcs(&mut m);
    for &(fd, id) in &funcs {
        let fi = info.func_at(fd.span);
        let body = fd
            .body
            .as_ref()
            .expect("the checker rejects functions without body");
        FuncCompiler::new(&mut m, id, fi, false).body(body);
    }
    methods::method_table(&mut m);
    // The entry: package variables in initialization order, init functions
    // in source order, then main.main.
    let entry = m.reserve_func("runtime.main".into());
    let mut fc = FuncCompiler::new_entry(&mut m, entry);
    for vs in package_vars {
        fc.global_init(vs);
    }
    let mut done: Vec<*const ast::ValueSpec> = Vec::new();
    for obj in &info.init_order {
        let Some(&vs) = specs.get(obj) else { continue };
        if done.contains(&(vs as *const _)) {
            continue;
        }
        done.push(vs);
        fc.global_init(vs);
    }
    let inits: Vec<FuncId> = funcs
        .iter()
        .filter(|(fd, _)| fd.name.name == "init" && fd.recv.is_none())
        .map(|&(_, id)| id)
        .collect();
    let main = funcs
        .iter()
        .find(|(fd, _)| fd.name.name == "main" && fd.recv.is_none())
        .map(|&(_, id)| id);
    for f in inits.into_iter().chain(main) {
        fc.call_entry(f, file.package.span);
    }
    fc.finish_entry();
    m.prog.entry = entry;
    m.prog.main = file.package.name == "main";
    m.prog
}

/// Go's name for the function `fd` declares (object `obj`): `main.f`, and
/// `main.T.M` and `main.(*T).M` for methods; instances of generic code
/// are `main.f[...]` and `main.(*T[...]).M`.
fn func_name(info: &Info, fd: &ast::FuncDecl, obj: ObjId) -> String {
    let generic = |name: &str| match name.find('[') {
        Some(i) => format!("{}[...]", &name[..i]),
        None => name.to_string(),
    };
    match fd.recv.as_ref().and_then(|r| r.first()) {
        Some(recv) => {
            let o = &info.obj(obj).name;
            let (t, m) = o.rsplit_once('.').unwrap_or((o, ""));
            // A method of a package written in Go is named with its package.
            let (pkg, t) = match t.split_once('.') {
                Some((pkg, t)) if !pkg.contains('[') => (pkg, t),
                _ => ("main", t),
            };
            match &recv.ty.kind {
                ast::ExprKind::Star(_) => format!("{pkg}.(*{}).{m}", generic(t)),
                _ => format!("{pkg}.{}.{m}", generic(t)),
            }
        }
        // A function of a package written in Go is named with its package.
        None if info.obj(obj).name.contains('.') => {
            let generic = if fd.type_params.is_empty() {
                ""
            } else {
                "[...]"
            };
            format!("{}{generic}", info.obj(obj).name)
        }
        None if !fd.type_params.is_empty() => format!("main.{}[...]", fd.name.name),
        None => format!("main.{}", fd.name.name),
    }
}

/// The package-level variables (their global slots, and the spec that
/// initializes each) and functions (their ids; a REPL session's existing
/// ones are kept) that `file` declares.
#[allow(clippy::type_complexity)]
fn declare_file<'a>(
    m: &mut Module<'a>,
    file: &'a File,
) -> (
    HashMap<ObjId, &'a ast::ValueSpec>,
    Vec<(&'a ast::FuncDecl, FuncId)>,
) {
    let info = m.info;
    let mut specs = HashMap::new();
    let mut funcs = Vec::new();
    for decl in &file.decls {
        match decl {
            Decl::Func(fd) => {
                if let Some(id) = declare_func(m, fd) {
                    funcs.push((fd, id));
                }
            }
            Decl::Gen(gd) if gd.kind == ast::GenKind::Var => {
                for spec in &gd.specs {
                    if let ast::Spec::Value(vs) = spec {
                        for name in &vs.names {
                            if let Some(obj) = info.def(name.span) {
                                let at = add_global(&mut m.prog, &info.types, info.obj(obj).ty);
                                m.globals.insert(obj, at);
                                specs.insert(obj, vs);
                            }
                        }
                    }
                }
            }
            Decl::Gen(_) => {}
        }
    }
    // Instances of generic functions and methods.
    for &fd in &info.instances {
        if let Some(id) = declare_func(m, fd) {
            funcs.push((fd, id));
        }
    }
    (specs, funcs)
}

/// Compiles the instances of generic code the checker made (a REPL
/// statement input's: a file's are among its functions).
pub(crate) fn compile_instances(m: &mut Module) {
    let info = m.info;
    // Ids first: instances call each other.
    let ids: Vec<_> = info
        .instances
        .iter()
        .filter_map(|&fd| Some((fd, declare_func(m, fd)?)))
        .collect();
    for (fd, id) in ids {
        if let Some(body) = &fd.body {
            FuncCompiler::new(m, id, info.func_at(fd.span), false).body(body);
        }
    }
}

/// The function id of the function `fd` declares (a REPL session's
/// existing one is kept); `None` for a declaration the checker did not
/// declare (a generic one: its instances are the functions).
fn declare_func(m: &mut Module, fd: &ast::FuncDecl) -> Option<FuncId> {
    let info = m.info;
    let obj = info.def(fd.name.span)?;
    if info.obj(obj).kind != types::ObjKind::Func {
        return None;
    }
    let id = match m.func_ids.get(&obj) {
        Some(&id) => id,
        None => m.reserve_func(func_name(info, fd, obj)),
    };
    // Its frame's shape now: method wrappers made before its body is
    // compiled need it.
    if let Some(sig) = info.types.signature(info.obj(obj).ty) {
        let words = |ts: &[TypeId]| ts.iter().map(|&t| info.types.words(t)).sum::<u32>();
        let f = &mut m.prog.funcs[id as usize];
        f.result_words = words(&sig.results);
        f.param_words = words(&sig.params);
    }
    m.func_ids.insert(obj, id);
    Some(id)
}

/// Methods of the standard packages' types are natives; method calls,
/// values and tables call them through a function of their own, made here
/// for each such method that has none yet.
pub(crate) fn native_method_funcs(m: &mut Module) {
    let info = m.info;
    let mut native_methods: Vec<(ObjId, crate::bytecode::Native)> = info
        .methods
        .values()
        .filter(|me| !m.func_ids.contains_key(&me.func))
        .filter_map(|me| match info.obj(me.func).kind {
            types::ObjKind::Native(n) => Some((me.func, n)),
            _ => None,
        })
        .collect();
    native_method_sort(&mut native_methods);
    for (obj, native) in native_methods {
        let id = m.reserve_func(native.name().into());
        let sig = info
            .types
            .signature(info.obj(obj).ty)
            .cloned()
            .expect("methods have signatures");
        let mut fc = FuncCompiler::new_bound(m, id, &sig);
        fc.native_method_body(native, &sig);
        fc.finish();
        m.func_ids.insert(obj, id);
    }
}

/// Native methods in the order their objects were made, so programs come
/// out the same every time.
fn native_method_sort(ms: &mut [(ObjId, crate::bytecode::Native)]) {
    ms.sort_by_key(|&(obj, _)| obj);
}

/// A type's name as Go's runtime (and so `%T` and panics) spells it:
/// package-qualified defined types, `struct { A int }`, `interface {}`.
pub fn rt_name(t: &types::TypeTable, ty: TypeId) -> String {
    if let Some((base, args)) = t.instance(ty) {
        let args: Vec<String> = args.iter().map(|&a| rt_name(t, a)).collect();
        // The program's own generic types are in package main.
        let pkg = if base.contains('.') { "" } else { "main." };
        return format!("{pkg}{base}[{}]", args.join(","));
    }
    match t.get(ty) {
        // Standard packages' types are named with their package already;
        // `error` is predeclared.
        Type::Named(n, _) if n.contains('.') || ty == types::ids::ERROR => n.clone(),
        Type::Named(n, _) => format!("main.{n}"),
        Type::Slice(e) => format!("[]{}", rt_name(t, *e)),
        Type::Pointer(e) => format!("*{}", rt_name(t, *e)),
        Type::Array(n, e) => format!("[{n}]{}", rt_name(t, *e)),
        Type::Map(k, v) => format!("map[{}]{}", rt_name(t, *k), rt_name(t, *v)),
        &Type::Chan(dir, e) => t.chan_name(dir, e, |e| rt_name(t, e)),
        Type::Struct(fs) if fs.is_empty() => "struct {}".into(),
        Type::Struct(fs) => {
            let parts: Vec<String> = fs.iter().map(|f| f.decl(rt_name(t, f.ty))).collect();
            format!("struct {{ {} }}", parts.join("; "))
        }
        Type::Interface(ms) if ms.is_empty() => "interface {}".into(),
        Type::Interface(ms) => {
            let parts: Vec<String> = ms
                .iter()
                .map(|(n, s)| {
                    let sig = t.signature(*s).map(|sig| rt_signature(t, sig));
                    format!("{n}{}", sig.unwrap_or_default())
                })
                .collect();
            format!("interface {{ {} }}", parts.join("; "))
        }
        Type::Func(sig) => format!("func{}", rt_signature(t, sig)),
        _ => t.name(ty),
    }
}

/// `(main.T, ...int) (int, error)`: a signature with runtime type names.
fn rt_signature(t: &types::TypeTable, sig: &types::Signature) -> String {
    let mut params: Vec<String> = sig.params.iter().map(|&p| rt_name(t, p)).collect();
    if sig.variadic
        && let Some(last) = params.last_mut()
    {
        *last = format!("...{}", &last[2..]);
    }
    let results: Vec<String> = sig.results.iter().map(|&r| rt_name(t, r)).collect();
    let results = match results.len() {
        0 => String::new(),
        1 => format!(" {}", results[0]),
        _ => format!(" ({})", results.join(", ")),
    };
    format!("({}){results}", params.join(", "))
}

//! The compiler from a checked AST to register bytecode ([`crate::bytecode`]).
//!
//! One [`func::FuncCompiler`] per Go function; expressions in `expr.rs`,
//! statements in `stmt.rs`, calls and defers in `call.rs`. Every local and
//! temporary gets a fixed frame slot; temporaries are released at the end of
//! each statement, locals at the end of their block.

mod call;
mod expr;
mod func;
mod place;
pub mod session;
mod stmt;

use std::collections::HashMap;

use grammar::ast::{self, Decl, File};

use crate::bytecode::{FuncId, Instr};
use crate::diag::Diagnostic;
use crate::program::{Func, Program, RtKind, RtType, rt_types};
use crate::runtime::stack::HEADER;
use crate::types::{self, Info, ObjId, Type, TypeId};
use func::FuncCompiler;

/// Parses, type-checks and compiles one `package main` source file.
/// `path` is the file's name as traces print it.
pub fn compile_source(src: &str, path: &str) -> Result<Program, Vec<Diagnostic>> {
    let file = grammar::parse_file(src)
        .map_err(|es| es.into_iter().map(Diagnostic::from).collect::<Vec<_>>())?;
    let info = types::check(&file, src)?;
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
    line_starts: Vec<u32>,
}

impl Module<'_> {
    /// 1-based source line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        self.line_starts.partition_point(|&s| s <= offset) as u32
    }

    /// A new function slot, to be filled when its body is compiled.
    pub fn reserve_func(&mut self, name: String) -> FuncId {
        self.prog.funcs.push(Func {
            name,
            code: Vec::new(),
            lines: Vec::new(),
            frame_size: 0,
            result_words: 0,
            param_words: 0,
            deferreturn_pc: None,
            wrapper: false,
        });
        (self.prog.funcs.len() - 1) as FuncId
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
            elem: 0,
            fields: Vec::new(),
            field_names: t
                .struct_fields(ty, false)
                .map(|fs| fs.iter().map(|f| f.name.clone()).collect())
                .unwrap_or_default(),
        });
        self.rt_types.insert(ty, id);
        let t = &self.info.types;
        let (kind, elem, fields) = match t.get(t.underlying(ty)).clone() {
            Type::Basic(types::Basic::Bool) => (RtKind::Bool, 0, Vec::new()),
            Type::Basic(types::Basic::String) => (RtKind::String, 0, Vec::new()),
            Type::Func(_) => (RtKind::Func, 0, Vec::new()),
            Type::Slice(el) => (RtKind::Slice, self.rt_type(el), Vec::new()),
            Type::Array(_, el) => (RtKind::Array, self.rt_type(el), Vec::new()),
            Type::Interface(ms) => {
                let ids = ms.iter().map(|(n, _)| self.prog.method_id(n)).collect();
                self.prog.iface_methods.insert(id, ids);
                (RtKind::Interface, 0, Vec::new())
            }
            Type::Map(k, v) => {
                let key = self.rt_type(k);
                (RtKind::Map, self.rt_type(v), vec![key])
            }
            Type::Pointer(el) => (RtKind::Pointer, self.rt_type(el), Vec::new()),
            Type::Struct(fs) => (
                RtKind::Struct,
                0,
                fs.iter().map(|f| self.rt_type(f.ty)).collect(),
            ),
            _ if t.is_unsigned(ty) => (RtKind::Uint, 0, Vec::new()),
            _ => (RtKind::Int, 0, Vec::new()),
        };
        let rt = &mut self.prog.types[id as usize];
        rt.kind = kind;
        rt.elem = elem;
        rt.fields = fields;
        id
    }
}

/// Compiles a checked file.
pub fn compile(file: &File, info: &Info, src: &str, path: &str) -> Program {
    let mut line_starts = vec![0u32];
    line_starts.extend(
        src.bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i as u32 + 1),
    );
    let mut m = Module {
        info,
        prog: Program::new(path.to_string()),
        func_ids: HashMap::new(),
        globals: HashMap::new(),
        rt_types: HashMap::from([(types::ids::STRING, rt_types::STRING)]),
        line_starts,
    };
    // Globals and function ids first: bodies may refer to anything.
    let mut specs: HashMap<ObjId, &ast::ValueSpec> = HashMap::new();
    let mut funcs = Vec::new();
    for decl in &file.decls {
        match decl {
            Decl::Func(fd) => {
                if let Some(obj) = info.def(fd.name.span) {
                    let id = m.reserve_func(func_name(info, fd, obj));
                    m.func_ids.insert(obj, id);
                    funcs.push((fd, id));
                }
            }
            Decl::Gen(gd) if gd.kind == ast::GenKind::Var => {
                for spec in &gd.specs {
                    if let ast::Spec::Value(vs) = spec {
                        for n in &vs.names {
                            if let Some(obj) = info.def(n.span) {
                                m.globals.insert(obj, m.prog.global_words);
                                m.prog.global_words += info.types.words(info.obj(obj).ty);
                                specs.insert(obj, vs);
                            }
                        }
                    }
                }
            }
            Decl::Gen(_) => {}
        }
    }
    for &(fd, id) in &funcs {
        let fi = info.func_at(fd.span);
        let body = fd
            .body
            .as_ref()
            .expect("the checker rejects functions without body");
        FuncCompiler::new(&mut m, id, fi, false).body(body);
    }
    method_table(&mut m);
    // The entry: package variables in initialization order, init functions
    // in source order, then main.main.
    let entry = m.reserve_func("runtime.main".into());
    let mut fc = FuncCompiler::new_entry(&mut m, entry);
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
        .filter(|(fd, _)| fd.name.name == "init")
        .map(|&(_, id)| id)
        .collect();
    let main = funcs
        .iter()
        .find(|(fd, _)| fd.name.name == "main")
        .map(|&(_, id)| id);
    for f in inits.into_iter().chain(main) {
        fc.call_entry(f, file.package.span);
    }
    fc.finish_entry();
    m.prog.entry = entry;
    m.prog
}

/// Go's name for the function `fd` declares (object `obj`): `main.f`, and
/// `main.T.M` and `main.(*T).M` for methods.
fn func_name(info: &Info, fd: &ast::FuncDecl, obj: ObjId) -> String {
    match fd.recv.as_ref().and_then(|r| r.first()) {
        Some(recv) => match &recv.ty.kind {
            ast::ExprKind::Star(_) => {
                let o = &info.obj(obj).name;
                let (t, m) = o.split_once('.').unwrap_or((o, ""));
                format!("main.(*{t}).{m}")
            }
            _ => format!("main.{}", info.obj(obj).name),
        },
        None => format!("main.{}", fd.name.name),
    }
}

/// Fills the program's method table: for each method of each defined type,
/// the function an interface holding a `T` or a `*T` calls (see
/// [`add_methods`]).
fn method_table(m: &mut Module) {
    builtin_methods(m);
    let mut methods: Vec<(TypeId, String)> = m.info.methods.keys().cloned().collect();
    methods.sort();
    add_methods(m, &methods);
}

/// The methods of the runtime's own types in the method table.
fn builtin_methods(m: &mut Module) {
    // `*errors.errorString` (what errors.New and fmt.Errorf make) and
    // `runtime.errorString` (runtime error panics) have an Error method; the
    // data word of either points at the text.
    let error = m.prog.method_id("Error");
    for (ty, name) in [
        (rt_types::ERROR_STRING, "errors.(*errorString).Error"),
        (rt_types::RUNTIME_ERROR, "runtime.errorString.Error"),
    ] {
        let id = m.reserve_func(name.into());
        let f = &mut m.prog.funcs[id as usize];
        let h = HEADER as u32;
        f.code = vec![
            Instr::Load {
                dst: h,
                ptr: h + 2,
                n: 2,
            },
            Instr::Ret,
        ];
        f.lines = vec![0, 0];
        f.frame_size = h + 3;
        f.result_words = 2;
        f.param_words = 1;
        m.prog.itab.insert((ty, error), id);
    }
}

/// Adds the methods `keys` (receiver base type, name) to the method table.
/// Interfaces hold a pointer, a one-word value, or a pointer to a boxed
/// value in their data word; value methods of types held by pointer go
/// through a wrapper that dereferences it (Go's `main.(*T).M`).
fn add_methods(m: &mut Module, keys: &[(TypeId, String)]) {
    let info = m.info;
    for key in keys {
        let (named, name) = (&key.0, &key.1);
        let method = &info.methods[key];
        let func = m.func_ids[&method.func];
        let name_id = m.prog.method_id(name);
        let ptr = info.types.intern_lookup(&Type::Pointer(*named));
        let value_rt = m.rt_type(*named);
        let ptr_rt = ptr.map(|p| m.rt_type(p));
        if method.pointer_recv {
            if let Some(p) = ptr_rt {
                m.prog.itab.insert((p, name_id), func);
            }
            continue;
        }
        let words = info.types.words(*named);
        let wrapper = deref_wrapper(m, func, *named);
        m.prog
            .itab
            .insert((value_rt, name_id), if words == 1 { func } else { wrapper });
        if let Some(p) = ptr_rt {
            m.prog.itab.insert((p, name_id), wrapper);
        }
    }
}

/// A function taking `*T` (then the method's arguments) that calls the value
/// method `func` of `T` with `*p`.
fn deref_wrapper(m: &mut Module, func: FuncId, recv: TypeId) -> FuncId {
    use crate::bytecode::Instr;
    use crate::runtime::stack::HEADER;
    let target = m.prog.funcs[func as usize].clone();
    let recv_words = m.info.types.words(recv);
    let bare = target.name.strip_prefix("main.").unwrap_or(&target.name);
    let (t, method) = bare.split_once('.').unwrap_or((bare, ""));
    let name = format!("main.(*{t}).{method}");
    let id = m.reserve_func(name);
    let (rw, aw) = (target.result_words, target.param_words - recv_words);
    // Frame: header, results, the pointer, the other arguments; the
    // callee's frame above them.
    let ptr = HEADER as u32 + rw;
    let base = ptr + 1 + aw;
    let mut code = vec![
        Instr::NilCheck { ptr },
        Instr::Load {
            dst: base + HEADER as u32 + rw,
            ptr,
            n: recv_words,
        },
    ];
    for i in 0..aw {
        code.push(Instr::Move {
            dst: base + HEADER as u32 + rw + recv_words + i,
            src: ptr + 1 + i,
        });
    }
    code.push(Instr::Call { func, base });
    for i in 0..rw {
        code.push(Instr::Move {
            dst: HEADER as u32 + i,
            src: base + HEADER as u32 + i,
        });
    }
    code.push(Instr::Ret);
    let f = &mut m.prog.funcs[id as usize];
    f.lines = vec![target.lines.first().copied().unwrap_or(0); code.len()];
    f.code = code;
    f.frame_size = base + HEADER as u32 + rw + recv_words + aw;
    f.result_words = rw;
    f.param_words = 1 + aw;
    f.wrapper = true;
    id
}

/// A type's name as Go's runtime (and so `%T` and panics) spells it:
/// package-qualified defined types, `struct { A int }`, `interface {}`.
pub fn rt_name(t: &types::TypeTable, ty: TypeId) -> String {
    match t.get(ty) {
        Type::Named(n, _) if ty == types::ids::ERROR => n.clone(),
        Type::Named(n, _) => format!("main.{n}"),
        Type::Slice(e) => format!("[]{}", rt_name(t, *e)),
        Type::Pointer(e) => format!("*{}", rt_name(t, *e)),
        Type::Array(n, e) => format!("[{n}]{}", rt_name(t, *e)),
        Type::Map(k, v) => format!("map[{}]{}", rt_name(t, *k), rt_name(t, *v)),
        Type::Struct(fs) if fs.is_empty() => "struct {}".into(),
        Type::Struct(fs) => {
            let parts: Vec<String> = fs
                .iter()
                .map(|f| {
                    if f.embedded {
                        rt_name(t, f.ty)
                    } else {
                        format!("{} {}", f.name, rt_name(t, f.ty))
                    }
                })
                .collect();
            format!("struct {{ {} }}", parts.join("; "))
        }
        Type::Interface(ms) if ms.is_empty() => "interface {}".into(),
        Type::Interface(ms) => {
            let parts: Vec<String> = ms
                .iter()
                .map(|(n, s)| {
                    format!(
                        "{n}{}",
                        t.signature(*s)
                            .map(|sig| t.signature_string(sig))
                            .unwrap_or_default()
                    )
                })
                .collect();
            format!("interface {{ {} }}", parts.join("; "))
        }
        _ => t.name(ty),
    }
}

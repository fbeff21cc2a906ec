//! The method table: which function a method call through an interface
//! runs, for each dynamic type and method name, and the wrappers that adapt
//! an interface's data word to a method's receiver.
//!
//! An interface holds a pointer, a one-word value, or a pointer to a boxed
//! value in its data word. A method whose receiver is exactly that word
//! (pointer methods of `*T`, value methods of one-word `T`) is called
//! directly; every other entry is a wrapper that finds the receiver: it
//! dereferences `*T` for a value method (Go's `main.(*T).M`), or walks the
//! embedded fields to a promoted method's receiver (`main.S.M`).

use std::collections::BTreeSet;

use super::Module;
use crate::bytecode::{Access, FuncId, Instr};
use crate::program::rt_types;
use crate::runtime::stack::HEADER;
use crate::types::{Lookup, Step, Type, TypeId};

/// Fills the program's method table: the runtime's own types, then every
/// method of the program's types.
pub(super) fn method_table(m: &mut Module) {
    builtin_methods(m);
    let mut methods: Vec<(TypeId, String)> = m.info.methods.keys().cloned().collect();
    methods.sort();
    add_methods(m, &methods);
}

/// Adds the methods `keys` (receiver base type, name) to the method table,
/// then the methods every struct type gets from its embedded fields (a
/// REPL session adds methods as their types are declared).
pub(super) fn add_methods(m: &mut Module, keys: &[(TypeId, String)]) {
    super::native_method_funcs(m);
    package_rt_types(m);
    let info = m.info;
    for key in keys {
        let (named, name) = key;
        let method = &info.methods[key];
        let func = m.func_ids[&method.func];
        let name_id = m.prog.method_id(name);
        let ptr = info.types.intern_lookup(&Type::Pointer(*named));
        let value_rt = m.rt_type(*named);
        let ptr_rt = ptr.map(|p| m.rt_type(p));
        if method.pointer_recv {
            if let Some(p) = ptr_rt {
                m.prog.add_method(p, name_id, func, method.sig);
            }
            continue;
        }
        let target = Target::Func(func, false);
        if info.types.words(*named) == 1 {
            m.prog.add_method(value_rt, name_id, func, method.sig);
        } else {
            let boxed = method_wrapper(m, target, *named, false, &[], false);
            m.prog.add_method(value_rt, name_id, boxed, method.sig);
        }
        if let Some(p) = ptr_rt {
            let wrapper = method_wrapper(m, target, *named, true, &[], false);
            m.prog.add_method(p, name_id, wrapper, method.sig);
        }
    }
    promoted_methods(m);
}

/// Records the runtime types the natives need of the package types the
/// program has made: `fmt.Formatter` and `*fmt.pp` for `Format` methods
/// (`Program::formatter`), `io.discard` for `io.Discard`.
fn package_rt_types(m: &mut Module) {
    let info = m.info;
    let named = |name: &str| {
        info.types
            .ids()
            .find(|&t| matches!(info.types.get(t), Type::Named(n, _) if n == name))
    };
    if m.prog.formatter.is_none()
        && let (Some(formatter), Some(pp)) = (named("fmt.Formatter"), named("fmt.pp"))
        && let Some(pp_ptr) = info.types.intern_lookup(&Type::Pointer(pp))
    {
        m.prog.formatter = Some((m.rt_type(formatter), m.rt_type(pp_ptr)));
    }
    if m.prog.discard.is_none()
        && let Some(discard) = named("io.discard")
    {
        m.prog.discard = Some(m.rt_type(discard));
    }
}

/// The standard packages' error types (`*errors.errorString` of
/// errors.New, `runtime.errorString` of runtime panics, fmt's and errors'
/// wrappers) have an Error method; the data word of each points
/// at a cell that starts with the text.
pub(super) fn builtin_methods(m: &mut Module) {
    let error = m.prog.method_id("Error");
    for (ty, name) in [
        (rt_types::ERROR_STRING, "errors.(*errorString).Error"),
        (rt_types::RUNTIME_ERROR, "runtime.errorString.Error"),
        (rt_types::WRAP_ERROR, "fmt.(*wrapError).Error"),
        (rt_types::WRAP_ERRORS, "fmt.(*wrapErrors).Error"),
        (rt_types::JOIN_ERROR, "errors.(*joinError).Error"),
        (rt_types::PANIC_NIL_ERROR, "runtime.(*PanicNilError).Error"),
    ] {
        let id = m.reserve_func(name.into());
        let f = &mut m.prog.funcs[id as usize];
        let h = HEADER as u32;
        f.code = vec![
            Instr::Load {
                dst: h,
                ptr: h + 2,
                off: 0,
                acc: Access::words(2),
            },
            Instr::Ret,
        ];
        f.lines = vec![0, 0];
        f.frame_size = h + 3;
        f.result_words = 2;
        f.param_words = 1;
        // `func() string`, interned as the predeclared `error`'s.
        let sig = crate::types::ids::VOID + 1;
        m.prog.add_method(ty, error, id, sig);
    }
    // The wrapping errors' `Unwrap` (`() error` or `() []error`): their
    // cells hold the wrapped errors after the text. `errors.Is` and `As`
    // read the cells directly; these serve type assertions, so only a
    // program that has the signature needs them.
    let info = m.info;
    let errs = info
        .types
        .intern_lookup(&Type::Slice(crate::types::ids::ERROR));
    for (ty, name, result) in [
        (
            rt_types::WRAP_ERROR,
            "fmt.(*wrapError).Unwrap",
            Some(crate::types::ids::ERROR),
        ),
        (rt_types::WRAP_ERRORS, "fmt.(*wrapErrors).Unwrap", errs),
        (rt_types::JOIN_ERROR, "errors.(*joinError).Unwrap", errs),
    ] {
        let sig = result.and_then(|r| {
            info.types
                .intern_lookup(&Type::Func(crate::types::Signature {
                    params: vec![],
                    results: vec![r],
                    variadic: false,
                    names: Default::default(),
                }))
        });
        let Some(sig) = sig else {
            continue;
        };
        let n = info.types.words(result.expect("a result type"));
        let id = m.reserve_func(name.into());
        let f = &mut m.prog.funcs[id as usize];
        let (h, recv) = (HEADER as u32, HEADER as u32 + n);
        f.code = vec![
            Instr::AddIntK {
                dst: recv + 1,
                a: recv,
                k: 16,
            },
            Instr::Load {
                dst: h,
                ptr: recv + 1,
                off: 0,
                acc: info.types.access(result.expect("a result type")),
            },
            Instr::Ret,
        ];
        f.lines = vec![0; 3];
        f.frame_size = recv + 2;
        f.result_words = n;
        f.param_words = 1;
        let unwrap = m.prog.method_id("Unwrap");
        m.prog.add_method(ty, unwrap, id, sig);
    }
    // The runtime's panics are `runtime.Error`s: they have the marker
    // method `RuntimeError()` too. Only a program that names an interface
    // with it has its signature, `func()`.
    let info = m.info;
    let marker_sig = info.types.ids().find(|&t| {
        matches!(info.types.get(t), Type::Func(sig) if sig.params.is_empty() && sig.results.is_empty() && !sig.variadic)
    });
    if let Some(sig) = marker_sig
        && method_names(m).contains("RuntimeError")
    {
        let name = m.prog.method_id("RuntimeError");
        for (ty, fname) in [
            (rt_types::RUNTIME_ERROR, "runtime.errorString.RuntimeError"),
            (
                rt_types::PANIC_NIL_ERROR,
                "runtime.(*PanicNilError).RuntimeError",
            ),
        ] {
            let id = m.reserve_func(fname.into());
            let f = &mut m.prog.funcs[id as usize];
            f.code = vec![Instr::Ret];
            f.lines = vec![0];
            f.frame_size = HEADER as u32 + 1;
            f.param_words = 1;
            m.prog.add_method(ty, name, id, sig);
        }
    }
}

/// What a wrapper calls: a Go method (with a pointer receiver or not), or
/// an interface's method by name id and signature.
#[derive(Clone, Copy)]
enum Target {
    Func(FuncId, bool),
    Iface(u32, TypeId),
}

/// Every method name of the program's types and interfaces.
fn method_names(m: &Module) -> BTreeSet<String> {
    let info = m.info;
    let mut names: BTreeSet<String> = info.methods.keys().map(|(_, n)| n.clone()).collect();
    for ty in info.types.ids() {
        if let Type::Interface(ms) = info.types.get(ty) {
            names.extend(ms.iter().map(|(n, _)| n.clone()));
        }
    }
    names
}

/// Methods that structs get from their embedded fields, for `S` and `*S`.
/// `S`'s method set has a promoted pointer method only when the receiver
/// is reached through an embedded pointer.
fn promoted_methods(m: &mut Module) {
    let info = m.info;
    let names = method_names(m);
    // Defined struct types and literal ones (`struct{ S }`) alike.
    for named in info.types.ids() {
        if !matches!(info.types.get(named), Type::Named(..) | Type::Struct(_))
            || !info
                .types
                .struct_fields(named, false)
                .is_some_and(|fs| fs.iter().any(|f| f.embedded))
        {
            continue;
        }
        let ptr = info.types.intern_lookup(&Type::Pointer(named));
        for name in &names {
            let name_id = m.prog.method_id(name);
            let (target, sig, path, recv_is_ptr, in_value_set) =
                match info.lookup_member(named, name) {
                    Lookup::Method(path, method, recv_is_ptr) if !path.is_empty() => {
                        let p = method.pointer_recv;
                        let in_value_set = !p || recv_is_ptr || path.iter().any(|s| s.deref);
                        let target = Target::Func(m.func_ids[&method.func], p);
                        (target, method.sig, path, recv_is_ptr, in_value_set)
                    }
                    Lookup::IfaceMethod(path, sig) if !path.is_empty() => {
                        (Target::Iface(name_id, sig), sig, path, false, true)
                    }
                    _ => continue,
                };
            if in_value_set {
                let w = method_wrapper(m, target, named, false, &path, recv_is_ptr);
                let rt = m.rt_type(named);
                m.prog.add_method(rt, name_id, w, sig);
            }
            if let Some(ptr) = ptr {
                let w = method_wrapper(m, target, named, true, &path, recv_is_ptr);
                let rt = m.rt_type(ptr);
                m.prog.add_method(rt, name_id, w, sig);
            }
        }
    }
}

/// The function a method expression `recv.name` denotes: the method
/// itself when its receiver is exactly `recv`, else a wrapper that takes a
/// `recv` first (dereferencing, walking embedded fields, or calling
/// through an interface).
pub(super) fn method_expr(m: &mut Module, recv: TypeId, name: &str) -> FuncId {
    let info = m.info;
    let t = &info.types;
    let (base, is_ptr) = match *t.get(t.underlying(recv)) {
        Type::Pointer(p) if !t.is_interface(recv) => (p, true),
        _ => (recv, false),
    };
    let name_id = m.prog.method_id(name);
    match info.lookup_member(recv, name) {
        Lookup::Method(path, method, recv_is_ptr) => {
            let func = m.func_ids[&method.func];
            if path.is_empty() && method.pointer_recv == is_ptr {
                return func;
            }
            let target = Target::Func(func, method.pointer_recv);
            // A value receiver of more than a word arrives boxed in an
            // interface's data word; here it arrives in the frame.
            if !is_ptr && t.words(base) != 1 {
                return receiver_in_frame(m, recv, name_id, target, &path, recv_is_ptr);
            }
            method_wrapper(m, target, base, is_ptr, &path, recv_is_ptr)
        }
        Lookup::IfaceMethod(path, sig) if path.is_empty() => {
            iface_method_expr(m, recv, name_id, sig)
        }
        Lookup::IfaceMethod(path, sig) => {
            let target = Target::Iface(name_id, sig);
            if !is_ptr && t.words(base) != 1 {
                return receiver_in_frame(m, recv, name_id, target, &path, false);
            }
            method_wrapper(m, target, base, is_ptr, &path, false)
        }
        _ => unreachable!("the checker resolved {name}"),
    }
}

/// `T.M` for a `T` of several words: a function taking the `T` value in its
/// frame, that boxes it and calls the wrapper that takes a boxed `T`.
fn receiver_in_frame(
    m: &mut Module,
    recv: TypeId,
    name_id: u32,
    target: Target,
    path: &[Step],
    recv_is_ptr: bool,
) -> FuncId {
    let inner = method_wrapper(m, target, recv, false, path, recv_is_ptr);
    let f = m.prog.funcs[inner as usize].clone();
    let words = m.info.types.words(recv);
    let h = HEADER as u32;
    let (rw, aw) = (f.result_words, f.param_words - 1);
    // Frame: header, results, the receiver, the other arguments, the box,
    // then the callee's frame.
    let value = h + rw;
    let boxed = value + words + aw;
    let base = boxed + 1;
    let layout = m.layout(recv);
    let mut code = vec![
        Instr::NewBox {
            dst: boxed,
            n: words,
            layout,
        },
        Instr::Store {
            ptr: boxed,
            off: 0,
            src: value,
            acc: m.info.types.access(recv),
        },
        Instr::Move {
            dst: base + h + rw,
            src: boxed,
        },
    ];
    for i in 0..aw {
        code.push(Instr::Move {
            dst: base + h + rw + 1 + i,
            src: value + words + i,
        });
    }
    code.push(Instr::Call { func: inner, base });
    for i in 0..rw {
        code.push(Instr::Move {
            dst: h + i,
            src: base + h + i,
        });
    }
    code.push(Instr::Ret);
    let name = format!(
        "{}.{}-fm",
        m.info.types.name(recv),
        m.prog.method_names[name_id as usize]
    );
    let id = m.reserve_func(name);
    let g = &mut m.prog.funcs[id as usize];
    g.lines = vec![f.lines.first().copied().unwrap_or(0); code.len()];
    g.code = code;
    g.frame_size = base + h + rw + 1 + aw;
    g.result_words = rw;
    g.param_words = words + aw;
    g.wrapper = true;
    id
}

/// `I.M` for an interface `I`: a function taking the interface value
/// first, that calls its dynamic type's method.
fn iface_method_expr(m: &mut Module, iface: TypeId, name_id: u32, sig: TypeId) -> FuncId {
    let t = &m.info.types;
    let sig = t.signature(sig).expect("a method signature").clone();
    let words = |ts: &[TypeId]| ts.iter().map(|&ty| t.words(ty)).sum::<u32>();
    let (rw, aw) = (words(&sig.results), words(&sig.params));
    let h = HEADER as u32;
    let value = h + rw;
    let closure = value + 2 + aw;
    let base = closure + 1;
    let mut code = vec![
        Instr::IfaceMethod {
            dst: closure,
            iface: value,
            method: name_id,
        },
        Instr::Move {
            dst: base + h + rw,
            src: value + 1,
        },
    ];
    for i in 0..aw {
        code.push(Instr::Move {
            dst: base + h + rw + 1 + i,
            src: value + 2 + i,
        });
    }
    code.push(Instr::CallClosure {
        callee: closure,
        base,
    });
    for i in 0..rw {
        code.push(Instr::Move {
            dst: h + i,
            src: base + h + i,
        });
    }
    code.push(Instr::Ret);
    let name = format!(
        "main.{}.{}",
        t.name(iface),
        m.prog.method_names[name_id as usize]
    );
    let id = m.reserve_func(name);
    let f = &mut m.prog.funcs[id as usize];
    f.lines = vec![0; code.len()];
    f.code = code;
    f.frame_size = base + h + rw + 1 + aw;
    f.result_words = rw;
    f.param_words = 2 + aw;
    f.wrapper = true;
    id
}

/// A function taking an interface's data word for `outer` (or `*outer`
/// when `outer_ptr`), then the method's arguments, that calls `target`
/// with its receiver: the value at the end of the embedded-field `path`
/// (empty: `outer` itself), which is a pointer when `recv_is_ptr`, passed
/// by address to a method with a pointer receiver; or, for an interface
/// method, the dynamic value of the interface held there.
fn method_wrapper(
    m: &mut Module,
    target: Target,
    outer: TypeId,
    outer_ptr: bool,
    path: &[Step],
    recv_is_ptr: bool,
) -> FuncId {
    let t = &m.info.types;
    // The type whose method this is, and how its value is passed.
    let mut field_ty = outer;
    for step in path {
        let fields = t
            .struct_fields(field_ty, true)
            .expect("a struct on the path");
        field_ty = fields[step.index].ty;
    }
    let recv_ty = match (recv_is_ptr, t.get(t.underlying(field_ty))) {
        (true, &Type::Pointer(e)) => e,
        _ => field_ty,
    };
    // Receiver words as the callee takes them, result and argument words.
    let (recv_words, rw, aw, method) = match target {
        Target::Func(func, pointer_recv) => {
            let f = &m.prog.funcs[func as usize];
            let recv_words = if pointer_recv { 1 } else { t.words(recv_ty) };
            let method = f.name.rsplit('.').next().unwrap_or("").to_string();
            (
                recv_words,
                f.result_words,
                f.param_words - recv_words,
                method,
            )
        }
        Target::Iface(name_id, sig) => {
            let sig = t.signature(sig).expect("a method signature");
            let words = |ts: &[TypeId]| ts.iter().map(|&ty| t.words(ty)).sum::<u32>();
            let method = m.prog.method_names[name_id as usize].clone();
            (1, words(&sig.results), words(&sig.params), method)
        }
    };
    let outer_name = t.name(outer);
    let name = if outer_ptr {
        format!("main.(*{outer_name}).{method}")
    } else {
        format!("main.{outer_name}.{method}")
    };
    // Frame: header, results, the data word, the other arguments, four
    // temporaries (an address, a one-word value, an interface's closure
    // and data word), then the callee's frame.
    let h = HEADER as u32;
    let data = h + rw;
    let addr = data + 1 + aw;
    let inline = addr + 1;
    let iface = inline + 1;
    let base = iface + 2;
    let recv = base + h + rw;
    let mut code = Vec::new();
    // The address of the outer value.
    if outer_ptr {
        code.push(Instr::NilCheck { ptr: data });
        code.push(Instr::Move {
            dst: addr,
            src: data,
        });
    } else if t.words(outer) == 1 {
        code.push(Instr::Move {
            dst: inline,
            src: data,
        });
        code.push(Instr::SlotAddr {
            dst: addr,
            slot: inline,
        });
    } else {
        code.push(Instr::Move {
            dst: addr,
            src: data,
        });
    }
    // Down the embedded fields: follow embedded pointers, add offsets.
    let mut container = outer;
    for (i, step) in path.iter().enumerate() {
        if i > 0 && step.deref {
            code.push(Instr::Load {
                dst: addr,
                ptr: addr,
                off: 0,
                acc: Access::words(1),
            });
            code.push(Instr::NilCheck { ptr: addr });
        }
        let strukt = match t.get(t.underlying(container)) {
            &Type::Pointer(p) => p,
            _ => container,
        };
        let off = t.field_offset(strukt, step.index);
        if off > 0 {
            code.push(Instr::AddIntK {
                dst: addr,
                a: addr,
                k: off as i32,
            });
        }
        container = t.struct_fields(strukt, false).expect("a struct")[step.index].ty;
    }
    let call = match target {
        Target::Iface(name_id, _) => {
            // The embedded interface: its method's closure gets the data word.
            code.push(Instr::Load {
                dst: iface,
                ptr: addr,
                off: 0,
                acc: Access::words(2),
            });
            code.push(Instr::IfaceMethod {
                dst: iface,
                iface,
                method: name_id,
            });
            code.push(Instr::Load {
                dst: recv,
                ptr: addr,
                off: 0,
                acc: Access::words(2),
            });
            code.push(Instr::Move {
                dst: recv,
                src: recv + 1,
            });
            Instr::CallClosure {
                callee: iface,
                base,
            }
        }
        Target::Func(func, pointer_recv) => {
            if !path.is_empty() && recv_is_ptr {
                // The field holds a pointer to the receiver.
                code.push(Instr::Load {
                    dst: addr,
                    ptr: addr,
                    off: 0,
                    acc: Access::words(1),
                });
            }
            if pointer_recv {
                code.push(Instr::Move {
                    dst: recv,
                    src: addr,
                });
            } else {
                code.push(Instr::LoadField {
                    dst: recv,
                    ptr: addr,
                    off: 0,
                    acc: t.access(recv_ty),
                });
            }
            Instr::Call { func, base }
        }
    };
    for i in 0..aw {
        code.push(Instr::Move {
            dst: recv + recv_words + i,
            src: data + 1 + i,
        });
    }
    code.push(call);
    for i in 0..rw {
        code.push(Instr::Move {
            dst: h + i,
            src: base + h + i,
        });
    }
    code.push(Instr::Ret);
    let line = match target {
        Target::Func(func, _) => m.prog.funcs[func as usize].lines.first().copied(),
        Target::Iface(..) => None,
    };
    let id = m.reserve_func(name);
    let f = &mut m.prog.funcs[id as usize];
    f.lines = vec![line.unwrap_or(0); code.len()];
    f.code = code;
    f.frame_size = recv + recv_words + aw;
    f.result_words = rw;
    f.param_words = 1 + aw;
    f.wrapper = true;
    id
}

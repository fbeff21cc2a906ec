//! Operations on multi-word values that both engines call: strings and
//! interfaces.

use std::cmp::Ordering;

use super::{Runtime, mem};
use crate::bytecode::{Access, Scalar};
use crate::program::{RtKind, RtType, rt_types};

/// `a + b` for strings; shares an operand when the other is empty.
pub fn concat(rt: &mut Runtime, a: (u64, u64), b: (u64, u64)) -> (u64, u64) {
    if a.1 == 0 {
        return b;
    }
    if b.1 == 0 {
        return a;
    }
    let mut bytes = Vec::with_capacity((a.1 + b.1) as usize);
    bytes.extend_from_slice(mem::bytes(a.0, a.1));
    bytes.extend_from_slice(mem::bytes(b.0, b.1));
    rt.heap.alloc_string(&bytes)
}

/// Bytewise comparison of two strings.
pub fn str_cmp(a: (u64, u64), b: (u64, u64)) -> Ordering {
    mem::bytes(a.0, a.1).cmp(mem::bytes(b.0, b.1))
}

/// An interface holding the `words`-word value at `src` (a slot or heap
/// address) of runtime type `ty`: one-word values inline, others boxed.
pub fn make_iface(rt: &mut Runtime, ty: u32, src: u64) -> (u64, u64) {
    let words = rt.prog.types[ty as usize].words as usize;
    if words == 1 {
        return (ty as u64, mem::load(src, 0));
    }
    let data = rt.heap.alloc(words, rt.prog.types[ty as usize].layout);
    for i in 0..words {
        mem::store(data, i, mem::load(src, i));
    }
    (ty as u64, data)
}

/// `a == b` for interfaces: same dynamic type and equal values. Comparing
/// values of an uncomparable dynamic type is an error: Go's message.
pub fn iface_eq(rt: &Runtime, a: (u64, u64), b: (u64, u64)) -> Result<bool, String> {
    if a.0 != b.0 {
        return Ok(false);
    }
    if a.0 == rt_types::NIL as u64 {
        return Ok(true);
    }
    let t = &rt.prog.types[a.0 as usize];
    if t.words == 1 {
        // One-word values sit in the data word itself.
        let (x, y) = ([a.1], [b.1]);
        return eq_at(
            rt,
            a.0 as u32,
            x.as_ptr() as u64,
            y.as_ptr() as u64,
            Form::Slot,
        );
    }
    eq_at(rt, a.0 as u32, a.1, b.1, Form::Slot)
}

/// Where a value of a runtime type is read: a whole value that the
/// runtime or a frame holds (in a slot, an interface's data word or box, a
/// map entry or a channel buffer) is in slot form; a field or element in
/// memory is in memory form. The two differ only for `float32` and
/// `complex64`, and in the bytes a narrow integer takes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Slot,
    Mem,
}

/// The slot form of the one-slot scalar (integer, boolean, float,
/// pointer-like) of runtime type `t` at `addr`.
pub fn scalar_at(t: &RtType, addr: u64, form: Form) -> u64 {
    match narrow(t, form) {
        Some(k) => mem::load_scalar(addr, k),
        None => mem::load(addr, 0),
    }
}

/// Writes the slot-form one-slot scalar `v` of runtime type `t` at `addr`
/// in memory form.
pub fn store_scalar_at(t: &RtType, addr: u64, v: u64) {
    match narrow(t, Form::Mem) {
        Some(k) => mem::store_scalar(addr, k, v),
        None => mem::store(addr, 0, v),
    }
}

/// How a one-slot scalar of runtime type `t` read in `form` is narrower
/// than a word, if it is.
fn narrow(t: &RtType, form: Form) -> Option<Scalar> {
    Some(match t.kind {
        RtKind::Float32 if form == Form::Mem => Scalar::F32,
        RtKind::Bool => Scalar::U8,
        RtKind::Int if t.bits == 8 => Scalar::I8,
        RtKind::Int if t.bits == 16 => Scalar::I16,
        RtKind::Int if t.bits == 32 => Scalar::I32,
        RtKind::Uint if t.bits == 8 => Scalar::U8,
        RtKind::Uint if t.bits == 16 => Scalar::U16,
        RtKind::Uint if t.bits == 32 => Scalar::U32,
        _ => return None,
    })
}

/// The `f64` bits of the real and imaginary parts of the complex value of
/// runtime type `t` at `addr`.
pub fn complex_at(t: &RtType, addr: u64, form: Form) -> (u64, u64) {
    if t.kind == RtKind::Complex64 && form == Form::Mem {
        let mut v = [0; 2];
        mem::load_value(addr, Access::scalar(Scalar::C64), &mut v);
        return (v[0], v[1]);
    }
    (mem::load(addr, 0), mem::load(addr, 1))
}

/// The address of element `i` of the array at `addr` of runtime type `t`.
pub fn elem_at(rt: &Runtime, t: &RtType, addr: u64, i: u64) -> u64 {
    addr + i * rt.prog.types[t.elem as usize].size
}

/// `==` of two values of runtime type `ty` stored at `x` and `y`.
fn eq_at(rt: &Runtime, ty: u32, x: u64, y: u64, form: Form) -> Result<bool, String> {
    let t = &rt.prog.types[ty as usize];
    Ok(match t.kind {
        RtKind::Int
        | RtKind::Uint
        | RtKind::Bool
        | RtKind::Pointer
        | RtKind::Chan
        | RtKind::ErrorString => scalar_at(t, x, form) == scalar_at(t, y, form),
        RtKind::Float32 | RtKind::Float64 => {
            f64::from_bits(scalar_at(t, x, form)) == f64::from_bits(scalar_at(t, y, form))
        }
        RtKind::Complex64 | RtKind::Complex128 => {
            let (a, b) = (complex_at(t, x, form), complex_at(t, y, form));
            f64::from_bits(a.0) == f64::from_bits(b.0) && f64::from_bits(a.1) == f64::from_bits(b.1)
        }
        RtKind::String | RtKind::RuntimeError => {
            let s = |d| (mem::load(d, 0), mem::load(d, 1));
            str_cmp(s(x), s(y)) == Ordering::Equal
        }
        RtKind::Struct => {
            for (i, (&f, &off)) in t.fields.iter().zip(&t.offsets).enumerate() {
                if !t.is_blank_field(i) && !eq_at(rt, f, x + off, y + off, Form::Mem)? {
                    return Ok(false);
                }
            }
            true
        }
        RtKind::Array => {
            for i in 0..t.len {
                let (a, b) = (elem_at(rt, t, x, i), elem_at(rt, t, y, i));
                if !eq_at(rt, t.elem, a, b, Form::Mem)? {
                    return Ok(false);
                }
            }
            true
        }
        RtKind::Interface => iface_eq(
            rt,
            (mem::load(x, 0), mem::load(x, 1)),
            (mem::load(y, 0), mem::load(y, 1)),
        )?,
        RtKind::Func | RtKind::Slice | RtKind::Map => {
            return Err(format!("comparing uncomparable type {}", t.name));
        }
    })
}

/// Words of the result of asserting to runtime type `ty`.
pub fn assert_words(rt: &Runtime, ty: u32) -> usize {
    let t = &rt.prog.types[ty as usize];
    if t.kind == RtKind::Interface {
        2
    } else {
        t.words as usize
    }
}

/// `v.(T)` for runtime type `ty`: the value (or, for an interface type, the
/// interface itself) when the dynamic type fits, else `None`.
pub fn assert(rt: &Runtime, v: (u64, u64), ty: u32) -> Option<Vec<u64>> {
    let t = &rt.prog.types[ty as usize];
    if t.kind == RtKind::Interface {
        let fits = v.0 != rt_types::NIL as u64 && rt.prog.implements(v.0 as u32, ty);
        return fits.then(|| vec![v.0, v.1]);
    }
    if v.0 != ty as u64 {
        return None;
    }
    Some(if t.words == 1 {
        vec![v.1]
    } else {
        (0..t.words as usize).map(|i| mem::load(v.1, i)).collect()
    })
}

/// Go's message for a failed `x.(T)`: `interface conversion: ...`.
pub fn assert_error(rt: &Runtime, dynamic: u32, ty: u32, iface: u32) -> String {
    let name = |id: u32| rt.prog.types[id as usize].name.clone();
    let target = &rt.prog.types[ty as usize];
    if dynamic == rt_types::NIL {
        let what = if target.kind == RtKind::Interface {
            "interface".to_string()
        } else {
            name(iface)
        };
        return format!("interface conversion: {what} is nil, not {}", name(ty));
    }
    if target.kind == RtKind::Interface {
        let missing = rt.prog.iface_methods.get(&ty).and_then(|ms| {
            ms.iter()
                .find(|&&m| {
                    !rt.prog.itab.contains_key(&(dynamic, m))
                        || rt.prog.method_sigs.get(&(dynamic, m))
                            != rt.prog.method_sigs.get(&(ty, m))
                })
                .map(|&m| rt.prog.method_names[m as usize].clone())
        });
        return format!(
            "interface conversion: {} is not {}: missing method {}",
            name(dynamic),
            name(ty),
            missing.unwrap_or_default()
        );
    }
    format!(
        "interface conversion: {} is {}, not {}{}",
        name(iface),
        name(dynamic),
        name(ty),
        // Two types of one name: declared in different functions.
        if name(dynamic) == name(ty) {
            " (types from different scopes)"
        } else {
            ""
        }
    )
}

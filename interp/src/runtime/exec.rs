//! Instructions whose work lives in the runtime: both engines execute them
//! by calling [`exec`] (the JIT through one helper), so their semantics are
//! written once.

use super::{Engine, Runtime, Status, chan, float, map, mem, panic, print, slice, strings, value};
use crate::bytecode::{Access, Instr};

/// True for the instructions [`exec`] implements.
pub fn is_runtime_instr(ins: &Instr) -> bool {
    matches!(
        ins,
        Instr::MakeSlice { .. }
            | Instr::IndexAddr { .. }
            | Instr::LoadElem { .. }
            | Instr::StoreElem { .. }
            | Instr::Reslice { .. }
            | Instr::Reslice3 { .. }
            | Instr::ResliceStr { .. }
            | Instr::Append { .. }
            | Instr::Copy { .. }
            | Instr::CopyStr { .. }
            | Instr::EqIface { .. }
            | Instr::DivUint { .. }
            | Instr::RemUint { .. }
            | Instr::ShrUint { .. }
            | Instr::IndexStr { .. }
            | Instr::DecodeRune { .. }
            | Instr::RuneToStr { .. }
            | Instr::StrToBytes { .. }
            | Instr::BytesToStr { .. }
            | Instr::StrToRunes { .. }
            | Instr::RunesToStr { .. }
            | Instr::UnsafeSlice { .. }
            | Instr::UnsafeString { .. }
            | Instr::StringData { .. }
            | Instr::PrintUint { .. }
            | Instr::NilCheck { .. }
            | Instr::LoadField { .. }
            | Instr::StoreField { .. }
            | Instr::GlobalAddr { .. }
            | Instr::IfaceMethod { .. }
            | Instr::TypeAssert { .. }
            | Instr::TypeAssertOk { .. }
            | Instr::MoveN { .. }
            | Instr::MakeMap { .. }
            | Instr::SliceToArray { .. }
            | Instr::MakeIfaceAt { .. }
            | Instr::MapIndex { .. }
            | Instr::MapAssign { .. }
            | Instr::MapDelete { .. }
            | Instr::MapLen { .. }
            | Instr::MapNext { .. }
            | Instr::NegFloat { .. }
            | Instr::RoundF32 { .. }
            | Instr::IntToFloat { .. }
            | Instr::UintToFloat { .. }
            | Instr::FloatToInt { .. }
            | Instr::FloatToUint { .. }
            | Instr::PrintFloat { .. }
            | Instr::MinFloat { .. }
            | Instr::DivComplex { .. }
            | Instr::MaxFloat { .. }
            | Instr::MapClear { .. }
            | Instr::SliceClear { .. }
            | Instr::MakeChan { .. }
            | Instr::ChanSend { .. }
            | Instr::ChanRecv { .. }
            | Instr::ChanClose { .. }
            | Instr::ChanLen { .. }
            | Instr::ChanCap { .. }
            | Instr::Select { .. }
            | Instr::Go { .. }
            | Instr::PanicRangeDone
            | Instr::DeferProcAt { .. }
            | Instr::FrameBase { .. }
    )
}

/// Executes runtime instruction `ins` in the frame at `base`; the frame's
/// PC slot already holds its pc.
pub fn exec(rt: &mut Runtime, engine: &dyn Engine, base: usize, ins: Instr) -> Status {
    let r = |rt: &Runtime, i: u32| rt.g.stack.slots[base + i as usize];
    let triple = |rt: &Runtime, i: u32| [r(rt, i), r(rt, i + 1), r(rt, i + 2)];
    let result = match ins {
        Instr::DeferProcAt { closure, frame } => {
            super::defer::deferprocat(rt, r(rt, frame) as usize, r(rt, closure));
            Ok(())
        }
        Instr::FrameBase { dst } => {
            store(rt, base, dst, &[base as u64]);
            Ok(())
        }
        Instr::PanicRangeDone => Err(panic::panic_runtime_error(
            rt,
            engine,
            base,
            "range function continued iteration after function for loop body returned false",
        )),
        Instr::MakeSlice { dst, len, elem } => slice::makeslice(
            rt,
            engine,
            base,
            r(rt, len) as i64,
            r(rt, len + 1) as i64,
            rt.prog.elems[elem as usize],
        )
        .map(|s| store(rt, base, dst, &s)),
        Instr::IndexAddr { dst, s, i, acc } => {
            let (data, len) = (r(rt, s), r(rt, s + 1));
            slice::index_addr(rt, engine, base, data, len, r(rt, i) as i64, acc.size())
                .map(|a| store(rt, base, dst, &[a]))
        }
        Instr::LoadElem { dst, s, i, acc } => {
            let (data, len) = (r(rt, s), r(rt, s + 1));
            slice::index_addr(rt, engine, base, data, len, r(rt, i) as i64, acc.size())
                .map(|a| load_value(rt, base, dst, a, acc))
        }
        Instr::StoreElem { s, i, src, acc } => {
            let (data, len) = (r(rt, s), r(rt, s + 1));
            slice::index_addr(rt, engine, base, data, len, r(rt, i) as i64, acc.size())
                .map(|a| store_value(rt, base, src, a, acc))
        }
        Instr::Reslice {
            dst,
            src,
            bounds,
            acc,
        }
        | Instr::Reslice3 {
            dst,
            src,
            bounds,
            acc,
        } => {
            let three = matches!(ins, Instr::Reslice3 { .. });
            let b = triple(rt, bounds);
            let s = triple(rt, src);
            slice::reslice(
                rt,
                engine,
                base,
                s,
                (b[0] as i64, b[1] as i64, b[2] as i64),
                three,
                acc.size(),
            )
            .map(|v| store(rt, base, dst, &v))
        }
        Instr::ResliceStr { dst, src, bounds } => {
            let s = (r(rt, src), r(rt, src + 1));
            let (lo, hi) = (r(rt, bounds) as i64, r(rt, bounds + 1) as i64);
            slice::reslice_string(rt, engine, base, s, lo, hi)
                .map(|v| store(rt, base, dst, &[v.0, v.1]))
        }
        Instr::Append {
            dst,
            s,
            other,
            elem,
        } => {
            let (s, o) = (triple(rt, s), triple(rt, other));
            let elem = rt.prog.elems[elem as usize];
            slice::append(rt, engine, base, s, o[0], o[1], elem).map(|v| store(rt, base, dst, &v))
        }
        Instr::CopyStr { dst, a, b } => {
            let to = triple(rt, a);
            let count = slice::copy_string(to, (r(rt, b), r(rt, b + 1)));
            store(rt, base, dst, &[count]);
            Ok(())
        }
        Instr::Copy { dst, a, b, elem } => {
            let (to, from) = (triple(rt, a), triple(rt, b));
            let size = rt.prog.elems[elem as usize].go_size;
            let count = slice::copy(to, (from[0], from[1]), size);
            store(rt, base, dst, &[count]);
            Ok(())
        }
        Instr::EqIface { dst, a, b } => {
            let (x, y) = ((r(rt, a), r(rt, a + 1)), (r(rt, b), r(rt, b + 1)));
            match value::iface_eq(rt, x, y) {
                Ok(eq) => {
                    store(rt, base, dst, &[eq as u64]);
                    Ok(())
                }
                Err(msg) => Err(panic::panic_runtime_error(rt, engine, base, &msg)),
            }
        }
        Instr::DivUint { dst, a, b } | Instr::RemUint { dst, a, b } => {
            let (x, y) = (r(rt, a), r(rt, b));
            let v = if matches!(ins, Instr::DivUint { .. }) {
                x.checked_div(y)
            } else {
                x.checked_rem(y)
            };
            match v {
                Some(v) => {
                    store(rt, base, dst, &[v]);
                    Ok(())
                }
                None => Err(panic::panic_runtime_error(
                    rt,
                    engine,
                    base,
                    "integer divide by zero",
                )),
            }
        }
        Instr::ShrUint { dst, a, b } => {
            let (x, y) = (r(rt, a), r(rt, b) as i64);
            if y < 0 {
                Err(panic::panic_runtime_error(
                    rt,
                    engine,
                    base,
                    "negative shift amount",
                ))
            } else {
                store(rt, base, dst, &[if y >= 64 { 0 } else { x >> y }]);
                Ok(())
            }
        }
        Instr::IndexStr { dst, s, i } => {
            let (data, len) = (r(rt, s), r(rt, s + 1));
            slice::index_addr(rt, engine, base, data, len, r(rt, i) as i64, 0).map(|_| {
                let b = mem::bytes(data, len)[r(rt, i) as usize];
                store(rt, base, dst, &[b as u64]);
            })
        }
        Instr::DecodeRune { dst, s, i } => {
            let bytes = mem::bytes(r(rt, s), r(rt, s + 1));
            let (ch, width) = strings::decode_rune(&bytes[r(rt, i) as usize..]);
            store(rt, base, dst, &[ch as u64, width as u64]);
            Ok(())
        }
        Instr::RuneToStr { dst, a } => {
            let v = strings::rune_to_string(rt, r(rt, a) as i64);
            store(rt, base, dst, &[v.0, v.1]);
            Ok(())
        }
        Instr::StrToBytes { dst, a } => {
            let v = strings::to_bytes(rt, (r(rt, a), r(rt, a + 1)));
            store(rt, base, dst, &v);
            Ok(())
        }
        Instr::BytesToStr { dst, a } => {
            let v = strings::from_bytes(rt, (r(rt, a), r(rt, a + 1)));
            store(rt, base, dst, &[v.0, v.1]);
            Ok(())
        }
        Instr::StrToRunes { dst, a } => {
            let v = strings::to_runes(rt, (r(rt, a), r(rt, a + 1)));
            store(rt, base, dst, &v);
            Ok(())
        }
        Instr::RunesToStr { dst, a } => {
            let v = strings::from_runes(rt, (r(rt, a), r(rt, a + 1)));
            store(rt, base, dst, &[v.0, v.1]);
            Ok(())
        }
        Instr::UnsafeSlice {
            dst,
            ptr,
            len,
            size,
        } => {
            let (p, n) = (r(rt, ptr), r(rt, len));
            let name = "unsafe.Slice";
            slice::check_unsafe(rt, engine, base, name, p, n as i64, u64::from(size))
                .map(|()| store(rt, base, dst, &[p, n, n]))
        }
        Instr::UnsafeString { dst, ptr, len } => {
            let (p, n) = (r(rt, ptr), r(rt, len));
            // The string shares the bytes, as in Go, which forbids
            // changing them while it lives.
            slice::check_unsafe(rt, engine, base, "unsafe.String", p, n as i64, 1)
                .map(|()| store(rt, base, dst, &[if n == 0 { 0 } else { p }, n]))
        }
        Instr::StringData { dst, a } => {
            let (p, n) = (r(rt, a), r(rt, a + 1));
            store(rt, base, dst, &[if n == 0 { 0 } else { p }]);
            Ok(())
        }
        Instr::NegFloat { dst, a } => {
            store(rt, base, dst, &[r(rt, a) ^ (1 << 63)]);
            Ok(())
        }
        Instr::RoundF32 { dst, a } => {
            let v = f64::from_bits(r(rt, a)) as f32;
            store(rt, base, dst, &[f64::from(v).to_bits()]);
            Ok(())
        }
        Instr::IntToFloat { dst, a, f32 } => {
            let x = r(rt, a) as i64;
            let v = if f32 { f64::from(x as f32) } else { x as f64 };
            store(rt, base, dst, &[v.to_bits()]);
            Ok(())
        }
        Instr::UintToFloat { dst, a, f32 } => {
            let x = r(rt, a);
            let v = if f32 { f64::from(x as f32) } else { x as f64 };
            store(rt, base, dst, &[v.to_bits()]);
            Ok(())
        }
        Instr::FloatToInt { dst, a, bits } => {
            let v = float::cvttsd2si(f64::from_bits(r(rt, a)), bits);
            store(rt, base, dst, &[v as u64]);
            Ok(())
        }
        Instr::FloatToUint { dst, a } => {
            let v = float::to_uint64(f64::from_bits(r(rt, a)));
            store(rt, base, dst, &[v]);
            Ok(())
        }
        Instr::DivComplex { dst, a, b } => {
            let f = |i| f64::from_bits(r(rt, i));
            let (e, g) = float::complex_div((f(a), f(a + 1)), (f(b), f(b + 1)));
            store(rt, base, dst, &[e.to_bits(), g.to_bits()]);
            Ok(())
        }
        Instr::MinFloat { dst, a, b } | Instr::MaxFloat { dst, a, b } => {
            let (x, y) = (f64::from_bits(r(rt, a)), f64::from_bits(r(rt, b)));
            let v = float::min_max(x, y, matches!(ins, Instr::MinFloat { .. }));
            store(rt, base, dst, &[v.to_bits()]);
            Ok(())
        }
        Instr::MapClear { m } => {
            map::clear(rt, r(rt, m));
            Ok(())
        }
        Instr::MakeChan {
            dst,
            size,
            elem,
            layout,
        } => {
            let size = r(rt, size) as i64;
            match chan::makechan(rt, elem as usize, layout, size) {
                Some(ch) => {
                    store(rt, base, dst, &[ch]);
                    Ok(())
                }
                None => Err(panic::panic_runtime_error(
                    rt,
                    engine,
                    base,
                    "makechan: size out of range",
                )),
            }
        }
        Instr::ChanSend { ch, src, n } => {
            let at = base + src as usize;
            let value = rt.g.stack.slots[at..at + n as usize].to_vec();
            chan::chansend(rt, engine, base, r(rt, ch), &value)
        }
        Instr::ChanRecv { dst, ch, n, ok } => {
            chan::chanrecv(rt, base, r(rt, ch)).map(|(mut value, received)| {
                value.resize(n as usize, 0);
                if ok {
                    value.push(received as u64);
                }
                store(rt, base, dst, &value);
            })
        }
        Instr::ChanClose { ch } => chan::closechan(rt, engine, base, r(rt, ch)),
        Instr::ChanLen { dst, ch } => {
            let n = chan::len(&rt.sched, r(rt, ch));
            store(rt, base, dst, &[n]);
            Ok(())
        }
        Instr::ChanCap { dst, ch } => {
            let n = chan::cap(&rt.sched, r(rt, ch));
            store(rt, base, dst, &[n]);
            Ok(())
        }
        Instr::Select {
            dst,
            cases,
            n,
            block,
        } => {
            let table: Vec<chan::Case> = (0..n)
                .map(|i| chan::Case::from_words(r(rt, cases + 2 * i), r(rt, cases + 2 * i + 1)))
                .collect();
            chan::selectgo(rt, engine, base, &table, block).map(|(chosen, ok)| {
                let k = chosen.map_or(-1, |c| c as i64);
                store(rt, base, dst, &[k as u64, ok as u64]);
            })
        }
        Instr::Go { closure } => match rt.newproc(r(rt, closure), base) {
            Status::Ok => Ok(()),
            st => Err(st),
        },
        Instr::SliceClear { s, elem } => {
            let (ptr, len) = (r(rt, s), r(rt, s + 1));
            mem::zero_bytes(ptr, len * rt.prog.elems[elem as usize].go_size);
            Ok(())
        }
        Instr::PrintFloat { src } => {
            let v = f64::from_bits(r(rt, src));
            print::stderr(super::strconv::runtime_print_float(v).as_bytes());
            Ok(())
        }
        Instr::PrintUint { src } => {
            print::stderr(r(rt, src).to_string().as_bytes());
            Ok(())
        }
        Instr::Load { dst, ptr, off, acc } => {
            load_value(rt, base, dst, r(rt, ptr) + u64::from(off), acc);
            Ok(())
        }
        Instr::Store { ptr, off, src, acc } => {
            store_value(rt, base, src, r(rt, ptr) + u64::from(off), acc);
            Ok(())
        }
        Instr::LoadGlobal { dst, g, acc } => {
            load_value(rt, base, dst, rt.global_addr(g), acc);
            Ok(())
        }
        Instr::StoreGlobal { g, src, acc } => {
            store_value(rt, base, src, rt.global_addr(g), acc);
            Ok(())
        }
        Instr::SlotLoad { dst, src, off, acc } => {
            let a = slot_addr(rt, base, src) + u64::from(off);
            load_value(rt, base, dst, a, acc);
            Ok(())
        }
        Instr::SlotStore { dst, off, src, acc } => {
            let a = slot_addr(rt, base, dst) + u64::from(off);
            store_value(rt, base, src, a, acc);
            Ok(())
        }
        Instr::LoadField { dst, ptr, off, acc } => {
            let p = r(rt, ptr);
            if p == 0 {
                Err(panic::nil_deref(rt, engine, base))
            } else {
                load_value(rt, base, dst, p + u64::from(off), acc);
                Ok(())
            }
        }
        Instr::StoreField { ptr, off, src, acc } => {
            let p = r(rt, ptr);
            if p == 0 {
                Err(panic::nil_deref(rt, engine, base))
            } else {
                store_value(rt, base, src, p + u64::from(off), acc);
                Ok(())
            }
        }
        Instr::NilCheck { ptr } => {
            if r(rt, ptr) == 0 {
                Err(panic::nil_deref(rt, engine, base))
            } else {
                Ok(())
            }
        }
        Instr::GlobalAddr { dst, g } => {
            store(rt, base, dst, &[rt.global_addr(g)]);
            Ok(())
        }
        Instr::IfaceMethod { dst, iface, method } => {
            let ty = r(rt, iface) as u32;
            match rt.prog.itab.get(&(ty, method)) {
                Some(&f) => {
                    let c = rt.func_closures[f as usize];
                    store(rt, base, dst, &[c]);
                    Ok(())
                }
                None => Err(panic::nil_deref(rt, engine, base)),
            }
        }
        Instr::TypeAssert {
            dst,
            src,
            ty,
            iface,
        } => {
            let v = (r(rt, src), r(rt, src + 1));
            match value::assert(rt, v, ty) {
                Some(words) => {
                    store(rt, base, dst, &words);
                    Ok(())
                }
                None => {
                    let msg = value::assert_error(rt, v.0 as u32, ty, iface);
                    Err(panic::gopanic_plain(rt, engine, base, &msg))
                }
            }
        }
        Instr::TypeAssertOk { dst, src, ty } => {
            let v = (r(rt, src), r(rt, src + 1));
            let words = value::assert(rt, v, ty);
            let ok = words.is_some();
            let w = value::assert_words(rt, ty);
            let mut out = words.unwrap_or_else(|| vec![0; w]);
            out.push(ok as u64);
            store(rt, base, dst, &out);
            Ok(())
        }
        Instr::MoveN { dst, src, n } => {
            let (d, s) = (base + dst as usize, base + src as usize);
            rt.g.stack.slots.copy_within(s..s + n as usize, d);
            Ok(())
        }
        Instr::MakeMap { dst, layout } => {
            let m = rt.maps.insert(&mut rt.heap, map::GoMap::new(layout));
            store(rt, base, dst, &[m]);
            Ok(())
        }
        Instr::SliceToArray { dst, s, n } => {
            let [data, len, _] = triple(rt, s);
            if len < u64::from(n) {
                let msg = format!(
                    "cannot convert slice with length {len} to array or pointer to array with length {n}"
                );
                Err(panic::panic_runtime_error(rt, engine, base, &msg))
            } else {
                store(rt, base, dst, &[data]);
                Ok(())
            }
        }
        Instr::MakeIfaceAt { dst, ptr, ty } => {
            let v = value::make_iface(rt, ty, r(rt, ptr));
            store(rt, base, dst, &[v.0, v.1]);
            Ok(())
        }
        Instr::MapIndex { dst, m, key, ty } => {
            let vw = rt.prog.types[rt.prog.types[ty as usize].elem as usize].words;
            let (mv, k, d) = (r(rt, m), slot_addr(rt, base, key), slot_addr(rt, base, dst));
            match map::index(rt, ty, mv, k, d) {
                Ok(found) => {
                    store(rt, base, dst + vw, &[found as u64]);
                    Ok(())
                }
                Err(msg) => Err(panic::gopanic_plain(rt, engine, base, &msg)),
            }
        }
        Instr::MapAssign { m, key, src, ty } => {
            let (mv, k, v) = (r(rt, m), slot_addr(rt, base, key), slot_addr(rt, base, src));
            map::assign(rt, ty, mv, k, v)
                .map_err(|msg| panic::gopanic_plain(rt, engine, base, &msg))
        }
        Instr::MapDelete { m, key, ty } => {
            let (mv, k) = (r(rt, m), slot_addr(rt, base, key));
            map::delete(rt, ty, mv, k).map_err(|msg| panic::gopanic_plain(rt, engine, base, &msg))
        }
        Instr::MapLen { dst, m } => {
            let n = map::len(rt, r(rt, m));
            store(rt, base, dst, &[n]);
            Ok(())
        }
        Instr::MapNext { dst, it, ty } => {
            let (mv, pos, d) = (r(rt, it), r(rt, it + 1), slot_addr(rt, base, dst + 1));
            let next = map::next(rt, ty, mv, pos, d);
            if let Some(next) = next {
                store(rt, base, it + 1, &[next]);
            }
            store(rt, base, dst, &[next.is_some() as u64]);
            Ok(())
        }
        other => unreachable!("{other:?} is not a runtime instruction"),
    };
    match result {
        Ok(()) => Status::Ok,
        Err(st) => st,
    }
}

/// The address of slot `i` of the frame at `base`.
pub(crate) fn slot_addr(rt: &Runtime, base: usize, i: u32) -> u64 {
    rt.g.stack.slots[base + i as usize..].as_ptr() as u64
}

/// `R[dst..] :=` the slot form of the value at `addr`, moved as `acc`
/// says: a word or a narrow scalar at once, others through a buffer (the
/// address may be in the slots).
#[inline]
pub(crate) fn load_value(rt: &mut Runtime, base: usize, dst: u32, addr: u64, acc: Access) {
    let at = base + dst as usize;
    if acc == Access::WORD {
        rt.g.stack.slots[at] = mem::load(addr, 0);
    } else if let Some(k) = acc.narrow() {
        rt.g.stack.slots[at] = mem::load_scalar(addr, k);
    } else {
        let n = acc.slots() as usize;
        let mut buf = [0u64; 8];
        if n <= buf.len() {
            mem::load_value(addr, acc, &mut buf);
            rt.g.stack.slots[at..at + n].copy_from_slice(&buf[..n]);
        } else {
            let mut v = vec![0u64; n];
            mem::load_value(addr, acc, &mut v);
            rt.g.stack.slots[at..at + n].copy_from_slice(&v);
        }
    }
}

/// The value at `addr` `:= R[src..]`, moved as `acc` says (as
/// [`load_value`]).
#[inline]
pub(crate) fn store_value(rt: &mut Runtime, base: usize, src: u32, addr: u64, acc: Access) {
    let at = base + src as usize;
    if acc == Access::WORD {
        mem::store(addr, 0, rt.g.stack.slots[at]);
    } else if let Some(k) = acc.narrow() {
        mem::store_scalar(addr, k, rt.g.stack.slots[at]);
    } else {
        let n = acc.slots() as usize;
        let mut buf = [0u64; 8];
        if n <= buf.len() {
            buf[..n].copy_from_slice(&rt.g.stack.slots[at..at + n]);
            mem::store_value(addr, acc, &buf);
        } else {
            let v = rt.g.stack.slots[at..at + n].to_vec();
            mem::store_value(addr, acc, &v);
        }
    }
}

fn store(rt: &mut Runtime, base: usize, dst: u32, words: &[u64]) {
    let at = base + dst as usize;
    rt.g.stack.slots[at..at + words.len()].copy_from_slice(words);
}

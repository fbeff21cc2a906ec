//! Go's `sort` package: sorting and searching slices of ints, strings and
//! float64s, and `Slice`/`SliceStable`/`Search` with the program's own
//! `less` and predicate functions, called on the running engine.
//!
//! `sort.Slice` sorts stably: where `less` leaves elements tied, Go's
//! pdqsort may order them differently (Go promises nothing there).

use std::cmp::Ordering;

use super::super::{Engine, Runtime, Status, mem, panic, stack::HEADER};
use crate::bytecode::SortFn;
use crate::program::RtKind;

/// Runs `sort` function `f` in the frame at `base` (results first, then
/// parameters), called from `caller`.
pub fn call(
    rt: &mut Runtime,
    engine: &dyn Engine,
    f: SortFn,
    base: usize,
    caller: usize,
) -> Status {
    use SortFn::*;
    let results = match f {
        Ints | Strings | Float64s | Slice | SliceStable => 0,
        _ => 1,
    };
    let at = base + HEADER + results;
    let p: Vec<u64> = rt.g.stack.slots[at..at + 5].to_vec();
    let (ptr, len) = (p[0], p[1] as usize);
    let ints = || {
        (0..len)
            .map(|i| mem::load(ptr, i) as i64)
            .collect::<Vec<_>>()
    };
    let floats = || {
        (0..len)
            .map(|i| f64::from_bits(mem::load(ptr, i)))
            .collect::<Vec<_>>()
    };
    let strs = || {
        (0..len)
            .map(|i| mem::bytes(mem::load(ptr, 2 * i), mem::load(ptr, 2 * i + 1)).to_vec())
            .collect::<Vec<_>>()
    };
    let result: Result<Option<u64>, Status> = match f {
        Ints => {
            let mut v = ints();
            v.sort_unstable();
            for (i, x) in v.into_iter().enumerate() {
                mem::store(ptr, i, x as u64);
            }
            Ok(None)
        }
        Float64s => {
            let mut v = floats();
            v.sort_by(float_order);
            for (i, x) in v.into_iter().enumerate() {
                mem::store(ptr, i, x.to_bits());
            }
            Ok(None)
        }
        Strings => {
            let mut words: Vec<(u64, u64)> = (0..len)
                .map(|i| (mem::load(ptr, 2 * i), mem::load(ptr, 2 * i + 1)))
                .collect();
            words.sort_by(|a, b| mem::bytes(a.0, a.1).cmp(mem::bytes(b.0, b.1)));
            for (i, (p, n)) in words.into_iter().enumerate() {
                mem::store(ptr, 2 * i, p);
                mem::store(ptr, 2 * i + 1, n);
            }
            Ok(None)
        }
        IntsAreSorted => Ok(Some(u64::from(ints().is_sorted()))),
        Float64sAreSorted => Ok(Some(u64::from(
            floats()
                .windows(2)
                .all(|w| float_order(&w[0], &w[1]) != Ordering::Greater),
        ))),
        StringsAreSorted => Ok(Some(u64::from(strs().is_sorted()))),
        SearchInts => {
            let x = p[3] as i64;
            Ok(Some(ints().partition_point(|&v| v < x) as u64))
        }
        SearchFloat64s => {
            let x = f64::from_bits(p[3]);
            // Go searches for the first `a[i] >= x`, which a NaN never is.
            let at_least =
                |v: f64| matches!(v.partial_cmp(&x), Some(Ordering::Greater | Ordering::Equal));
            Ok(Some(floats().partition_point(|&v| !at_least(v)) as u64))
        }
        SearchStrings => {
            let x = mem::bytes(p[3], p[4]).to_vec();
            Ok(Some(strs().partition_point(|v| *v < x) as u64))
        }
        Search => search(rt, engine, p[0] as i64, p[1], base, caller).map(Some),
        Slice | SliceStable | SliceIsSorted => {
            let (ty, data, less) = (p[0], p[1], p[2]);
            let t = &rt.prog.types[ty as usize];
            if t.kind != RtKind::Slice {
                let msg = format!("reflect: call of Swapper on {} Value", t.name);
                return panic::gopanic_string(rt, engine, caller, &msg);
            }
            let words = rt.prog.types[t.elem as usize].words.max(1) as usize;
            let (ptr, len) = (mem::load(data, 0), mem::load(data, 1) as usize);
            if f == SliceIsSorted {
                is_sorted_by(rt, engine, less, len, base, caller).map(|b| Some(u64::from(b)))
            } else {
                sort_by_less(rt, engine, less, ptr, len, words, base, caller).map(|()| None)
            }
        }
    };
    match result {
        Ok(Some(v)) => {
            rt.g.stack.slots[base + HEADER] = v;
            Status::Ok
        }
        Ok(None) => Status::Ok,
        Err(st) => st,
    }
}

/// `Float64Slice.Less`: NaNs first, then by value.
fn float_order(a: &f64, b: &f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(b).unwrap_or(Ordering::Equal),
    }
}

/// Calls the Go function `closure` with int arguments `args` and one bool
/// result, in a frame at `base`.
fn call_bool(
    rt: &mut Runtime,
    engine: &dyn Engine,
    closure: u64,
    args: &[usize],
    base: usize,
    caller: usize,
) -> Result<bool, Status> {
    for (k, &a) in args.iter().enumerate() {
        rt.g.stack.slots[base + HEADER + 1 + k] = a as u64;
    }
    if rt.call_from_native(engine, closure, base, caller) == Status::Unwind {
        return Err(Status::Unwind);
    }
    Ok(rt.g.stack.slots[base + HEADER] != 0)
}

/// `sort.Search(n, f)`: the smallest index in [0, n) for which `f` is true
/// (n if none), halving as Go does so `f` sees the same calls.
fn search(
    rt: &mut Runtime,
    engine: &dyn Engine,
    n: i64,
    f: u64,
    base: usize,
    caller: usize,
) -> Result<u64, Status> {
    let (mut i, mut j) = (0i64, n);
    while i < j {
        let h = ((i + j) as u64 >> 1) as i64;
        if !call_bool(rt, engine, f, &[h as usize], base, caller)? {
            i = h + 1;
        } else {
            j = h;
        }
    }
    Ok(i as u64)
}

/// `sort.SliceIsSorted`: no element less than the one before it, checked
/// from the end as Go does.
fn is_sorted_by(
    rt: &mut Runtime,
    engine: &dyn Engine,
    less: u64,
    len: usize,
    base: usize,
    caller: usize,
) -> Result<bool, Status> {
    for i in (1..len).rev() {
        if call_bool(rt, engine, less, &[i, i - 1], base, caller)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Sorts the `len` elements of `words` words at `ptr` stably by `less(i,
/// j)`, which compares elements by index: the order is found by a merge
/// sort over the untouched slice, then applied.
#[allow(clippy::too_many_arguments)]
fn sort_by_less(
    rt: &mut Runtime,
    engine: &dyn Engine,
    less: u64,
    ptr: u64,
    len: usize,
    words: usize,
    base: usize,
    caller: usize,
) -> Result<(), Status> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut buf = vec![0usize; len];
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let mid = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // Take from the right only when it is strictly less: stable.
                if call_bool(rt, engine, less, &[order[j], order[i]], base, caller)? {
                    buf[k] = order[j];
                    j += 1;
                } else {
                    buf[k] = order[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + mid - i].copy_from_slice(&order[i..mid]);
            k += mid - i;
            buf[k..k + end - j].copy_from_slice(&order[j..end]);
            start = end;
        }
        std::mem::swap(&mut order, &mut buf);
        width *= 2;
    }
    let old: Vec<u64> = (0..len * words).map(|w| mem::load(ptr, w)).collect();
    for (dst, &src) in order.iter().enumerate() {
        for w in 0..words {
            mem::store(ptr, dst * words + w, old[src * words + w]);
        }
    }
    Ok(())
}

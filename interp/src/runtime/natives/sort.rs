//! Go's `sort` package: sorting and searching slices of ints, strings and
//! float64s, and `Slice`/`SliceStable`/`Search` with the program's own
//! `less` and predicate functions, called on the running engine.
//!
//! The unstable sorts (`sort.Sort`, `sort.Slice`, `sort.Float64s`, and
//! the `slices` sorts built on `sort.Slice`) are Go's pattern-defeating
//! quicksort step for step, so elements that compare equal end in the
//! order Go leaves them: Go promises nothing there, but programs print it.

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
        Ints | Strings | Float64s | Slice | SliceStable | Pdqsort => 0,
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
            let Ok(()) = pdqsort(&mut FloatSlice { ptr }, len);
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
            let size = rt.prog.types[t.elem as usize].size as usize;
            let (ptr, len) = (mem::load(data, 0), mem::load(data, 1) as usize);
            match f {
                SliceIsSorted => {
                    is_sorted_by(rt, engine, less, len, base, caller).map(|b| Some(u64::from(b)))
                }
                SliceStable => stable_sort_by_less(rt, engine, less, ptr, len, size, base, caller)
                    .map(|()| None),
                _ => {
                    let mut data = SliceByLess {
                        call: GoCalls {
                            rt,
                            engine,
                            base,
                            caller,
                        },
                        less,
                        ptr,
                        size,
                    };
                    pdqsort(&mut data, len).map(|()| None)
                }
            }
        }
        Pdqsort => {
            let (n, less, swap) = (p[0] as usize, p[1], p[2]);
            let mut data = ByFuncs {
                call: GoCalls {
                    rt,
                    engine,
                    base,
                    caller,
                },
                less,
                swap,
            };
            pdqsort(&mut data, n).map(|()| None)
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

/// Sorts the `len` elements of `size` bytes at `ptr` stably by `less(i,
/// j)`, which compares elements by index: the order is found by a merge
/// sort over the untouched slice, then applied.
#[allow(clippy::too_many_arguments)]
fn stable_sort_by_less(
    rt: &mut Runtime,
    engine: &dyn Engine,
    less: u64,
    ptr: u64,
    len: usize,
    size: usize,
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
    let old = mem::bytes(ptr, (len * size) as u64).to_vec();
    for (dst, &src) in order.iter().enumerate() {
        mem::store_bytes(
            ptr + (dst * size) as u64,
            &old[src * size..(src + 1) * size],
        );
    }
    Ok(())
}

/// What pdqsort sorts: elements compared and swapped by index. Either may
/// run Go code, whose panic stops the sort.
trait LessSwap {
    type Error;
    /// Whether element `i` sorts before element `j`.
    fn less(&mut self, i: usize, j: usize) -> Result<bool, Self::Error>;
    /// Exchanges elements `i` and `j`.
    fn swap(&mut self, i: usize, j: usize) -> Result<(), Self::Error>;
}

/// The frame natives call Go functions from.
struct GoCalls<'a> {
    rt: &'a mut Runtime,
    engine: &'a dyn Engine,
    base: usize,
    caller: usize,
}

impl GoCalls<'_> {
    /// `f(i, j) bool`.
    fn less(&mut self, f: u64, i: usize, j: usize) -> Result<bool, Status> {
        call_bool(self.rt, self.engine, f, &[i, j], self.base, self.caller)
    }
}

/// `sort.Slice`: the program's `less` over a slice of elements of `size`
/// bytes, swapped byte by byte.
struct SliceByLess<'a> {
    call: GoCalls<'a>,
    less: u64,
    ptr: u64,
    size: usize,
}

impl LessSwap for SliceByLess<'_> {
    type Error = Status;
    fn less(&mut self, i: usize, j: usize) -> Result<bool, Status> {
        self.call.less(self.less, i, j)
    }
    fn swap(&mut self, i: usize, j: usize) -> Result<(), Status> {
        swap_elems(self.ptr, self.size, i, j);
        Ok(())
    }
}

/// Exchanges elements `i` and `j` of `size` bytes each of the array at
/// `ptr`.
fn swap_elems(ptr: u64, size: usize, i: usize, j: usize) {
    let (a, b) = (ptr + (i * size) as u64, ptr + (j * size) as u64);
    let x = mem::bytes(a, size as u64).to_vec();
    mem::copy_bytes(a, b, size as u64);
    mem::store_bytes(b, &x);
}

/// `sort.Sort`: an `Interface`'s `Less` and `Swap` as method values.
struct ByFuncs<'a> {
    call: GoCalls<'a>,
    less: u64,
    swap: u64,
}

impl LessSwap for ByFuncs<'_> {
    type Error = Status;
    fn less(&mut self, i: usize, j: usize) -> Result<bool, Status> {
        self.call.less(self.less, i, j)
    }
    fn swap(&mut self, i: usize, j: usize) -> Result<(), Status> {
        let GoCalls {
            rt,
            engine,
            base,
            caller,
        } = &mut self.call;
        let at = *base + HEADER;
        rt.g.stack.slots[at] = i as u64;
        rt.g.stack.slots[at + 1] = j as u64;
        match rt.call_from_native(*engine, self.swap, *base, *caller) {
            Status::Unwind => Err(Status::Unwind),
            _ => Ok(()),
        }
    }
}

/// `sort.Float64s`: Go's order for `slices.Sort`, NaNs first.
struct FloatSlice {
    ptr: u64,
}

impl LessSwap for FloatSlice {
    type Error = std::convert::Infallible;
    fn less(&mut self, i: usize, j: usize) -> Result<bool, Self::Error> {
        let (x, y) = (
            f64::from_bits(mem::load(self.ptr, i)),
            f64::from_bits(mem::load(self.ptr, j)),
        );
        Ok(x < y || (x.is_nan() && !y.is_nan()))
    }
    fn swap(&mut self, i: usize, j: usize) -> Result<(), Self::Error> {
        swap_elems(self.ptr, 8, i, j);
        Ok(())
    }
}

/// Sorts elements `[0, n)` of `data` as Go's `pdqsort` does: the same
/// comparisons and swaps in the same order, so ties end where Go puts them.
fn pdqsort<D: LessSwap>(data: &mut D, n: usize) -> Result<(), D::Error> {
    let limit = (usize::BITS - n.leading_zeros()) as usize;
    Pdq { data }.sort(0, n, limit)
}

/// Whether the pivot sample looked sorted, reversed, or neither.
#[derive(PartialEq)]
enum Hint {
    Unknown,
    Increasing,
    Decreasing,
}

/// Go's pdqsort over `data`: quicksort with median-of-three (ninther for
/// 50 or more) pivots, insertion sort up to 12 elements, a partial
/// insertion sort for nearly sorted runs, a partition of equal elements,
/// pattern breaking after an unbalanced split, and heapsort past `limit`
/// bad pivots.
struct Pdq<'d, D> {
    data: &'d mut D,
}

impl<D: LessSwap> Pdq<'_, D> {
    fn less(&mut self, i: usize, j: usize) -> Result<bool, D::Error> {
        self.data.less(i, j)
    }

    fn swap(&mut self, i: usize, j: usize) -> Result<(), D::Error> {
        self.data.swap(i, j)
    }

    fn sort(&mut self, mut a: usize, mut b: usize, mut limit: usize) -> Result<(), D::Error> {
        const MAX_INSERTION: usize = 12;
        let (mut was_balanced, mut was_partitioned) = (true, true);
        loop {
            let length = b - a;
            if length <= MAX_INSERTION {
                return self.insertion_sort(a, b);
            }
            if limit == 0 {
                return self.heap_sort(a, b);
            }
            if !was_balanced {
                self.break_patterns(a, b)?;
                limit -= 1;
            }
            let (mut pivot, mut hint) = self.choose_pivot(a, b)?;
            if hint == Hint::Decreasing {
                self.reverse(a, b)?;
                pivot = (b - 1) - (pivot - a);
                hint = Hint::Increasing;
            }
            if was_balanced
                && was_partitioned
                && hint == Hint::Increasing
                && self.partial_insertion_sort(a, b)?
            {
                return Ok(());
            }
            // Nothing before `a` is greater than the pivot: many equal
            // elements, which one pass gathers.
            if a > 0 && !self.less(a - 1, pivot)? {
                a = self.partition_equal(a, b, pivot)?;
                continue;
            }
            let (mid, already) = self.partition(a, b, pivot)?;
            was_partitioned = already;
            let (left, right) = (mid - a, b - mid);
            let threshold = length / 8;
            if left < right {
                was_balanced = left >= threshold;
                self.sort(a, mid, limit)?;
                a = mid + 1;
            } else {
                was_balanced = right >= threshold;
                self.sort(mid + 1, b, limit)?;
                b = mid;
            }
        }
    }

    fn insertion_sort(&mut self, a: usize, b: usize) -> Result<(), D::Error> {
        for i in a + 1..b {
            let mut j = i;
            while j > a && self.less(j, j - 1)? {
                self.swap(j, j - 1)?;
                j -= 1;
            }
        }
        Ok(())
    }

    /// Restores the max-heap of `[lo, hi)` (offsets from `first`) below
    /// `lo`.
    fn sift_down(&mut self, lo: usize, hi: usize, first: usize) -> Result<(), D::Error> {
        let mut root = lo;
        loop {
            let mut child = 2 * root + 1;
            if child >= hi {
                return Ok(());
            }
            if child + 1 < hi && self.less(first + child, first + child + 1)? {
                child += 1;
            }
            if !self.less(first + root, first + child)? {
                return Ok(());
            }
            self.swap(first + root, first + child)?;
            root = child;
        }
    }

    fn heap_sort(&mut self, a: usize, b: usize) -> Result<(), D::Error> {
        let hi = b - a;
        for i in (0..=(hi - 1) / 2).rev() {
            self.sift_down(i, hi, a)?;
        }
        for i in (0..hi).rev() {
            self.swap(a, a + i)?;
            self.sift_down(0, i, a)?;
        }
        Ok(())
    }

    /// Swaps three elements in the middle with pseudo-random others,
    /// seeded by the length as Go seeds its xorshift.
    fn break_patterns(&mut self, a: usize, b: usize) -> Result<(), D::Error> {
        let length = b - a;
        if length < 8 {
            return Ok(());
        }
        let mut random = length as u64;
        let modulus = 1usize << (usize::BITS - length.leading_zeros());
        let mid = a + (length / 4) * 2;
        for idx in mid - 1..=mid + 1 {
            random ^= random << 13;
            random ^= random >> 17;
            random ^= random << 5;
            let mut other = (random as usize) & (modulus - 1);
            if other >= length {
                other -= length;
            }
            self.swap(idx, a + other)?;
        }
        Ok(())
    }

    /// The pivot (median of three, or of three medians of three) and what
    /// the comparisons say of the order.
    fn choose_pivot(&mut self, a: usize, b: usize) -> Result<(usize, Hint), D::Error> {
        const SHORTEST_NINTHER: usize = 50;
        const MAX_SWAPS: usize = 4 * 3;
        let l = b - a;
        let mut swaps = 0;
        let (mut i, mut j, mut k) = (a + l / 4, a + l / 4 * 2, a + l / 4 * 3);
        if l >= 8 {
            if l >= SHORTEST_NINTHER {
                i = self.median(i - 1, i, i + 1, &mut swaps)?;
                j = self.median(j - 1, j, j + 1, &mut swaps)?;
                k = self.median(k - 1, k, k + 1, &mut swaps)?;
            }
            j = self.median(i, j, k, &mut swaps)?;
        }
        Ok(match swaps {
            0 => (j, Hint::Increasing),
            MAX_SWAPS => (j, Hint::Decreasing),
            _ => (j, Hint::Unknown),
        })
    }

    /// The index of the median of three, counting the swaps a sorting
    /// network needs for them.
    fn median(
        &mut self,
        a: usize,
        b: usize,
        c: usize,
        swaps: &mut usize,
    ) -> Result<usize, D::Error> {
        let (a, b) = self.order2(a, b, swaps)?;
        let (b, _) = self.order2(b, c, swaps)?;
        let (_, b) = self.order2(a, b, swaps)?;
        Ok(b)
    }

    fn order2(
        &mut self,
        a: usize,
        b: usize,
        swaps: &mut usize,
    ) -> Result<(usize, usize), D::Error> {
        if self.less(b, a)? {
            *swaps += 1;
            return Ok((b, a));
        }
        Ok((a, b))
    }

    fn reverse(&mut self, a: usize, b: usize) -> Result<(), D::Error> {
        let (mut i, mut j) = (a, b - 1);
        while i < j {
            self.swap(i, j)?;
            i += 1;
            j -= 1;
        }
        Ok(())
    }

    /// One quicksort partition around the pivot, moved to `a` and then to
    /// its place, which is returned with whether nothing had to move.
    fn partition(&mut self, a: usize, b: usize, pivot: usize) -> Result<(usize, bool), D::Error> {
        self.swap(a, pivot)?;
        // Inclusive bounds of what is left; `j` may pass below `i`, never
        // below `a`.
        let (mut i, mut j) = (a + 1, b - 1);
        while i <= j && self.less(i, a)? {
            i += 1;
        }
        while i <= j && !self.less(j, a)? {
            j -= 1;
        }
        if i > j {
            self.swap(j, a)?;
            return Ok((j, true));
        }
        self.swap(i, j)?;
        i += 1;
        j -= 1;
        loop {
            while i <= j && self.less(i, a)? {
                i += 1;
            }
            while i <= j && !self.less(j, a)? {
                j -= 1;
            }
            if i > j {
                break;
            }
            self.swap(i, j)?;
            i += 1;
            j -= 1;
        }
        self.swap(j, a)?;
        Ok((j, false))
    }

    /// Puts the elements equal to the pivot (none is less) first; returns
    /// where the greater ones start.
    fn partition_equal(&mut self, a: usize, b: usize, pivot: usize) -> Result<usize, D::Error> {
        self.swap(a, pivot)?;
        let (mut i, mut j) = (a + 1, b - 1);
        loop {
            while i <= j && !self.less(a, i)? {
                i += 1;
            }
            while i <= j && self.less(a, j)? {
                j -= 1;
            }
            if i > j {
                return Ok(i);
            }
            self.swap(i, j)?;
            i += 1;
            j -= 1;
        }
    }

    /// Fixes up to five out-of-order neighbours of a nearly sorted run;
    /// true when that sorted it.
    fn partial_insertion_sort(&mut self, a: usize, b: usize) -> Result<bool, D::Error> {
        const MAX_STEPS: usize = 5;
        const SHORTEST_SHIFTING: usize = 50;
        let mut i = a + 1;
        for _ in 0..MAX_STEPS {
            while i < b && !self.less(i, i - 1)? {
                i += 1;
            }
            if i == b {
                return Ok(true);
            }
            if b - a < SHORTEST_SHIFTING {
                return Ok(false);
            }
            self.swap(i, i - 1)?;
            // Go shifts the smaller one left as far as index 1 (not `a`).
            if i - a >= 2 {
                let mut j = i - 1;
                while j >= 1 && self.less(j, j - 1)? {
                    self.swap(j, j - 1)?;
                    j -= 1;
                }
            }
            if b - i >= 2 {
                let mut j = i + 1;
                while j < b && self.less(j, j - 1)? {
                    self.swap(j, j - 1)?;
                    j += 1;
                }
            }
        }
        Ok(false)
    }
}

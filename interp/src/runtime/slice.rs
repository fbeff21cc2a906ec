//! Slices: makeslice, indexing with Go's bounds errors, reslicing,
//! growslice (with Go's exact capacity growth) and copy.
//!
//! A slice value is three words in slots: data address, length, capacity.
//! Elements are stored flat in the heap in Go's layout, a stride of their
//! Go size apart.

use super::{Engine, Runtime, Status, mem, panic};
use crate::bytecode::Elem;

/// Go's malloc size classes (bytes): growslice rounds a new backing array up
/// to one of these, which decides the capacity `cap()` reports.
const SIZE_CLASSES: [u64; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// Bytes an allocation of `size` bytes really gets (Go's `roundupsize`).
/// Objects with pointers above 512 bytes carry an 8-byte malloc header
/// (Go 1.22+), which takes room in the size class.
pub fn roundupsize(size: u64, pointers: bool) -> u64 {
    const HEADER: u64 = 8;
    if size <= 32768 - HEADER {
        let req = if pointers && size > 512 {
            size + HEADER
        } else {
            size
        };
        let i = SIZE_CLASSES.partition_point(|&c| c < req);
        SIZE_CLASSES[i] - (req - size)
    } else {
        // Large objects take whole 8 KiB pages.
        size.div_ceil(8192) * 8192
    }
}

/// Go's `nextslicecap`: the capacity growslice aims for before rounding.
fn nextslicecap(new_len: i64, old_cap: i64) -> i64 {
    let doublecap = old_cap + old_cap;
    if new_len > doublecap {
        return new_len;
    }
    const THRESHOLD: i64 = 256;
    if old_cap < THRESHOLD {
        return doublecap;
    }
    let mut newcap = old_cap;
    loop {
        // From 2x for small slices to 1.25x for large ones, smoothly.
        newcap += (newcap + 3 * THRESHOLD) >> 2;
        if newcap as u64 >= new_len as u64 {
            break;
        }
    }
    if newcap <= 0 { new_len } else { newcap }
}

/// The capacity Go gives a slice of `elem` elements grown from capacity
/// `old_cap` to hold `new_len` elements.
pub fn grown_cap(new_len: i64, old_cap: i64, elem: Elem) -> i64 {
    let newcap = nextslicecap(new_len, old_cap);
    if elem.go_size == 0 {
        return newcap;
    }
    let size = elem.go_size;
    (roundupsize(newcap as u64 * size, elem.pointers()) / size) as i64
}

/// The largest allocation Go's runtime attempts (`maxAlloc` on 64-bit
/// Linux); a larger make or append is a `len out of range` panic.
const MAX_ALLOC: u64 = 1 << 48;

/// The bytes Go allocates for `n` elements of `elem`, if `n` is a valid
/// count and the size is within `MAX_ALLOC`.
fn alloc_size(n: i64, elem: Elem) -> Option<u64> {
    let n = u64::try_from(n).ok()?;
    elem.go_size
        .checked_mul(n)
        .filter(|&bytes| bytes <= MAX_ALLOC)
}

/// The checks of `unsafe.Slice` and `unsafe.String` (`name`), Go's
/// `unsafeslice` and `unsafestring`: `len` elements of Go size `size` from
/// `ptr` must be a non-negative count that stays within the address space,
/// and a nil `ptr` only takes a length of 0 (any length for elements of
/// size 0).
pub fn check_unsafe(
    rt: &mut Runtime,
    engine: &dyn Engine,
    frame: usize,
    name: &str,
    ptr: u64,
    len: i64,
    size: u64,
) -> Result<(), Status> {
    let why = if len < 0 {
        "len out of range"
    } else if size == 0 {
        if ptr != 0 || len == 0 {
            return Ok(());
        }
        "ptr is nil and len is not zero"
    } else {
        match size.checked_mul(len as u64) {
            Some(bytes) if bytes <= ptr.wrapping_neg() => return Ok(()),
            _ if ptr == 0 => "ptr is nil and len is not zero",
            _ => "len out of range",
        }
    };
    let msg = format!("{name}: {why}");
    Err(panic::panic_runtime_error(rt, engine, frame, &msg))
}

/// A zeroed backing array for `cap` elements of `elem`, or Go's fatal
/// `runtime: out of memory` when the system has none.
fn backing_array(rt: &mut Runtime, frame: usize, cap: u64, elem: Elem) -> Result<u64, Status> {
    let words = (cap * elem.go_size).div_ceil(8);
    if words == 0 {
        return Ok(rt.zerobase);
    }
    rt.heap
        .try_alloc(words as usize, elem.layout)
        .ok_or_else(|| panic::throw(rt, frame, "runtime: out of memory"))
}

/// makeslice: a new zeroed slice of `len` elements laid out as `elem` and
/// capacity `cap`; panics as Go does on bad sizes.
pub fn makeslice(
    rt: &mut Runtime,
    engine: &dyn Engine,
    frame: usize,
    len: i64,
    cap: i64,
    elem: Elem,
) -> Result<[u64; 3], Status> {
    if alloc_size(len, elem).is_none() {
        let msg = "makeslice: len out of range";
        return Err(panic::panic_runtime_error(rt, engine, frame, msg));
    }
    if cap < len || alloc_size(cap, elem).is_none() {
        let msg = "makeslice: cap out of range";
        return Err(panic::panic_runtime_error(rt, engine, frame, msg));
    }
    let data = backing_array(rt, frame, cap as u64, elem)?;
    Ok([data, len as u64, cap as u64])
}

/// The address of element `i` of a slice (or string) of elements `size`
/// bytes apart, checked against `len`: Go's `index out of range [i] with
/// length n`.
pub fn index_addr(
    rt: &mut Runtime,
    engine: &dyn Engine,
    frame: usize,
    data: u64,
    len: u64,
    i: i64,
    size: u64,
) -> Result<u64, Status> {
    if i < 0 || i as u64 >= len {
        let msg = if i < 0 {
            format!("index out of range [{i}]")
        } else {
            format!("index out of range [{i}] with length {len}")
        };
        return Err(panic::panic_runtime_error(rt, engine, frame, &msg));
    }
    Ok(data + size * i as u64)
}

/// `s[lo:hi:max]` of a slice `(data, len, cap)` of `size`-byte elements,
/// with Go's bounds errors; `three` when the expression had a max index.
#[allow(clippy::too_many_arguments)]
pub fn reslice(
    rt: &mut Runtime,
    engine: &dyn Engine,
    frame: usize,
    s: [u64; 3],
    (lo, hi, max): (i64, i64, i64),
    three: bool,
    size: u64,
) -> Result<[u64; 3], Status> {
    let cap = s[2] as i64;
    // Go's boundsError wording; a negative bound is reported alone.
    let msg = if three {
        if max < 0 {
            Some(format!("slice bounds out of range [::{max}]"))
        } else if max > cap {
            Some(format!(
                "slice bounds out of range [::{max}] with capacity {cap}"
            ))
        } else if hi < 0 {
            Some(format!("slice bounds out of range [:{hi}:]"))
        } else if hi > max {
            Some(format!("slice bounds out of range [:{hi}:{max}]"))
        } else if lo < 0 {
            Some(format!("slice bounds out of range [{lo}::]"))
        } else if lo > hi {
            Some(format!("slice bounds out of range [{lo}:{hi}:]"))
        } else {
            None
        }
    } else {
        two_index_error(lo, hi, cap, "capacity")
    };
    if let Some(msg) = msg {
        return Err(panic::panic_runtime_error(rt, engine, frame, &msg));
    }
    // A slice of zero capacity keeps no pointer past the array's end.
    let data = if max - lo == 0 {
        s[0]
    } else {
        s[0] + size * lo as u64
    };
    Ok([data, (hi - lo) as u64, (max - lo) as u64])
}

/// `s[lo:hi]` of a string `(data, len)`: Go's bounds errors use the length.
pub fn reslice_string(
    rt: &mut Runtime,
    engine: &dyn Engine,
    frame: usize,
    s: (u64, u64),
    lo: i64,
    hi: i64,
) -> Result<(u64, u64), Status> {
    let msg = two_index_error(lo, hi, s.1 as i64, "length");
    if let Some(msg) = msg {
        return Err(panic::panic_runtime_error(rt, engine, frame, &msg));
    }
    let data = if hi == lo { 0 } else { s.0 + lo as u64 };
    Ok((data, (hi - lo) as u64))
}

/// append: `s` with `count` elements laid out as `elem` from `src` (an
/// address) added, reallocating with growslice's capacity when full.
pub fn append(
    rt: &mut Runtime,
    engine: &dyn Engine,
    frame: usize,
    s: [u64; 3],
    src: u64,
    count: u64,
    elem: Elem,
) -> Result<[u64; 3], Status> {
    let size = elem.go_size;
    let (len, cap) = (s[1], s[2]);
    let new_len = len.wrapping_add(count);
    let mut data = s[0];
    let mut new_cap = cap;
    if new_len > cap {
        // growslice: the new length must be a valid int and fit in memory.
        let grown = i64::try_from(new_len)
            .ok()
            .filter(|&n| alloc_size(n, elem).is_some())
            .map(|n| grown_cap(n, cap as i64, elem));
        let Some(grown) = grown.filter(|&c| alloc_size(c, elem).is_some()) else {
            let msg = "growslice: len out of range";
            return Err(panic::panic_runtime_error(rt, engine, frame, msg));
        };
        new_cap = grown as u64;
        let fresh = backing_array(rt, frame, new_cap, elem)?;
        mem::copy_bytes(fresh, data, len * size);
        data = fresh;
    }
    mem::copy_bytes(data + size * len, src, count * size);
    Ok([data, new_len, new_cap])
}

/// copy: copies min(len(dst), len(src)) elements of `size` bytes; returns
/// that count.
pub fn copy(dst: [u64; 3], src: (u64, u64), size: u64) -> u64 {
    let n = dst[1].min(src.1);
    mem::copy_bytes(dst[0], src.0, n * size);
    n
}

/// `copy(dst, src)` of a string `src` into a `[]byte`: the bytes copied.
pub fn copy_string(dst: [u64; 3], src: (u64, u64)) -> u64 {
    let n = dst[1].min(src.1);
    mem::store_bytes(dst[0], &mem::bytes(src.0, src.1)[..n as usize]);
    n
}

/// Go's error for `x[lo:hi]` out of bounds (`limit` is the capacity of a
/// slice or the length of a string), or `None` when the bounds are good.
fn two_index_error(lo: i64, hi: i64, limit: i64, what: &str) -> Option<String> {
    if hi < 0 {
        Some(format!("slice bounds out of range [:{hi}]"))
    } else if hi > limit {
        Some(format!(
            "slice bounds out of range [:{hi}] with {what} {limit}"
        ))
    } else if lo < 0 {
        Some(format!("slice bounds out of range [{lo}:]"))
    } else if lo > hi {
        Some(format!("slice bounds out of range [{lo}:{hi}]"))
    } else {
        None
    }
}

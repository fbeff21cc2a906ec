//! The heap and raw word access: the one module of the runtime that touches
//! memory through pointers.
//!
//! Heap objects are zeroed arrays of words that never move. Values hold raw
//! addresses (`u64`) into the heap, the constant pool or a slot stack; every
//! such address stays valid as long as the value is reachable, because none
//! of those regions is freed or moved while the program runs. (The collector
//! of DESIGN.md will free unreachable heap objects; it will keep that
//! guarantee for reachable ones.)

/// The runtime-owned heap.
#[derive(Default)]
pub struct Heap {
    objects: Vec<(*mut u64, usize)>,
    /// Words handed out so far.
    pub allocated_words: usize,
}

impl Heap {
    /// A new zeroed object of `words` words (at least one), as an address.
    pub fn alloc(&mut self, words: usize) -> u64 {
        self.try_alloc(words)
            .unwrap_or_else(|| out_of_memory(words.saturating_mul(8)))
    }

    /// As `alloc`, or `None` when the system has no memory for it (Go's
    /// `runtime: out of memory`).
    pub fn try_alloc(&mut self, words: usize) -> Option<u64> {
        let words = words.max(1);
        let layout = std::alloc::Layout::array::<u64>(words).ok()?;
        // SAFETY: `layout` has a nonzero size. Drop frees the object with
        // the same layout (that of a boxed `[u64]` of `words` words).
        let obj = unsafe { std::alloc::alloc_zeroed(layout) } as *mut u64;
        if obj.is_null() {
            return None;
        }
        self.objects.push((obj, words));
        self.allocated_words += words;
        Some(obj as u64)
    }

    /// A new heap string holding `bytes`: its (pointer, length) words.
    pub fn alloc_string(&mut self, bytes: &[u8]) -> (u64, u64) {
        self.try_alloc_string(bytes.len(), |buf| buf.copy_from_slice(bytes))
            .unwrap_or_else(|| out_of_memory(bytes.len()))
    }

    /// A new heap string of `len` bytes that `fill` writes, or `None` when
    /// there is no memory for it.
    pub fn try_alloc_string(
        &mut self,
        len: usize,
        fill: impl FnOnce(&mut [u8]),
    ) -> Option<(u64, u64)> {
        if len == 0 {
            return Some((0, 0));
        }
        let ptr = self.try_alloc(len.div_ceil(8))?;
        // SAFETY: `ptr` is a fresh object of at least `len` bytes that
        // nothing else refers to yet.
        fill(unsafe { std::slice::from_raw_parts_mut(ptr as *mut u8, len) });
        Some((ptr, len as u64))
    }
}

/// Ends the process on an allocation the runtime cannot fail softly.
fn out_of_memory(bytes: usize) -> ! {
    let layout = std::alloc::Layout::from_size_align(bytes, 8);
    std::alloc::handle_alloc_error(layout.unwrap_or(std::alloc::Layout::new::<u64>()))
}

impl Drop for Heap {
    fn drop(&mut self) {
        for &(obj, words) in &self.objects {
            // SAFETY: each entry came from `Box::into_raw` of a slice of
            // `words` words in `alloc` and is freed once, here.
            drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(obj, words)) });
        }
    }
}

/// Word `i` of the object at `addr`.
pub fn load(addr: u64, i: usize) -> u64 {
    // SAFETY: `addr` is a live heap object, constant or stack slot of at
    // least `i + 1` words (module invariant; the compiler only emits loads
    // within the object's type).
    unsafe { *(addr as *const u64).add(i) }
}

/// Stores `v` into word `i` of the object at `addr`.
pub fn store(addr: u64, i: usize, v: u64) {
    // SAFETY: as for `load`; no Rust reference to the word is alive.
    unsafe { *(addr as *mut u64).add(i) = v }
}

/// The bytes of the string value `(ptr, len)`.
pub fn bytes<'a>(ptr: u64, len: u64) -> &'a [u8] {
    if len == 0 {
        return &[];
    }
    // SAFETY: a string value's pointer addresses `len` immutable bytes in the
    // constant pool or the heap, which outlive every value that refers to them.
    unsafe { std::slice::from_raw_parts(ptr as *const u8, len as usize) }
}

/// Copies `n` words from `src` to `dst`; the ranges may overlap (memmove).
pub fn copy_words(dst: u64, src: u64, n: usize) {
    if n == 0 || dst == src {
        return;
    }
    // SAFETY: both ranges are `n` words of live heap objects or stack slots
    // (module invariant); `ptr::copy` allows overlap.
    unsafe { std::ptr::copy(src as *const u64, dst as *mut u64, n) }
}

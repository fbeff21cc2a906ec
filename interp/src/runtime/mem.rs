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
        let words = words.max(1);
        let obj = Box::into_raw(vec![0u64; words].into_boxed_slice()) as *mut u64;
        self.objects.push((obj, words));
        self.allocated_words += words;
        obj as u64
    }

    /// A new heap string holding `bytes`: its (pointer, length) words.
    pub fn alloc_string(&mut self, bytes: &[u8]) -> (u64, u64) {
        if bytes.is_empty() {
            return (0, 0);
        }
        let ptr = self.alloc(bytes.len().div_ceil(8));
        // SAFETY: `ptr` is a fresh object of at least `bytes.len()` bytes.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), ptr as *mut u8, bytes.len()) };
        (ptr, bytes.len() as u64)
    }
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

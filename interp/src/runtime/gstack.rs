//! Memory for goroutine stacks.
//!
//! Goroutines other than main each get one chunk of an arena,
//! a native stack for its coroutine at the chunk's top and its slot stack
//! at the bottom. Chunks are carved from blocks reserved by one `mmap` each
//! (`MAP_NORESERVE`: the OS commits pages as they are touched), so a
//! hundred thousand goroutines cost a few thousand mappings and only the
//! pages they use. Chunks are never unmapped; the scheduler reuses those of
//! ended goroutines.
//!
//! Chunks have no guard pages (each would split the mapping, and the
//! kernel caps mappings per process): both engines bound their use of the
//! native stack instead (see `Goroutine::native_budget`), and slot-stack
//! bounds are checked on every frame push.

use std::ptr::NonNull;

use corosensei::stack::{DefaultStack, Stack, StackPointer};

/// Bytes of native stack in a chunk.
pub const NATIVE_BYTES: usize = 2 << 20;
/// Slots in a chunk's slot stack.
pub const SLOTS: usize = 1 << 18;
const CHUNK_BYTES: usize = NATIVE_BYTES + SLOTS * 8;
/// Chunks reserved together.
const CHUNKS_PER_BLOCK: usize = 64;

/// One goroutine's chunk: its address (the slot stack starts there; the
/// native stack ends at `addr + CHUNK_BYTES`).
#[derive(Debug)]
pub struct Chunk {
    addr: NonNull<u8>,
}

impl Chunk {
    /// The chunk's slot stack, zeroed on first use by the OS; reused chunks
    /// keep old words, which frames never read before writing.
    pub fn slots(&self) -> SlotMem {
        SlotMem {
            ptr: self.addr.cast(),
            len: SLOTS,
            mapped: false,
        }
    }

    /// The chunk's native stack, for a coroutine.
    pub fn native(&self) -> NativeStack {
        let bottom = self.addr.as_ptr() as usize + SLOTS * 8;
        NativeStack {
            bottom,
            top: bottom + NATIVE_BYTES,
        }
    }
}

/// The chunks reserved so far and those free for reuse.
#[derive(Default)]
pub struct Arena {
    free: Vec<Chunk>,
}

impl Arena {
    /// A chunk for a new goroutine; `None` when the address space is
    /// exhausted.
    pub fn chunk(&mut self) -> Option<Chunk> {
        if let Some(c) = self.free.pop() {
            return Some(c);
        }
        let base = reserve(CHUNK_BYTES * CHUNKS_PER_BLOCK)?.as_ptr() as usize;
        for i in (1..CHUNKS_PER_BLOCK).rev() {
            let addr = NonNull::new((base + i * CHUNK_BYTES) as *mut u8).expect("mapped");
            self.free.push(Chunk { addr });
        }
        Some(Chunk {
            addr: NonNull::new(base as *mut u8).expect("mapped"),
        })
    }

    /// Takes back the chunk of an ended goroutine.
    pub fn give_back(&mut self, c: Chunk) {
        self.free.push(c);
    }
}

/// Reserves `len` bytes of zeroed memory that the OS commits page by page;
/// `None` when the system refuses.
fn reserve(len: usize) -> Option<NonNull<u8>> {
    // SAFETY: an anonymous private mapping at an address of the OS's
    // choosing touches no existing memory; the result is checked.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        return None;
    }
    NonNull::new(p.cast())
}

/// A slot stack: `len` words at `ptr`, used as a slice; either mapped for
/// itself (the main goroutine's, unmapped when dropped) or in a chunk.
#[derive(Debug)]
pub struct SlotMem {
    ptr: NonNull<u64>,
    len: usize,
    mapped: bool,
}

impl SlotMem {
    /// A slot stack of `len` words mapped for itself; the main goroutine's
    /// cannot do without it.
    pub fn map(len: usize) -> SlotMem {
        if len == 0 {
            return SlotMem {
                ptr: NonNull::dangling(),
                len: 0,
                mapped: false,
            };
        }
        let Some(p) = reserve(len * 8) else {
            eprintln!("fatal error: runtime: cannot allocate memory");
            std::process::exit(2);
        };
        SlotMem {
            ptr: p.cast(),
            len,
            mapped: true,
        }
    }
}

impl Drop for SlotMem {
    fn drop(&mut self) {
        if self.mapped {
            // SAFETY: the mapping was made by `map` with this length and
            // nothing refers into it once its only handle is dropped.
            unsafe { libc::munmap(self.ptr.as_ptr().cast(), self.len * 8) };
        }
    }
}

impl std::ops::Deref for SlotMem {
    type Target = [u64];
    fn deref(&self) -> &[u64] {
        // SAFETY: the words are mapped for the life of the process, aligned,
        // and this is the only handle on them (one per chunk handed out).
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl std::ops::DerefMut for SlotMem {
    fn deref_mut(&mut self) -> &mut [u64] {
        // SAFETY: as for `deref`, and `&mut self` makes the borrow unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

/// A chunk's native stack, `bottom..top`.
#[derive(Debug)]
pub struct NativeStack {
    bottom: usize,
    top: usize,
}

/// A coroutine's native stack: the main goroutine's own (with a guard
/// page), or a chunk's.
pub enum GoStack {
    Main(DefaultStack),
    Chunk(NativeStack),
}

// SAFETY: a `DefaultStack` is a valid stack by its own contract; a chunk's
// `top` and `bottom` bound memory mapped read-write for the life of the
// process, 16-byte aligned (chunks are page multiples), and used by one
// coroutine at a time.
unsafe impl Stack for GoStack {
    fn base(&self) -> StackPointer {
        match self {
            GoStack::Main(s) => s.base(),
            GoStack::Chunk(c) => StackPointer::new(c.top).expect("mapped"),
        }
    }

    fn limit(&self) -> StackPointer {
        match self {
            GoStack::Main(s) => s.limit(),
            GoStack::Chunk(c) => StackPointer::new(c.bottom).expect("mapped"),
        }
    }
}

//! The heap (Go's mheap and mcache in one) and raw word access: the one
//! module of the runtime that touches memory through pointers.
//!
//! Heap objects are zeroed arrays of words that never move. Values hold raw
//! addresses (`u64`) into the heap, the constant pool or a slot stack; an
//! address stays valid as long as the value is reachable: the collector
//! (`runtime/mgc.rs`) frees only objects nothing reachable points into.
//!
//! The heap is one reserved range of address space (the arena) cut into
//! 8 KiB pages. A span is a run of pages holding objects of one size class
//! (or one large object); a page table maps every page to its span, so the
//! object an address points into, if any, is found in constant time: the
//! collector checks every pointer word it follows that way, so a stale or
//! foreign address is never trusted. Every span holds objects of one layout
//! (`program::Layout`, Go's ptrmask) as well as one size: the layout says
//! which words of an object the collector follows, and objects without
//! pointers (strings, arrays of scalars) are never scanned. Freed pages
//! are kept for reuse while there are few of them; beyond that they go back
//! to the OS (`madvise(MADV_DONTNEED)`, Go's scavenger) and read as zeros
//! when reused.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::bytecode::{Access, AccessKind, Scalar};

/// Words in a page.
const PAGE_WORDS: usize = 1024;
const PAGE_BYTES: usize = PAGE_WORDS * 8;
/// Address space reserved for the heap; only touched pages take memory.
const ARENA_BYTES: usize = 256 << 30;
/// Size classes in words; larger objects get spans of their own.
const CLASS_WORDS: [usize; 32] = [
    1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160,
    192, 224, 256, 320, 384, 448, 512,
];
const MAX_SMALL_WORDS: usize = 512;
/// Size classes; spans of a size class are kept apart by layout.
const CLASSES: usize = CLASS_WORDS.len();
/// The class of a span holding one large object.
const LARGE: usize = CLASSES;
/// No span (in the page table) or no current span (of a span class).
const NONE: u32 = u32::MAX;
/// The layout of objects with no pointers.
const NOSCAN: u32 = crate::program::layouts::NOSCAN;
/// The smallest heap size at which a collection is asked for (4 MiB, as
/// Go's); beyond it, when the heap has grown by GOGC percent (default 100)
/// over what the last collection kept.
const MIN_TRIGGER_WORDS: usize = 512 << 10;
/// Large allocations at least this big are first tried as an ordinary
/// mapping, so that one the system cannot back is Go's out-of-memory error
/// rather than a kill when it is touched.
const PROBE_BYTES: usize = 64 << 20;

/// The size class of an object of `words` words (at most
/// [`MAX_SMALL_WORDS`]).
fn size_class(words: usize) -> usize {
    CLASS_WORDS.partition_point(|&c| c < words)
}

/// A run of pages holding objects of one size (Go's mspan).
struct Span {
    /// First page (index in the arena).
    start: usize,
    pages: usize,
    /// Words per object.
    size: usize,
    objects: usize,
    /// Its size class ([`LARGE`] for a large object).
    class: usize,
    /// The layout of its objects (Go's span class keeps only noscan; a
    /// layout per span stands for Go's heap bitmap).
    layout: u32,
    /// Allocated objects, one bit each.
    alloc: Vec<u64>,
    /// Objects the running collection found reachable.
    mark: Vec<u64>,
    free: usize,
    /// Where the search for a free object resumes.
    cursor: usize,
}

impl Span {
    fn bit(bits: &[u64], i: usize) -> bool {
        bits[i / 64] & (1 << (i % 64)) != 0
    }

    /// The first free object at or after the cursor.
    fn next_free(&self) -> Option<usize> {
        let mut w = self.cursor / 64;
        let mut mask = !0u64 << (self.cursor % 64);
        while w < self.alloc.len() {
            let free = !self.alloc[w] & mask;
            if free != 0 {
                let i = w * 64 + free.trailing_zeros() as usize;
                return (i < self.objects).then_some(i);
            }
            w += 1;
            mask = !0;
        }
        None
    }
}

/// The runtime-owned heap.
pub struct Heap {
    /// The arena's first address.
    base: usize,
    /// Pages of the arena in use or freed so far (the rest were never
    /// touched).
    pages: usize,
    /// The span of each page below `pages`.
    page_span: Vec<u32>,
    spans: Vec<Span>,
    /// Ids in `spans` free for reuse.
    free_ids: Vec<u32>,
    /// Free runs of pages below `pages`: first page to length and whether
    /// the run may hold nonzero words (it was used since the OS zeroed it).
    free_runs: BTreeMap<usize, (usize, bool)>,
    /// Pages in free runs.
    free_pages: usize,
    /// The span each span class (layout and size class, at
    /// `layout * CLASSES + class`) allocates from.
    current: Vec<u32>,
    /// Spans of each span class with free objects.
    partial: Vec<Vec<u32>>,
    /// Words handed out since the program started.
    pub allocated_words: usize,
    /// Words in objects kept by the last collection and allocated since.
    live_words: usize,
    /// `live_words` at which to ask for a collection.
    next_gc: usize,
    /// Set once a collection has been asked for and not yet run.
    gc_requested: bool,
    /// The word the engines poll, where a collection is asked for.
    trigger: Arc<AtomicUsize>,
    /// How the collector is paced (from the environment).
    pacing: Pacing,
    /// What `runtime.ReadMemStats` reports.
    pub stats: Stats,
}

/// Counters of the heap and the collector (`runtime.MemStats`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    /// Objects allocated and freed so far.
    pub mallocs: u64,
    pub frees: u64,
    /// Words in allocated objects.
    pub in_use_words: u64,
    /// Collections run, and those `runtime.GC` asked for.
    pub num_gc: u32,
    pub num_forced_gc: u32,
    /// When the last collection ended (nanoseconds since 1970), and the
    /// time all collections took.
    pub last_gc_unix_nanos: u64,
    pub pause_total_nanos: u64,
}

/// The memory figures of `runtime.MemStats` the heap knows, in bytes.
#[derive(Clone, Copy, Debug)]
pub struct Usage {
    /// Pages of the arena ever used, those in free runs, and those of the
    /// free runs given back to the OS.
    pub sys: u64,
    pub idle: u64,
    pub released: u64,
    /// The heap size at which the next collection is asked for.
    pub next_gc: u64,
    pub gc_enabled: bool,
}

/// How often the collector runs: Go's `GOGC` (a percentage, or `off`), and
/// `GOJIT_GCSTRESS=1`, which collects at the first safepoint after every
/// 64 words allocated and poisons dead frame slots, so tests can check
/// that every root is found.
#[derive(Clone, Copy)]
struct Pacing {
    /// `None`: never collect.
    gogc: Option<usize>,
    stress: bool,
}

impl Pacing {
    fn from_env() -> Pacing {
        let gogc = match std::env::var("GOGC") {
            Ok(v) if v == "off" => None,
            Ok(v) => Some(v.parse().unwrap_or(100)),
            Err(_) => Some(100),
        };
        let stress = std::env::var("GOJIT_GCSTRESS").is_ok_and(|v| v == "1");
        Pacing { gogc, stress }
    }

    /// Go's GC percent: GOGC's value, or -1 when it is off.
    fn percent(self) -> i64 {
        self.gogc.map_or(-1, |p| p as i64)
    }

    /// The heap size at which to collect next, when `live` words survived.
    fn goal(self, live: usize) -> usize {
        match self.gogc {
            // Off is off, even under stress (`debug.SetGCPercent(-1)`).
            None => usize::MAX,
            _ if self.stress => live + 64,
            Some(pct) => (live + live / 100 * pct).max(MIN_TRIGGER_WORDS),
        }
    }
}

/// Bit of the engines' interrupt word (see `runtime/interrupt.rs`) that asks
/// for a collection at the next safepoint.
pub const GC_BIT: usize = 4;

impl Heap {
    /// An empty heap that asks for collections through `trigger`.
    pub fn new(trigger: Arc<AtomicUsize>) -> Heap {
        // SAFETY: an anonymous private mapping at an address of the OS's
        // choosing touches no existing memory; the result is checked.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                ARENA_BYTES,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            out_of_memory();
        }
        let pacing = Pacing::from_env();
        Heap {
            base: base as usize,
            pages: 0,
            page_span: Vec::new(),
            spans: Vec::new(),
            free_ids: Vec::new(),
            free_runs: BTreeMap::new(),
            free_pages: 0,
            current: Vec::new(),
            partial: Vec::new(),
            allocated_words: 0,
            live_words: 0,
            next_gc: pacing.goal(0),
            gc_requested: false,
            trigger,
            pacing,
            stats: Stats::default(),
        }
    }

    /// Asks for collections through `trigger` from now on.
    pub fn set_trigger(&mut self, trigger: Arc<AtomicUsize>) {
        self.trigger = trigger;
    }

    /// A new zeroed object of `words` words (at least one) of layout
    /// `layout` (repeated over the object), as an address.
    pub fn alloc(&mut self, words: usize, layout: u32) -> u64 {
        self.try_alloc(words, layout)
            .unwrap_or_else(|| out_of_memory())
    }

    /// A new zeroed object of `words` words (at least one), whose words the
    /// collector follows as `layout` says; `None` when the system has no
    /// memory for it (Go's `runtime: out of memory`).
    pub fn try_alloc(&mut self, words: usize, layout: u32) -> Option<u64> {
        let words = words.max(1);
        let (addr, size) = if words <= MAX_SMALL_WORDS {
            let class = size_class(words);
            (self.alloc_small(layout, class), CLASS_WORDS[class])
        } else {
            (self.alloc_large(words, layout)?, words)
        };
        self.allocated_words += size;
        self.stats.mallocs += 1;
        self.stats.in_use_words += size as u64;
        self.charge(size);
        Some(addr)
    }

    /// `debug.SetGCPercent`: paces collections by `pct` (negative: never)
    /// from now on; returns the previous percentage.
    pub fn set_gc_percent(&mut self, pct: i64) -> i64 {
        let old = self.pacing.percent();
        self.pacing.gogc = usize::try_from(pct).ok();
        self.next_gc = self.pacing.goal(self.live_words);
        old
    }

    /// Whether `GOJIT_GCSTRESS=1` is on: collections then also poison
    /// the frame slots the stackmaps call dead (`runtime/mgc.rs`).
    pub fn stress(&self) -> bool {
        self.pacing.stress
    }

    /// Counts `words` of memory the program now holds toward the next
    /// collection: heap objects, and memory outside the heap that only a
    /// collection frees (map entries).
    pub fn charge(&mut self, words: usize) {
        self.live_words += words;
        if self.live_words >= self.next_gc && !self.gc_requested {
            self.gc_requested = true;
            self.trigger.fetch_or(GC_BIT, Ordering::Relaxed);
        }
    }

    /// An object of layout `layout` and size class `class`, zeroed.
    fn alloc_small(&mut self, layout: u32, class: usize) -> u64 {
        let size = CLASS_WORDS[class];
        let sc = layout as usize * CLASSES + class;
        if sc >= self.current.len() {
            self.current.resize(sc + 1, NONE);
            self.partial.resize(sc + 1, Vec::new());
        }
        loop {
            let id = self.current[sc];
            if id != NONE {
                let s = &mut self.spans[id as usize];
                if let Some(i) = s.next_free() {
                    s.alloc[i / 64] |= 1 << (i % 64);
                    s.free -= 1;
                    s.cursor = i + 1;
                    let addr = self.base + s.start * PAGE_BYTES + i * size * 8;
                    // SAFETY: object `i` of a span lies within the span's
                    // pages of the arena, was free, and nothing refers to it.
                    unsafe { std::ptr::write_bytes(addr as *mut u64, 0, size) };
                    return addr as u64;
                }
            }
            self.current[sc] = match self.partial[sc].pop() {
                Some(id) => id,
                None => {
                    let pages = if size > 128 { 4 } else { 1 };
                    let objects = pages * PAGE_WORDS / size;
                    // Objects are zeroed as they are handed out.
                    let (start, _) = self.take_pages(pages).unwrap_or_else(|| out_of_memory());
                    self.new_span(start, pages, (size, objects), class, layout)
                }
            };
        }
    }

    /// A large object of `words` words in a span of its own.
    fn alloc_large(&mut self, words: usize, layout: u32) -> Option<u64> {
        let pages = words.div_ceil(PAGE_WORDS);
        if pages * PAGE_BYTES >= PROBE_BYTES && !system_can_back(pages * PAGE_BYTES) {
            return None;
        }
        let (start, dirty) = self.take_pages(pages)?;
        if dirty {
            // SAFETY: the pages were just taken from the free runs: no
            // object is in them.
            unsafe {
                std::ptr::write_bytes((self.base + start * PAGE_BYTES) as *mut u64, 0, words)
            };
        }
        let id = self.new_span(start, pages, (words, 1), LARGE, layout);
        let s = &mut self.spans[id as usize];
        s.alloc[0] = 1;
        s.free = 0;
        Some((self.base + start * PAGE_BYTES) as u64)
    }

    /// A new span over the `pages` pages at `start`, for `objects` objects
    /// of `size` words, size class `class` and layout `layout`.
    fn new_span(
        &mut self,
        start: usize,
        pages: usize,
        (size, objects): (usize, usize),
        class: usize,
        layout: u32,
    ) -> u32 {
        let span = Span {
            start,
            pages,
            size,
            objects,
            class,
            layout,
            alloc: vec![0; objects.div_ceil(64)],
            mark: vec![0; objects.div_ceil(64)],
            free: objects,
            cursor: 0,
        };
        let id = match self.free_ids.pop() {
            Some(id) => {
                self.spans[id as usize] = span;
                id
            }
            None => {
                self.spans.push(span);
                self.spans.len() as u32 - 1
            }
        };
        self.page_span[start..start + pages].fill(id);
        id
    }

    /// The first page of a free run of `pages` pages, and whether they may
    /// hold nonzero words: the lowest free run that fits, else fresh pages
    /// of the arena.
    fn take_pages(&mut self, pages: usize) -> Option<(usize, bool)> {
        let fit = self.free_runs.iter().find(|&(_, &(n, _))| n >= pages);
        if let Some((&start, &(n, dirty))) = fit {
            self.free_runs.remove(&start);
            if n > pages {
                self.free_runs.insert(start + pages, (n - pages, dirty));
            }
            self.free_pages -= pages;
            return Some((start, dirty));
        }
        let start = self.pages;
        if (start + pages) * PAGE_BYTES > ARENA_BYTES {
            return None;
        }
        self.pages += pages;
        self.page_span.resize(self.pages, NONE);
        Some((start, false))
    }

    /// The object `addr` points into, if it is an allocated heap object:
    /// its span and index.
    fn find(&self, addr: u64) -> Option<(u32, usize)> {
        let off = (addr as usize).wrapping_sub(self.base);
        if off >= self.pages * PAGE_BYTES {
            return None;
        }
        let id = self.page_span[off / PAGE_BYTES];
        if id == NONE {
            return None;
        }
        let s = &self.spans[id as usize];
        let i = (off - s.start * PAGE_BYTES) / (s.size * 8);
        (i < s.objects && Span::bit(&s.alloc, i)).then_some((id, i))
    }

    /// The allocated object `addr` points into, if any (Go's findObject):
    /// its address, size in words and layout.
    pub fn object(&self, addr: u64) -> Option<(u64, usize, u32)> {
        let (id, i) = self.find(addr)?;
        let s = &self.spans[id as usize];
        let obj = self.base + s.start * PAGE_BYTES + i * s.size * 8;
        Some((obj as u64, s.size, s.layout))
    }

    /// Whether the object `addr` points into is marked.
    pub fn is_marked(&self, addr: u64) -> bool {
        self.find(addr)
            .is_some_and(|(id, i)| Span::bit(&self.spans[id as usize].mark, i))
    }

    /// Marks the object `addr` points into, if any and not marked yet;
    /// returns its address, size and layout when it has words to scan.
    pub fn mark(&mut self, addr: u64) -> Option<(u64, usize, u32)> {
        let (id, i) = self.find(addr)?;
        let s = &mut self.spans[id as usize];
        if Span::bit(&s.mark, i) {
            return None;
        }
        s.mark[i / 64] |= 1 << (i % 64);
        let obj = self.base + s.start * PAGE_BYTES + i * s.size * 8;
        (s.layout != NOSCAN).then_some((obj as u64, s.size, s.layout))
    }

    /// Frees every object the collection did not mark and clears the marks;
    /// spans left empty give their pages back to the OS. Sets the size at
    /// which the next collection is asked for, counting `outside` words the
    /// program keeps outside the heap.
    pub fn sweep(&mut self, outside: usize) {
        let mut live = outside;
        let mut in_use = 0;
        let mut freed: Vec<(usize, usize)> = Vec::new();
        for list in &mut self.partial {
            list.clear();
        }
        self.current.fill(NONE);
        for id in 0..self.spans.len() {
            let s = &mut self.spans[id];
            if s.objects == 0 {
                continue;
            }
            let mut kept = 0;
            for (a, m) in s.alloc.iter_mut().zip(&mut s.mark) {
                self.stats.frees += u64::from((*a & !*m).count_ones());
                *a &= *m;
                *m = 0;
                kept += a.count_ones() as usize;
            }
            live += kept * s.size;
            in_use += kept * s.size;
            s.free = s.objects - kept;
            s.cursor = 0;
            if kept == 0 {
                freed.push((s.start, s.pages));
                self.page_span[s.start..s.start + s.pages].fill(NONE);
                s.objects = 0;
                s.alloc = Vec::new();
                s.mark = Vec::new();
                self.free_ids.push(id as u32);
            } else if s.free > 0 && s.class != LARGE {
                self.partial[s.layout as usize * CLASSES + s.class].push(id as u32);
            }
        }
        for (start, n) in freed {
            self.free_run(start, n);
        }
        self.scavenge(live);
        self.live_words = live;
        self.next_gc = self.pacing.goal(live);
        self.gc_requested = false;
        self.stats.in_use_words = in_use as u64;
        self.stats.num_gc += 1;
    }

    /// The heap's memory figures now.
    pub fn usage(&self) -> Usage {
        let released: usize = self
            .free_runs
            .values()
            .filter(|&&(_, dirty)| !dirty)
            .map(|&(n, _)| n)
            .sum();
        Usage {
            sys: (self.pages * PAGE_BYTES) as u64,
            idle: (self.free_pages * PAGE_BYTES) as u64,
            released: (released * PAGE_BYTES) as u64,
            next_gc: (self.next_gc.min(usize::MAX / 8) * 8) as u64,
            gc_enabled: self.pacing.gogc.is_some(),
        }
    }

    /// Returns the run of `n` used pages at `start` to the free runs,
    /// merged with its neighbours.
    fn free_run(&mut self, mut start: usize, mut n: usize) {
        self.free_pages += n;
        if let Some((&prev, &(len, _))) = self.free_runs.range(..start).next_back()
            && prev + len == start
        {
            self.free_runs.remove(&prev);
            start = prev;
            n += len;
        }
        if let Some((len, _)) = self.free_runs.remove(&(start + n)) {
            n += len;
        }
        self.free_runs.insert(start, (n, true));
    }

    /// Go's scavenger: when the free pages outgrow both 64 MiB and the
    /// `live` words the collection kept, gives every used free run back to
    /// the OS, so a program that shrinks does not keep its peak.
    fn scavenge(&mut self, live: usize) {
        let free_words = self.free_pages * PAGE_WORDS;
        if free_words <= (8 << 20).max(live) {
            return;
        }
        for (&start, (n, dirty)) in self.free_runs.iter_mut().filter(|(_, r)| r.1) {
            // SAFETY: the run is free: no object is in its pages. Dropping
            // them makes them read as zeros again.
            unsafe {
                libc::madvise(
                    (self.base + start * PAGE_BYTES) as *mut libc::c_void,
                    *n * PAGE_BYTES,
                    libc::MADV_DONTNEED,
                )
            };
            *dirty = false;
        }
    }

    /// A collection was asked for and the caller could not run it now:
    /// ask again at the next allocation.
    pub fn postpone_gc(&mut self) {
        self.gc_requested = false;
    }

    /// A new heap string holding `bytes`: its (pointer, length) words.
    pub fn alloc_string(&mut self, bytes: &[u8]) -> (u64, u64) {
        self.try_alloc_string(bytes.len(), |buf| buf.copy_from_slice(bytes))
            .unwrap_or_else(|| out_of_memory())
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
        let ptr = self.try_alloc(len.div_ceil(8), NOSCAN)?;
        // SAFETY: `ptr` is a fresh object of at least `len` bytes that
        // nothing else refers to yet.
        fill(unsafe { std::slice::from_raw_parts_mut(ptr as *mut u8, len) });
        Some((ptr, len as u64))
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // SAFETY: the arena was mapped by `Heap::new` with this length; the
        // heap is dropped with the runtime, after every value is gone.
        unsafe { libc::munmap(self.base as *mut libc::c_void, ARENA_BYTES) };
    }
}

/// Where the package variables are asked to lie: low in the address space,
/// as the data and bss segments of a Go binary on linux/amd64 do (Go's
/// tests count on them below 256 MiB).
const GLOBALS_HINT: usize = 0x100_0000;

/// The package variables' memory: `len` zeroed words that the OS commits
/// page by page, at [`GLOBALS_HINT`] when that address range is free.
pub struct Globals {
    ptr: std::ptr::NonNull<u64>,
    len: usize,
}

impl Globals {
    pub fn new(len: usize) -> Globals {
        if len == 0 {
            return Globals {
                ptr: std::ptr::NonNull::dangling(),
                len,
            };
        }
        // SAFETY: an anonymous private mapping without MAP_FIXED never
        // replaces an existing one (the hint is only a hint); the result is
        // checked.
        let p = unsafe {
            libc::mmap(
                GLOBALS_HINT as *mut libc::c_void,
                len * 8,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        match std::ptr::NonNull::new(p.cast::<u64>()) {
            Some(ptr) if p != libc::MAP_FAILED => Globals { ptr, len },
            _ => out_of_memory(),
        }
    }
}

impl std::ops::Deref for Globals {
    type Target = [u64];
    fn deref(&self) -> &[u64] {
        // SAFETY: `len` words mapped for this value (or none), alive until
        // it is dropped.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl std::ops::DerefMut for Globals {
    fn deref_mut(&mut self) -> &mut [u64] {
        // SAFETY: as for `deref`; `&mut self` makes the borrow unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl Drop for Globals {
    fn drop(&mut self) {
        if self.len > 0 {
            // SAFETY: mapped by `Globals::new` with this length; the
            // runtime that owns it is being dropped.
            unsafe { libc::munmap(self.ptr.as_ptr().cast(), self.len * 8) };
        }
    }
}

/// Whether the system would give `bytes` of memory now: an ordinary
/// mapping of that size is made and dropped.
fn system_can_back(bytes: usize) -> bool {
    // SAFETY: a fresh anonymous mapping, unmapped at once; no memory of the
    // program is touched.
    unsafe {
        let p = libc::mmap(
            std::ptr::null_mut(),
            bytes,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        );
        if p == libc::MAP_FAILED {
            return false;
        }
        libc::munmap(p, bytes);
    }
    true
}

/// Ends the process on an allocation the runtime cannot fail softly.
pub fn out_of_memory() -> ! {
    crate::runtime::print::stderr(b"fatal error: runtime: out of memory\n");
    std::process::exit(2)
}

/// Word `i` of the object at `addr`.
pub fn load(addr: u64, i: usize) -> u64 {
    // SAFETY: `addr` is a live heap object, constant or stack slot of at
    // least `i + 1` words (module invariant; the compiler only emits loads
    // within the object's type); a word inside a packed struct may be
    // unaligned.
    unsafe { (addr as *const u64).add(i).read_unaligned() }
}

/// Stores `v` into word `i` of the object at `addr`.
pub fn store(addr: u64, i: usize, v: u64) {
    // SAFETY: as for `load`; no Rust reference to the word is alive.
    unsafe { (addr as *mut u64).add(i).write_unaligned(v) }
}

/// Stores `bytes` at `addr` (a `[]byte` backing array, say).
pub fn store_bytes(addr: u64, bytes: &[u8]) {
    if bytes.is_empty() {
        return;
    }
    // SAFETY: `addr` addresses at least `bytes.len()` bytes of a live heap
    // object or stack slots (module invariant), which `bytes` cannot be
    // borrowed from while they are written.
    unsafe { std::ptr::copy(bytes.as_ptr(), addr as *mut u8, bytes.len()) }
}

/// The memory form of the `size`-byte scalar at `addr`, zero-extended.
fn load_bits(addr: u64, size: u32) -> u64 {
    let mut b = [0u8; 8];
    // SAFETY: `addr` addresses a live value of `size` bytes (module
    // invariant); it need not be aligned.
    unsafe { std::ptr::copy_nonoverlapping(addr as *const u8, b.as_mut_ptr(), size as usize) };
    u64::from_le_bytes(b)
}

/// Writes the low `size` bytes of `bits` at `addr`.
fn store_bits(addr: u64, size: u32, bits: u64) {
    let b = bits.to_le_bytes();
    // SAFETY: as for `load_bits`.
    unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), addr as *mut u8, size as usize) };
}

/// The slot form of the one-slot scalar `k` (not a `complex64`) at `addr`.
pub fn load_scalar(addr: u64, k: Scalar) -> u64 {
    // SAFETY: `addr` addresses a live value of `k`'s size (module
    // invariant); it need not be aligned.
    unsafe {
        match k {
            Scalar::U8 => u64::from(*(addr as *const u8)),
            Scalar::I8 => *(addr as *const i8) as u64,
            Scalar::U16 => u64::from((addr as *const u16).read_unaligned()),
            Scalar::I16 => (addr as *const i16).read_unaligned() as u64,
            Scalar::U32 => u64::from((addr as *const u32).read_unaligned()),
            Scalar::I32 => (addr as *const i32).read_unaligned() as u64,
            Scalar::F32 => f64::from((addr as *const f32).read_unaligned()).to_bits(),
            Scalar::C64 => unreachable!("a complex64 takes two slots"),
        }
    }
}

/// Stores slot value `v` at `addr` as the one-slot scalar `k` (not a
/// `complex64`).
pub fn store_scalar(addr: u64, k: Scalar, v: u64) {
    // SAFETY: as for `load_scalar`.
    unsafe {
        match k {
            Scalar::U8 | Scalar::I8 => *(addr as *mut u8) = v as u8,
            Scalar::U16 | Scalar::I16 => (addr as *mut u16).write_unaligned(v as u16),
            Scalar::U32 | Scalar::I32 => (addr as *mut u32).write_unaligned(v as u32),
            Scalar::F32 => (addr as *mut f32).write_unaligned(f64::from_bits(v) as f32),
            Scalar::C64 => unreachable!("a complex64 takes two slots"),
        }
    }
}

/// The slot form of the value at byte address `addr`, moved as `acc`
/// says, into `dst` (`acc.slots()` words).
pub fn load_value(addr: u64, acc: Access, dst: &mut [u64]) {
    match acc.kind() {
        AccessKind::Scalar(Scalar::C64) => {
            let bits = load_bits(addr, 8);
            let part = |b: u64| f64::from(f32::from_bits(b as u32)).to_bits();
            dst[0] = part(bits);
            dst[1] = part(bits >> 32);
        }
        AccessKind::Scalar(k) => dst[0] = load_scalar(addr, k),
        AccessKind::Words(n) => {
            for (i, w) in dst[..n as usize].iter_mut().enumerate() {
                *w = load_bits(addr + 8 * i as u64, 8);
            }
        }
        AccessKind::Bytes(n) => {
            let words = n.div_ceil(8) as usize;
            for (i, w) in dst[..words].iter_mut().enumerate() {
                let at = 8 * i as u32;
                *w = load_bits(addr + u64::from(at), (n - at).min(8));
            }
        }
    }
}

/// Writes the memory form of slot values `src` at byte address `addr`,
/// moved as `acc` says.
pub fn store_value(addr: u64, acc: Access, src: &[u64]) {
    match acc.kind() {
        AccessKind::Scalar(Scalar::C64) => {
            let part = |v: u64| u64::from((f64::from_bits(v) as f32).to_bits());
            let bits = part(src[0]) | part(src[1]) << 32;
            store_bits(addr, 8, bits);
        }
        AccessKind::Scalar(k) => store_scalar(addr, k, src[0]),
        AccessKind::Words(n) => {
            for (i, &w) in src[..n as usize].iter().enumerate() {
                store_bits(addr + 8 * i as u64, 8, w);
            }
        }
        AccessKind::Bytes(n) => {
            for (i, &w) in src[..n.div_ceil(8) as usize].iter().enumerate() {
                let at = 8 * i as u32;
                store_bits(addr + u64::from(at), (n - at).min(8), w);
            }
        }
    }
}

/// Zeroes the `n` bytes at `addr`.
pub fn zero_bytes(addr: u64, n: u64) {
    if n == 0 {
        return;
    }
    // SAFETY: `addr` addresses `n` bytes of a live heap object or stack
    // slots (module invariant).
    unsafe { std::ptr::write_bytes(addr as *mut u8, 0, n as usize) }
}

/// Copies `n` bytes from `src` to `dst`; the ranges may overlap (memmove).
pub fn copy_bytes(dst: u64, src: u64, n: u64) {
    if n == 0 || dst == src {
        return;
    }
    // SAFETY: both ranges are `n` bytes of live heap objects or stack slots
    // (module invariant); `ptr::copy` allows overlap.
    unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, n as usize) }
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

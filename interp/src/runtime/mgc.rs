//! The garbage collector (Go's mgc): stop-the-world mark and sweep over
//! the heap of `runtime/mem.rs`, which never moves an object.
//!
//! A collection runs only at a safepoint: a loop back-edge or function entry
//! that finds [`interrupt::GC`](super::interrupt::GC) set (the heap sets it
//! when it has doubled since the last collection), or `runtime.GC`. There,
//! every value the program can still reach is in a root: the frames of all
//! goroutines (the running one's from its innermost frame, parked ones'
//! from where they suspended), globals, closures of functions,
//! defer records, panics in progress, channel buffers and waiters, timers,
//! the standard packages' state, and what finalizers keep
//! ([`super::mfinal`]). Maps and channels live outside the
//! heap ([`CellTable`]): one is scanned once its cell is marked, and freed
//! when its cell is not. Engines keep nothing in machine
//! registers across a safepoint. Natives may hold heap addresses in Rust
//! values, so no collection runs while a native is calling Go code
//! ([`Runtime::gc_inhibit`]); the request waits for the next allocation.
//!
//! Marking follows only the words that may hold pointers: an object's by
//! its span's layout (`program::Layout`, Go's ptrmask), globals by the
//! program's global layout, map entries, channel buffers and waiters by
//! their element layouts, and an interface's data word only when its type
//! word names a type held by pointer. A goroutine's frames are walked from
//! the innermost out, each scanned below where its callee's frame starts
//! by its function's stackmap (`Func::stackmap`) at the safepoint its PC
//! slot names: only the pointer slots still to be read from there on (the
//! compiler's liveness analysis, `compile/liveness.rs`). Every word
//! followed is checked by the heap (`Heap::find`), so a stale one can keep
//! an object alive, never corrupt one.

use std::ops::Range;

use super::{Runtime, mem, stack};
use crate::program::{Func, Layout, Program, layouts};

/// Objects of the runtime kept outside the heap (a map's entries, a
/// channel's buffer and queues), each owned by a one-word heap cell holding
/// its index: the Go value is the cell's address. A collection scans the
/// objects whose cells it reached and frees the others, reusing their
/// indexes.
pub struct CellTable<T> {
    items: Vec<T>,
    /// The cell of each item (0 for a free index).
    cells: Vec<u64>,
    free: Vec<usize>,
    /// Items scanned by the running collection.
    scanned: Vec<bool>,
}

impl<T> Default for CellTable<T> {
    fn default() -> Self {
        CellTable {
            items: Vec::new(),
            cells: Vec::new(),
            free: Vec::new(),
            scanned: Vec::new(),
        }
    }
}

impl<T: Default> CellTable<T> {
    /// Adds `item` with a new cell of `heap`; returns the cell's address.
    pub fn insert(&mut self, heap: &mut mem::Heap, item: T) -> u64 {
        let cell = heap.alloc(1, layouts::NOSCAN);
        let i = match self.free.pop() {
            Some(i) => {
                self.items[i] = item;
                self.cells[i] = cell;
                i
            }
            None => {
                self.items.push(item);
                self.cells.push(cell);
                self.items.len() - 1
            }
        };
        mem::store(cell, 0, i as u64);
        cell
    }

    /// The index of the item whose cell is at `cell`.
    pub fn index(cell: u64) -> usize {
        mem::load(cell, 0) as usize
    }

    /// Marks what the items whose cells are marked hold, with `scan`, once
    /// each; returns whether any was scanned.
    fn scan_reached(&mut self, m: &mut Marker, scan: impl Fn(&T, &mut Marker)) -> bool {
        self.scanned.resize(self.items.len(), false);
        let mut any = false;
        for (i, item) in self.items.iter().enumerate() {
            if !self.scanned[i] && self.cells[i] != 0 && m.is_marked(self.cells[i]) {
                self.scanned[i] = true;
                any = true;
                scan(item, m);
            }
        }
        any
    }

    /// Frees the items the collection did not reach; returns the sum of
    /// `size` over the others.
    fn free_unreached(&mut self, size: impl Fn(&T) -> usize) -> usize {
        let mut kept = 0;
        for i in 0..self.items.len() {
            if self.scanned[i] {
                kept += size(&self.items[i]);
            } else if self.cells[i] != 0 {
                self.items[i] = T::default();
                self.cells[i] = 0;
                self.free.push(i);
            }
        }
        self.scanned.clear();
        kept
    }
}

impl<T> std::ops::Index<usize> for CellTable<T> {
    type Output = T;
    fn index(&self, i: usize) -> &T {
        &self.items[i]
    }
}

impl<T> std::ops::IndexMut<usize> for CellTable<T> {
    fn index_mut(&mut self, i: usize) -> &mut T {
        &mut self.items[i]
    }
}

/// The marking state: the heap, the program's layouts and types, and the
/// objects marked but not yet scanned (greyobject's work queue).
pub struct Marker<'a> {
    heap: &'a mut mem::Heap,
    prog: &'a Program,
    work: Vec<(u64, usize, u32)>,
}

impl Marker<'_> {
    /// Marks what pointer word `w` points into, if anything.
    pub fn pointer(&mut self, w: u64) {
        if let Some(obj) = self.heap.mark(w) {
            self.work.push(obj);
        }
    }

    /// Marks what the interface (type word `ty`, data word `data`) holds.
    pub fn iface(&mut self, ty: u64, data: u64) {
        if self.prog.iface_data_is_pointer(ty) {
            self.pointer(data);
        }
    }

    /// Marks what the frames of a slot stack hold, from the innermost one
    /// at `base`, which ends at `end`, out to the bottom one (Go's
    /// scanstack): each by its function's stackmap at the safepoint its
    /// PC slot names, below where the frame it called starts.
    fn frames(&mut self, slots: &[u64], base: usize, end: usize) {
        for (f, owned) in frames(self.prog, slots, base, end) {
            let frame = &slots[owned];
            match &f.stackmap {
                Some(map) => map.each_word(pc_of(frame), frame.len(), |s, iface, live| {
                    match (live, iface) {
                        (false, _) => {}
                        (true, false) => self.pointer(frame[s]),
                        (true, true) => self.iface(frame[s - 1], frame[s]),
                    }
                }),
                None => {
                    for &w in frame {
                        self.pointer(w);
                    }
                }
            }
        }
    }

    /// Marks what the object `addr` points into holds, but not the object
    /// itself (a finalized object's referents, Go's markrootSpans).
    pub fn contents(&mut self, addr: u64) {
        if let Some((obj, n, layout)) = self.heap.object(addr) {
            let prog = self.prog;
            self.scan(n, &prog.layouts[layout as usize], |i| mem::load(obj, i));
        }
    }

    /// Marks what the values of layout `layout`, one after the other, in
    /// `words` point to.
    pub fn values(&mut self, words: &[u64], layout: u32) {
        let prog = self.prog;
        self.scan(words.len(), &prog.layouts[layout as usize], |i| words[i]);
    }

    /// Marks what `n` words, read by `word`, of values of layout `l` one
    /// after the other point to (scanobject); a last value cut short is
    /// skipped.
    fn scan(&mut self, n: usize, l: &Layout, word: impl Fn(usize) -> u64) {
        if l.noscan() {
            return;
        }
        let stride = l.words.max(1) as usize;
        let mut at = 0;
        while at + stride <= n {
            for &p in &l.ptrs {
                self.pointer(word(at + p as usize));
            }
            for &d in &l.ifaces {
                let d = at + d as usize;
                self.iface(word(d - 1), word(d));
            }
            at += stride;
        }
    }

    /// Whether the object `addr` points into is marked already.
    pub fn is_marked(&self, addr: u64) -> bool {
        self.heap.is_marked(addr)
    }

    /// Scans marked objects until none is left.
    pub fn drain(&mut self) {
        let prog = self.prog;
        while let Some((addr, n, layout)) = self.work.pop() {
            self.scan(n, &prog.layouts[layout as usize], |i| mem::load(addr, i));
        }
    }
}

/// The frames of a slot stack, from the innermost one at `base`, which
/// ends at `end`, out to the bottom one: each one's function and the
/// slots it owns, below where the frame it called starts. A header that
/// is not a frame's (stale words) ends the walk rather than the collector.
fn frames<'p>(
    prog: &'p Program,
    slots: &[u64],
    mut base: usize,
    mut end: usize,
) -> Vec<(&'p Func, Range<usize>)> {
    let mut out = Vec::new();
    while let Some(f) = slots
        .get(base + stack::FUNC)
        .and_then(|&f| prog.funcs.get(f as usize))
    {
        let hi = end.min(base + f.frame_size as usize).min(slots.len());
        out.push((f, base..hi.max(base)));
        match slots[base + stack::CALLER] as usize {
            d if d > 0 && d <= base => {
                end = base;
                base -= d;
            }
            _ => break,
        }
    }
    out
}

/// The safepoint a frame stopped at: its PC slot (`u64::MAX`, no
/// safepoint, for a frame cut short of its header).
fn pc_of(frame: &[u64]) -> u64 {
    frame.get(stack::PC).copied().unwrap_or(u64::MAX)
}

/// What `GOJIT_GCSTRESS` writes over the pointer slots a frame's stackmap
/// calls dead: not an address (it is not canonical on x86-64), so code
/// that still used such a slot would fault rather than reach a freed
/// object only when its memory happens to be reused.
const POISON: u64 = 0x0bad_0000_0bad_0000;

impl Runtime {
    /// gcStart: collects garbage now, at a safepoint of the running
    /// goroutine whose innermost frame is `frame`; when a native is calling
    /// Go code the collection is put off instead.
    pub fn gc(&mut self, frame: usize) {
        if self.gc_inhibit > 0 {
            self.heap.postpone_gc();
            return;
        }
        let start = std::time::Instant::now();
        let top = self.frame_end(frame);
        let prog = self.prog.clone();
        if self.heap.stress() {
            self.g.poison_dead(&prog, frame, top);
            self.sched.poison_dead(&prog);
        }
        let mut m = Marker {
            heap: &mut self.heap,
            prog: &prog,
            work: Vec::new(),
        };
        m.scan(self.globals.len(), &prog.globals_layout, |i| {
            self.globals[i]
        });
        for &c in &self.func_closures {
            m.pointer(c);
        }
        m.pointer(self.zerobase);
        self.g.roots(&mut m, frame, top);
        self.sched.roots(&mut m);
        self.natives.roots(&mut m);
        self.finalizers.roots(&mut m);
        m.drain();
        // Maps and channels can hold each other: scan the ones reached
        // until no more are.
        loop {
            let maps = self.maps.scan_reached(&mut m, |map, m| {
                for e in map.entries.iter().flatten() {
                    m.values(e, map.layout);
                }
            });
            let chans = self.sched.chans.scan_reached(&mut m, |c, m| c.roots(m));
            if !maps && !chans {
                break;
            }
            m.drain();
        }
        // What the finalized objects reach is marked already (they are
        // roots): marking the unreached ones themselves adds nothing else.
        if self.finalizers.queue_unreached(&mut m) {
            m.drain();
        }
        let outside = self.maps.free_unreached(|map| map.words())
            + self.sched.chans.free_unreached(|c| c.words());
        self.heap.sweep(outside);
        let stats = &mut self.heap.stats;
        stats.pause_total_nanos += start.elapsed().as_nanos() as u64;
        stats.last_gc_unix_nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        self.wake_finalizers();
    }
}

impl super::Goroutine {
    /// Overwrites with [`POISON`] the pointer slots of the goroutine's
    /// frames (from the innermost at `frame`, ending at `top`) that their
    /// stackmaps call dead where the frames stopped.
    pub fn poison_dead(&mut self, prog: &Program, frame: usize, top: usize) {
        let slots: &mut [u64] = &mut self.stack.slots;
        if top == 0 {
            return;
        }
        for (f, owned) in frames(prog, slots, frame, top.min(slots.len())) {
            if let Some(map) = &f.stackmap {
                let base = owned.start;
                map.each_word(pc_of(&slots[owned.clone()]), owned.len(), |s, _, live| {
                    if !live {
                        slots[base + s] = POISON;
                    }
                });
            }
        }
    }

    /// Marks what the goroutine holds: its frames, from the innermost at
    /// `frame` ending at `top` (none when `top` is 0), its defer records,
    /// panics and what it was woken with.
    pub fn roots(&self, m: &mut Marker, frame: usize, top: usize) {
        if top > 0 {
            m.frames(&self.stack.slots, frame, top.min(self.stack.slots.len()));
        }
        for d in &self.defers {
            m.pointer(d.closure);
        }
        for p in &self.panics {
            m.iface(p.value.0, p.value.1);
        }
        if let Some(w) = &self.wake {
            m.values(&w.value, w.layout);
        }
    }
}

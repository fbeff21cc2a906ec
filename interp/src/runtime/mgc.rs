//! The garbage collector (Go's mgc): stop-the-world mark and sweep over
//! the heap of `runtime/mem.rs`, which never moves an object.
//!
//! A collection runs only at a safepoint: a loop back-edge or function entry
//! that finds [`interrupt::GC`](super::interrupt::GC) set (the heap sets it
//! when it has doubled since the last collection), or `runtime.GC`. There,
//! every value the program can still reach is in a root: the slot stacks of
//! all goroutines (the running one up to the end of its innermost frame,
//! parked ones up to where they suspended), globals, closures of functions,
//! defer records, panics in progress, channel buffers and waiters, timers,
//! and the standard packages' state. A map's entries live outside the heap:
//! they are scanned once its cell is marked, and a map whose cell is not is
//! freed. Engines keep nothing in machine
//! registers across a safepoint. Natives may hold heap addresses in Rust
//! values, so no collection runs while a native is calling Go code
//! ([`Runtime::gc_inhibit`]); the request waits for the next allocation.
//!
//! Marking treats every word of a root or a scanned object as a possible
//! pointer: the heap knows in constant time whether a word points into an
//! allocated object (anywhere inside it, as slices and strings do). An
//! integer that happens to look like an address keeps an object alive, never
//! the reverse. Objects known to hold no pointers (strings, slices of
//! scalars) are marked without being scanned.

use super::{Runtime, mem};

/// The marking state: the heap and the objects marked but not yet scanned.
pub struct Marker<'a> {
    heap: &'a mut mem::Heap,
    work: Vec<(u64, usize)>,
}

impl Marker<'_> {
    /// Marks what word `w` points into, if anything.
    pub fn word(&mut self, w: u64) {
        if let Some(obj) = self.heap.mark(w) {
            self.work.push(obj);
        }
    }

    /// Marks what each of `words` points into.
    pub fn words(&mut self, words: &[u64]) {
        for &w in words {
            self.word(w);
        }
    }

    /// Whether the object `addr` points into is marked already.
    pub fn is_marked(&self, addr: u64) -> bool {
        self.heap.is_marked(addr)
    }

    /// Scans marked objects until none is left.
    pub fn drain(&mut self) {
        while let Some((addr, n)) = self.work.pop() {
            for i in 0..n {
                self.word(mem::load(addr, i));
            }
        }
    }
}

impl Runtime {
    /// gcStart: collects garbage now, at a safepoint of the running
    /// goroutine whose innermost frame is `frame`; when a native is calling
    /// Go code the collection is put off instead.
    pub fn gc(&mut self, frame: usize) {
        if self.gc_inhibit > 0 {
            self.heap.postpone_gc();
            return;
        }
        let top = self.frame_end(frame);
        let mut m = Marker {
            heap: &mut self.heap,
            work: Vec::new(),
        };
        m.words(&self.globals);
        m.words(&self.func_closures);
        m.word(self.zerobase);
        self.g.roots(&mut m, top);
        self.sched.roots(&mut m);
        self.natives.roots(&mut m);
        m.drain();
        let in_maps = self.maps.mark_and_free(&mut m);
        self.heap.sweep(in_maps);
    }
}

impl super::Goroutine {
    /// Marks what the goroutine holds: its slots below `top`, its defer
    /// records, panics and what it was woken with.
    pub fn roots(&self, m: &mut Marker, top: usize) {
        m.words(&self.stack.slots[..top.min(self.stack.slots.len())]);
        for d in &self.defers {
            m.word(d.closure);
        }
        for p in &self.panics {
            m.words(&[p.value.0, p.value.1]);
        }
        if let Some(w) = &self.wake {
            m.words(&w.value);
        }
    }
}

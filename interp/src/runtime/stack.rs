//! Goroutine stacks and the frame layout both engines share.
//!
//! A goroutine's Go frames are windows of machine words in one slot stack
//! the runtime owns. A frame at slot `base` is laid out as
//!
//! ```text
//! base+0  CALLER   distance back to the caller's frame base (0: bottom frame)
//! base+1  FUNC     the function's id
//! base+2  PC       the frame's current call site (set before each call or
//!                  helper that may panic) or safepoint, for tracebacks,
//!                  recovery and the collector's stackmaps
//! base+3  CTX      the running closure (captured words follow its func id)
//! base+4  results, then parameters, then locals and temporaries
//! ```
//!
//! A caller makes a call by filling the header, the parameter slots and
//! zeroing the result slots of a callee frame placed at an offset above all
//! its live slots (`Call { base }`). Strings are two words (data pointer,
//! length), interfaces two words (runtime type id, data), closures one word
//! (a pointer to `[func id, captured words...]`). The stack never moves, so
//! pointers to slots stay valid while the frame lives.

/// Slot of the distance back to the caller's frame base.
pub const CALLER: usize = 0;
/// Slot of the frame's function id.
pub const FUNC: usize = 1;
/// Slot of the frame's current call site pc.
pub const PC: usize = 2;
/// Slot of the running closure pointer.
pub const CTX: usize = 3;
/// Words in a frame header; results start here.
pub const HEADER: usize = 4;

use super::gstack::SlotMem;

/// Slots in the main goroutine's stack: 128 MiB of address space, committed by the
/// OS only as deep frames touch it.
pub const STACK_SLOTS: usize = 16 << 20;
/// Slots kept free at the top so a frame's own temporaries never overrun.
pub const STACK_GUARD: usize = 1 << 12;

/// A goroutine's slot stack.
pub struct Stack {
    pub slots: SlotMem,
}

impl Stack {
    /// The main goroutine's stack.
    pub fn new() -> Stack {
        Stack::with_slots(STACK_SLOTS)
    }

    /// A stack of `n` slots of its own.
    pub fn with_slots(n: usize) -> Stack {
        Stack {
            slots: SlotMem::map(n),
        }
    }

    /// The highest slot a frame may start at and still fit `frame_size`.
    pub fn limit(&self) -> usize {
        self.slots.len().saturating_sub(STACK_GUARD)
    }
}

impl Default for Stack {
    fn default() -> Self {
        Stack::new()
    }
}

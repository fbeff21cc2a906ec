//! The JIT.

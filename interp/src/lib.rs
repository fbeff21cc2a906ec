//! gojit's front and middle: the type checker ([`types`]), the compiler to
//! register bytecode ([`compile`], [`bytecode`]), the interpreter ([`vm`]),
//! and the runtime both engines share ([`runtime`]).

pub mod bytecode;
pub mod compile;
pub mod diag;
pub mod gopackages;
pub mod program;
pub mod runtime;
pub mod session;
pub mod types;
pub mod vm;

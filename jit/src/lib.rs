//! The JIT: compiles every function of a [`Program`] to machine code up front
//! and runs it natively on the runtime the interpreter uses.
//!
//! - `backend`: the target-independent driver (operand checks, the loop
//!   over functions and instructions) and the `Backend` trait each
//!   target implements, at the level of our bytecode operations.
//! - `x86_64`: the dynasm backend for the host.
//! - `helpers`: the helper ABI, the context generated code keeps in a
//!   register and the `extern "sysv64"` functions it calls into the shared
//!   runtime.
//! - `exec`: entering generated code (the trampoline), as the runtime's
//!   [`Engine`].
//! - [`disasm`]: bytecode and machine code side by side, for `gojit disasm`.
//!
//! Generated code reads and writes the same frame slots as the interpreter
//! (see [`interp::runtime::stack`]), keeps Go panics as a status every call
//! site checks, and ends every function that defers in one exit path that
//! calls `deferreturn` with no padding before the call; the offset of that
//! call is in the function's [`CompiledFunc`] and recovery resumes there.
//! A function the JIT cannot compile is a [`JitError`] naming it: nothing
//! falls back to the interpreter.

mod backend;
pub mod disasm;
mod exec;
mod helpers;
mod x86_64;

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use dynasmrt::ExecutableBuffer;
use interp::bytecode::{Instr, Native, Pc};
use interp::program::Program;
use interp::runtime::{Engine, Runtime, Status};

pub use backend::CompiledFunc;
pub use exec::NATIVE_STACK_BYTES;

/// A machine the JIT generates code for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// x86-64 with the System V ABI (the host).
    X86_64,
}

impl Target {
    /// The name `gojit disasm --target` takes.
    pub fn name(self) -> &'static str {
        match self {
            Target::X86_64 => "x86_64",
        }
    }
}

/// Why the JIT could not compile a program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JitError {
    /// The Go name of the function (empty for program-wide failures).
    pub func: String,
    /// The offending instruction, when one is to blame.
    pub instr: Option<(Pc, Instr)>,
    pub reason: String,
}

impl fmt::Display for JitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot compile")?;
        if !self.func.is_empty() {
            write!(f, " {}", self.func)?;
        }
        if let Some((pc, ins)) = &self.instr {
            write!(f, " at pc {pc} ({ins:?})")?;
        }
        write!(f, ": {}", self.reason)
    }
}

impl std::error::Error for JitError {}

/// (pointer, length) of each constant string of a program, kept with the
/// program that owns the bytes.
struct StringTable {
    prog: Rc<Program>,
    words: Box<[u64]>,
}

/// A program compiled to native code, run through the shared runtime.
pub struct JitEngine {
    target: Target,
    code: ExecutableBuffer,
    funcs: Vec<CompiledFunc>,
    /// Absolute entry address of each function (`CallClosure` calls through it).
    entries: Vec<usize>,
    /// Offset of the trampoline that enters generated code.
    trampoline: usize,
    /// Shared code and helper address words, for the disassembler.
    symbols: Vec<(usize, &'static str)>,
    /// The natives `CallNative` sites name, by the index the code passes.
    natives: Vec<Native>,
    /// The constant strings of the program being run.
    strings: RefCell<Option<StringTable>>,
    /// The inline caches of the `IfaceMethod` sites (`JitCtx::itab_cache`),
    /// written by generated code.
    itab_cache: Box<[std::cell::Cell<u64>]>,
}

impl JitEngine {
    /// Compiles every function of `prog` for `target`.
    pub fn compile(prog: &Program, target: Target) -> Result<JitEngine, JitError> {
        let natives = backend::natives(prog);
        let sites = backend::iface_sites(prog);
        let module = match target {
            Target::X86_64 => {
                if !cfg!(target_arch = "x86_64") {
                    return Err(JitError {
                        func: String::new(),
                        instr: None,
                        reason: "x86_64 code cannot run on this host".into(),
                    });
                }
                backend::compile(prog, x86_64::X64Backend::new(prog, &natives)?)?
            }
        };
        let entries = module
            .funcs
            .iter()
            .map(|f| module.code.ptr(dynasmrt::AssemblyOffset(f.code_offset)) as usize)
            .collect();
        Ok(JitEngine {
            target,
            code: module.code,
            funcs: module.funcs,
            entries,
            trampoline: module.trampoline,
            symbols: module.symbols,
            natives,
            strings: RefCell::new(None),
            itab_cache: (0..2 * sites)
                .map(|i| std::cell::Cell::new(if i % 2 == 0 { u64::MAX } else { 0 }))
                .collect(),
        })
    }

    /// The target the code was generated for.
    pub fn target(&self) -> Target {
        self.target
    }

    /// All generated code; [`CompiledFunc`] offsets index into it.
    pub fn code(&self) -> &[u8] {
        &self.code
    }

    /// The metadata of each function, indexed by function id.
    pub fn funcs(&self) -> &[CompiledFunc] {
        &self.funcs
    }

    /// The constant-string table of `prog` that `LoadStr` reads: (pointer,
    /// length) pairs pointing into `prog`, which the engine keeps alive.
    fn strings_for(&self, prog: &Rc<Program>) -> *const u64 {
        let mut cache = self.strings.borrow_mut();
        match &*cache {
            Some(table) if Rc::ptr_eq(&table.prog, prog) => table.words.as_ptr(),
            _ => {
                let words: Box<[u64]> = prog
                    .strings
                    .iter()
                    .flat_map(|s| [s.as_ptr() as u64, s.len() as u64])
                    .collect();
                let ptr = words.as_ptr();
                *cache = Some(StringTable {
                    prog: prog.clone(),
                    words,
                });
                ptr
            }
        }
    }
}

impl Engine for JitEngine {
    fn call_closure(&self, rt: &mut Runtime, closure: u64, base: usize, caller: usize) -> Status {
        exec::call_closure(self, rt, closure, base, caller)
    }
}

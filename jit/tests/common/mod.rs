//! Hand-built programs and a runner that executes them on the interpreter
//! and on the JIT.

use std::rc::Rc;

use gojit_jit::{JitEngine, NATIVE_STACK_BYTES, Target};
use interp::bytecode::{FuncId, Instr, Pc};
use interp::program::{Func, Layout, Program, RtKind, RtType, layouts};
use interp::runtime::Runtime;
use interp::vm::Interp;

/// A function with `code`, a frame of `frame_size` slots, the given result
/// and parameter words, and one source line per instruction.
pub fn func(name: &str, frame_size: u32, results: u32, params: u32, code: Vec<Instr>) -> Func {
    Func {
        name: name.into(),
        lines: (1..=code.len() as u32).collect(),
        files: Vec::new(),
        code,
        frame_size,
        result_words: results,
        param_words: params,
        deferreturn_pc: None,
        open_defers: None,
        wrapper: false,
        // Every captured word may be a pointer.
        closure_layout: layouts::POINTER,
        stackmap: None,
    }
}

/// `f` with its single exit path at `pc`.
pub fn defers(mut f: Func, pc: Pc) -> Func {
    f.deferreturn_pc = Some(pc);
    f
}

/// A program of `funcs` (entry `entry`) with `globals` words of globals.
pub fn program(funcs: Vec<Func>, entry: FuncId, globals: u32) -> Program {
    let mut prog = Program::new("/tmp/x.go".into());
    prog.funcs = funcs;
    prog.entry = entry;
    prog.global_words = globals;
    prog.globals_layout = Layout {
        words: globals,
        ptrs: (0..globals).collect(),
        ifaces: Vec::new(),
    };
    prog
}

/// The runtime type id of `string` in `prog`.
pub fn string_type(prog: &mut Program) -> u32 {
    prog.type_id(RtType::basic("string", RtKind::String, 2, layouts::STRING))
}

/// Which engine runs a program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Interp,
    Jit,
}

/// What a run left: its exit status and the globals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub exit: i32,
    pub globals: Vec<u64>,
}

/// Runs `prog` on `engine`, in this thread.
pub fn run_here(prog: Program, engine: Engine) -> Outcome {
    let prog = Rc::new(prog);
    let mut rt = Runtime::new(prog.clone());
    let exit = match engine {
        Engine::Interp => rt.run_main(&Interp),
        Engine::Jit => {
            let jit = JitEngine::compile(&prog, Target::X86_64).expect("program compiles");
            rt.run_main(&jit)
        }
    };
    Outcome {
        exit,
        globals: rt.globals.to_vec(),
    }
}

/// Runs `prog` on `engine` on a thread with the stack the JIT needs.
pub fn run(prog: &Program, engine: Engine) -> Outcome {
    let prog = prog.clone();
    std::thread::Builder::new()
        .stack_size(NATIVE_STACK_BYTES)
        .spawn(move || run_here(prog, engine))
        .expect("spawn runner thread")
        .join()
        .expect("runner thread")
}

/// Runs `prog` on both engines, asserts they agree, and returns the outcome.
pub fn run_both(prog: &Program) -> Outcome {
    let interp = run(prog, Engine::Interp);
    let jit = run(prog, Engine::Jit);
    assert_eq!(interp, jit, "interpreter and JIT disagree");
    jit
}

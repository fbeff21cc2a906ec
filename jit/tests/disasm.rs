//! The deferreturn call the metadata records, as capstone sees it.

// Shares the program builders; the runners are for the engine tests.
#[allow(dead_code)]
mod common;

use capstone::Capstone;
use capstone::arch::x86::{ArchMode, ArchSyntax};
use capstone::arch::{BuildsCapstone, BuildsCapstoneSyntax};
use common::{defers, func, program};
use gojit_jit::{JitEngine, Target};
use interp::bytecode::Instr::*;
use interp::program::Program;

/// `main` calls `f`, which defers a no-op closure.
fn deferring_program() -> Program {
    let nop = func("main.f.func1", 4, 0, 0, vec![Ret]);
    let f = defers(
        func(
            "main.f",
            5,
            0,
            0,
            vec![
                LoadFunc { dst: 4, func: 2 },
                DeferProc { closure: 4 },
                DeferReturn,
                Ret,
            ],
        ),
        2,
    );
    let main = func("main.main", 4, 0, 0, vec![Call { func: 1, base: 4 }, Ret]);
    program(vec![main, f, nop], 0, 0)
}

#[test]
fn deferreturn_call_has_no_nop_before_it() {
    let prog = deferring_program();
    let engine = JitEngine::compile(&prog, Target::X86_64).expect("compiles");
    let f = &engine.funcs()[1];
    let at = f.deferreturn_call.expect("f defers");
    assert_eq!(engine.funcs()[0].deferreturn_call, None);

    let cs = Capstone::new()
        .x86()
        .mode(ArchMode::Mode64)
        .syntax(ArchSyntax::Intel)
        .build()
        .expect("capstone");
    let code = &engine.code()[f.code_offset..f.code_offset + f.code_len];
    let insns = cs.disasm_all(code, 0).expect("disassembles");
    let i = insns
        .iter()
        .position(|insn| insn.address() as usize == at)
        .expect("the recorded offset starts an instruction");
    let insns: Vec<_> = insns.iter().collect();
    assert_eq!(insns[i].mnemonic(), Some("call"));
    assert_ne!(insns[i - 1].mnemonic(), Some("nop"));

    let text = gojit_jit::disasm::disasm(&prog, &engine, Some("main.f"));
    assert!(text.starts_with("main.f:  ; 0x"), "{text}");
    let marked: Vec<_> = text
        .lines()
        .filter(|l| l.ends_with("<-- deferreturn"))
        .collect();
    assert_eq!(marked.len(), 1, "{text}");
    assert!(
        marked[0].contains(&format!("{:04x}  call", f.code_offset + at)),
        "{text}"
    );
    assert!(marked[0].contains("runtime.deferreturn"), "{text}");
    assert!(text.contains("; pc 2\n"), "{text}");
    assert!(!text.contains("main.main:"));
}

//! Every function of the conformance corpus that defers, compiled by the
//! JIT, ends in a `deferreturn` call that the metadata records, that is a
//! `call` at that offset, and that no NOP precedes (Go's layout since the
//! change that replaced `jmpdefer` with a loop). Functions that do not defer
//! record no such call.

use std::path::{Path, PathBuf};

use capstone::Capstone;
use capstone::arch::x86::{ArchMode, ArchSyntax};
use capstone::arch::{BuildsCapstone, BuildsCapstoneSyntax};
use gojit_jit::{JitEngine, Target};

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("corpus folder") {
        let p = entry.expect("entry").path();
        if p.is_dir() {
            go_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "go") {
            out.push(p);
        }
    }
}

#[test]
fn every_deferring_function_ends_in_a_recorded_deferreturn_call_without_nop() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    go_files(&root.join("tests/corpus"), &mut files);
    go_files(&root.join("bench"), &mut files);
    files.sort();
    let cs = Capstone::new()
        .x86()
        .mode(ArchMode::Mode64)
        .syntax(ArchSyntax::Intel)
        .build()
        .expect("capstone");
    let mut checked = 0;
    for file in &files {
        let src = std::fs::read_to_string(file).expect("readable");
        let Ok(prog) = interp::compile::compile_source(&src, &file.display().to_string()) else {
            continue; // programs that must not compile are not this test's concern
        };
        let engine = JitEngine::compile(&prog, Target::X86_64)
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for (func, compiled) in prog.funcs.iter().zip(engine.funcs()) {
            let what = format!("{} in {}", func.name, file.display());
            let Some(_) = func.deferreturn_pc else {
                assert_eq!(compiled.deferreturn_call, None, "{what} does not defer");
                continue;
            };
            let at = compiled
                .deferreturn_call
                .unwrap_or_else(|| panic!("{what}: no deferreturn call recorded"));
            let code =
                &engine.code()[compiled.code_offset..compiled.code_offset + compiled.code_len];
            let insns = cs.disasm_all(code, 0).expect("disassembles");
            let insns: Vec<_> = insns.iter().collect();
            let i = insns
                .iter()
                .position(|insn| insn.address() as usize == at)
                .unwrap_or_else(|| panic!("{what}: offset {at:#x} does not start an instruction"));
            assert_eq!(insns[i].mnemonic(), Some("call"), "{what}");
            assert!(
                i > 0,
                "{what}: the deferreturn call is the first instruction"
            );
            let before = insns[i - 1].mnemonic().unwrap_or("");
            assert!(
                !before.starts_with("nop"),
                "{what}: {before} before the deferreturn call"
            );
            checked += 1;
        }
    }
    assert!(
        checked >= 40,
        "only {checked} deferring functions found in the corpus"
    );
}

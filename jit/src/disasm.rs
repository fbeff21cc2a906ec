//! `gojit disasm`: each function's bytecode and the machine code the JIT made
//! of it, disassembled with capstone.
//!
//! Machine code lines show offsets in the engine's code (as branch targets
//! do), with the first instruction of every bytecode pc preceded by a
//! `; pc N` line, calls and jumps to known code annotated with the function
//! or runtime helper they reach, and the deferreturn call (where recovery
//! resumes) marked.

use std::fmt::Write;

use capstone::arch::BuildsCapstone;
use capstone::arch::BuildsCapstoneSyntax;
use capstone::arch::x86::{ArchMode, ArchSyntax};
use capstone::{Capstone, Insn};
use interp::program::Program;

use crate::{JitEngine, Target};

/// The disassembly of every function of `prog` compiled by `engine`, or of
/// the one whose Go name is `only`.
pub fn disasm(prog: &Program, engine: &JitEngine, only: Option<&str>) -> String {
    let cs = match engine.target() {
        Target::X86_64 => Capstone::new()
            .x86()
            .mode(ArchMode::Mode64)
            .syntax(ArchSyntax::Intel)
            .build(),
    };
    let cs = match cs {
        Ok(cs) => cs,
        Err(e) => return format!("capstone: {e}\n"),
    };
    let mut out = String::new();
    for (func, compiled) in prog.funcs.iter().zip(engine.funcs()) {
        if only.is_some_and(|name| name != func.name) {
            continue;
        }
        let _ = writeln!(
            out,
            "{}:  ; {:#x}, {} bytes",
            func.name, compiled.code_offset, compiled.code_len
        );
        let _ = writeln!(out, "  bytecode:");
        for (pc, ins) in func.code.iter().enumerate() {
            let _ = writeln!(out, "    {pc:4}  {ins:?}");
        }
        let _ = writeln!(out, "  {}:", engine.target().name());
        let start = compiled.code_offset;
        let code = &engine.code()[start..start + compiled.code_len];
        let insns = match cs.disasm_all(code, start as u64) {
            Ok(insns) => insns,
            Err(e) => {
                let _ = writeln!(out, "    capstone: {e}");
                continue;
            }
        };
        let mut pcs = compiled.pc_map.iter().peekable();
        for insn in insns.iter() {
            let offset = insn.address() as usize;
            while let Some((pc, _)) = pcs.next_if(|(_, at)| start + *at == offset) {
                let _ = writeln!(out, "    ; pc {pc}");
            }
            let text = format!(
                "{} {}",
                insn.mnemonic().unwrap_or("?"),
                insn.op_str().unwrap_or("")
            );
            let _ = write!(out, "    {offset:04x}  {}", text.trim_end());
            if let Some(name) = target(insn).and_then(|t| symbol(prog, engine, t)) {
                let _ = write!(out, "  ; {name}");
            }
            if compiled.deferreturn_call.map(|at| start + at) == Some(offset) {
                let _ = write!(out, "  <-- deferreturn");
            }
            out.push('\n');
        }
    }
    match only {
        Some(name) if out.is_empty() => format!("no function {name}\n"),
        _ => out,
    }
}

/// The code offset a call or jump reaches: its immediate target, or the
/// word a rip-relative indirect call or jump reads (a helper's address).
fn target(insn: &Insn) -> Option<usize> {
    let op = insn.op_str()?;
    if !matches!(insn.mnemonic()?, "call" | "jmp") {
        return None;
    }
    if let Some(hex) = op.strip_prefix("0x") {
        return usize::from_str_radix(hex, 16).ok();
    }
    let disp = op.strip_prefix("qword ptr [rip + 0x")?.strip_suffix(']')?;
    let disp = usize::from_str_radix(disp, 16).ok()?;
    Some(insn.address() as usize + insn.len() + disp)
}

/// What lives at code offset `at`: a function entry or a runtime helper.
fn symbol<'a>(prog: &'a Program, engine: &'a JitEngine, at: usize) -> Option<&'a str> {
    let func = engine.funcs().iter().position(|f| f.code_offset == at);
    if let Some(f) = func {
        return Some(&prog.funcs[f].name);
    }
    engine
        .symbols
        .iter()
        .find(|(offset, _)| *offset == at)
        .map(|(_, name)| *name)
}

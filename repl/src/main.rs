//! `gojit`: runs Go programs without a build step, on the interpreter or the
//! JIT, and checks both against real Go's output.

mod parse_cmd;
mod repl;
mod report;

use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;

use interp::runtime::{Engine, Runtime};

const USAGE: &str = "\
usage:
  gojit [repl] [--engine interp|jit] [--echo]   interactive Go (statements, expressions, declarations)
  gojit run [--engine interp|jit] [--jit] FILE.go [ARGS...]
  gojit disasm [--target x86_64] [--func NAME] FILE.go
  gojit conform [--engine interp|jit] PATH...
  gojit parse [--dump] PATH...     parse .go files (folders recursively), report syntax errors
  gojit check [-e] FILE.go...      report syntax and type errors as `go build` would
                                   (-e: all of them, not the first ten)
";

/// Native stack for the thread that runs Go code: deep Go recursion on the
/// JIT uses it (the slot stack bounds the depth first), and nested deferred
/// calls recurse through the runtime.
const RUN_STACK_BYTES: usize = 1 << 30;

fn main() -> ExitCode {
    // A bug in gojit must not also lose what the program printed before it.
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        interp::runtime::print::flush_stdout();
        report(info);
    }));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.first().map(String::as_str) {
        Some("run") => cmd_run(&args[1..]),
        Some("disasm") => cmd_disasm(&args[1..]),
        Some("conform") => cmd_conform(&args[1..]),
        Some("parse") => parse_cmd::cmd_parse(&args[1..]),
        Some("check") => parse_cmd::cmd_check(&args[1..]),
        Some("repl") => repl::cmd_repl(&args[1..]),
        Some("--engine" | "--jit" | "--echo") => repl::cmd_repl(&args),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            0
        }
        Some("--version") => {
            println!("gojit {}", env!("CARGO_PKG_VERSION"));
            0
        }
        Some(other) => {
            eprintln!("gojit: unknown command {other:?}\n{USAGE}");
            2
        }
        None => repl::cmd_repl(&[]),
    };
    ExitCode::from(code as u8)
}

/// The engine a program runs on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum EngineKind {
    Interp,
    Jit,
}

fn parse_engine(s: &str) -> Result<EngineKind, String> {
    match s {
        "interp" => Ok(EngineKind::Interp),
        "jit" => Ok(EngineKind::Jit),
        _ => Err(format!("unknown engine {s:?} (want interp or jit)")),
    }
}

/// Reads and compiles a Go file, rendering diagnostics on failure.
fn load(path: &str, limit: interp::types::ErrorLimit) -> Result<interp::program::Program, i32> {
    let src = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("gojit: open {path}: {e}");
            return Err(1);
        }
    };
    let src = match String::from_utf8(src) {
        Ok(s) => s,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let src = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let d = interp::diag::Diagnostic::new(
                grammar::ast::Span::new(at, at + 1),
                "invalid UTF-8 encoding",
            );
            report::diagnostics(path, &src, &[d]);
            return Err(1);
        }
    };
    let abs =
        std::fs::canonicalize(path).map_or_else(|_| path.to_string(), |p| p.display().to_string());
    interp::compile::compile_source_limited(&src, &abs, limit).map_err(|diags| {
        report::diagnostics(path, &src, &diags);
        1
    })
}

fn cmd_run(args: &[String]) -> i32 {
    let mut engine = EngineKind::Interp;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--jit" => engine = EngineKind::Jit,
            "--engine" => {
                i += 1;
                match args.get(i).map(|s| parse_engine(s)) {
                    Some(Ok(e)) => engine = e,
                    Some(Err(msg)) => return usage_error(&msg),
                    None => return usage_error("--engine needs a value"),
                }
            }
            s if s.starts_with("--engine=") => match parse_engine(&s["--engine=".len()..]) {
                Ok(e) => engine = e,
                Err(msg) => return usage_error(&msg),
            },
            s if s.starts_with('-') && !s.ends_with(".go") => {
                return usage_error(&format!("unknown flag {s}"));
            }
            _ => break,
        }
        i += 1;
    }
    let Some(file) = args.get(i) else {
        return usage_error("run needs a FILE.go");
    };
    let prog = match load(file, interp::types::ErrorLimit::Go) {
        Ok(p) => p,
        Err(code) => return code,
    };
    if !prog.main {
        eprintln!("package command-line-arguments is not a main package");
        return 1;
    }
    install_fault_handler();
    // os.Args: the script, then the arguments after it.
    let os_args: Vec<String> = args[i..].to_vec();
    run_on_big_stack(move || {
        let prog = Rc::new(prog);
        match engine {
            EngineKind::Interp => {
                let mut rt = Runtime::new(prog);
                rt.args = os_args;
                rt.run_main(&interp::vm::Interp)
            }
            EngineKind::Jit => match jit::JitEngine::compile(&prog, jit::Target::X86_64) {
                Ok(engine) => run_with(prog, &engine, os_args),
                Err(e) => {
                    eprintln!("gojit: jit: {e}");
                    1
                }
            },
        }
    })
}

fn run_with(prog: Rc<interp::program::Program>, engine: &dyn Engine, args: Vec<String>) -> i32 {
    let mut rt = Runtime::new(prog);
    rt.args = args;
    rt.run_main(engine)
}

/// Makes a memory fault in Go code end the process as it ends a Go
/// program (`runtime::signal`), for the commands that run Go code.
fn install_fault_handler() {
    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    interp::runtime::signal::install();
}

/// Runs `f` on a thread with a large native stack and returns its result.
fn run_on_big_stack(f: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    std::thread::Builder::new()
        .name("go".into())
        .stack_size(RUN_STACK_BYTES)
        .spawn(f)
        .expect("spawning the Go thread")
        .join()
        .unwrap_or(2)
}

fn cmd_disasm(args: &[String]) -> i32 {
    let mut func = None;
    let mut file = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--target" => {
                i += 1;
                match args.get(i).map(String::as_str) {
                    Some("x86_64") => {}
                    Some(t) => {
                        return usage_error(&format!("unknown target {t:?} (available: x86_64)"));
                    }
                    None => return usage_error("--target needs a value"),
                }
            }
            "--func" => {
                i += 1;
                match args.get(i) {
                    Some(f) => func = Some(f.clone()),
                    None => return usage_error("--func needs a name"),
                }
            }
            s if s.starts_with('-') => return usage_error(&format!("unknown flag {s}")),
            s => file = Some(s.to_string()),
        }
        i += 1;
    }
    let Some(file) = file else {
        return usage_error("disasm needs a FILE.go");
    };
    let prog = match load(&file, interp::types::ErrorLimit::Go) {
        Ok(p) => p,
        Err(code) => return code,
    };
    match jit::JitEngine::compile(&prog, jit::Target::X86_64) {
        Ok(engine) => {
            print!("{}", jit::disasm::disasm(&prog, &engine, func.as_deref()));
            0
        }
        Err(e) => {
            eprintln!("gojit: jit: {e}");
            1
        }
    }
}

fn cmd_conform(args: &[String]) -> i32 {
    let mut engines: Vec<&str> = conform::ENGINES.to_vec();
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--engine" => {
                i += 1;
                match args.get(i).map(|s| parse_engine(s)) {
                    Some(Ok(EngineKind::Interp)) => engines = vec!["interp"],
                    Some(Ok(EngineKind::Jit)) => engines = vec!["jit"],
                    Some(Err(msg)) => return usage_error(&msg),
                    None => return usage_error("--engine needs a value"),
                }
            }
            s if s.starts_with('-') => return usage_error(&format!("unknown flag {s}")),
            s => paths.push(PathBuf::from(s)),
        }
        i += 1;
    }
    if paths.is_empty() {
        return usage_error("conform needs at least one PATH");
    }
    let cases = match conform::discover(&paths) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("gojit: {e}");
            return 1;
        }
    };
    let me = match std::env::current_exe() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("gojit: cannot find own executable: {e}");
            return 1;
        }
    };
    let summary = conform::run_all(&me, &cases, &engines);
    for f in &summary.failures {
        println!("{f}");
    }
    println!(
        "{} passed, {} failed",
        summary.passed,
        summary.failures.len()
    );
    if summary.failures.is_empty() { 0 } else { 1 }
}

fn usage_error(msg: &str) -> i32 {
    eprintln!("gojit: {msg}\n{USAGE}");
    2
}

//! `gojit repl` (and `gojit` with no arguments): Go line by line.
//!
//! The session itself is [`interp::session::Session`]; this module reads
//! input (rustyline on a terminal, plain lines otherwise), joins lines
//! until brackets and raw strings close, runs meta commands, and prints
//! values, errors and timings. On a terminal, Ctrl-C while Go code runs
//! sets the session's interrupt flag (a SIGINT handler), which stops the
//! code at its next loop back-edge; at the prompt it discards the line.

mod editor;
mod input;

use std::cell::RefCell;
use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::time::Instant;

use interp::session::{Outcome, Report, Session};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{CompletionType, Config, Editor};

use crate::{EngineKind, report};
use editor::GoHelper;

const PROMPT: &str = ">>> ";
const CONTINUATION: &str = "... ";

const HELP: &str = "\
Enter Go declarations (func, type, var, const, import), statements or
expressions; an expression's value is printed with its type. Unclosed
brackets and raw strings continue on the next line (an empty line ends the
input). Standard packages are imported on first use.

  :help             this text
  :quit             leave (so does Ctrl-D)
  :reset            forget every declaration and variable
  :type EXPR        the type of EXPR, without evaluating it
  :load FILE.go     the declarations of a Go file into the session
  :engine [interp|jit]  the engine that runs inputs (shows it without argument)
  :disasm NAME      bytecode and x86_64 code of function NAME
  :time             toggle printing how long each input took
";

/// `gojit repl [--engine interp|jit] [--echo]`.
pub fn cmd_repl(args: &[String]) -> i32 {
    let mut engine = EngineKind::Interp;
    let mut echo = false;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--echo" => echo = true,
            "--jit" => engine = EngineKind::Jit,
            "--engine" => {
                i += 1;
                match args.get(i).map(|s| crate::parse_engine(s)) {
                    Some(Ok(e)) => engine = e,
                    Some(Err(msg)) => return crate::usage_error(&msg),
                    None => return crate::usage_error("--engine needs a value"),
                }
            }
            s => return crate::usage_error(&format!("repl: unexpected argument {s}")),
        }
        i += 1;
    }
    crate::install_fault_handler();
    crate::run_on_big_stack(move || {
        let mut repl = Repl::new(engine, echo);
        if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
            repl.interactive()
        } else {
            repl.piped()
        }
    })
}

/// What to do after an input.
enum Flow {
    Continue,
    Exit(i32),
}

struct Repl {
    session: Session,
    engine: EngineKind,
    time: bool,
    echo: bool,
    interrupt: Arc<AtomicUsize>,
    /// Names in scope, for completion.
    names: Rc<RefCell<Vec<String>>>,
}

impl Repl {
    fn new(engine: EngineKind, echo: bool) -> Repl {
        let session = Session::new();
        let interrupt = session.interrupt_flag();
        let names = Rc::new(RefCell::new(session.names()));
        Repl {
            session,
            engine,
            time: false,
            echo,
            interrupt,
            names,
        }
    }

    /// Reads standard input line by line: no prompts, no colours.
    fn piped(&mut self) -> i32 {
        let stdin = std::io::stdin();
        let mut lines = stdin.lock().lines();
        let mut buf = String::new();
        loop {
            let line = match lines.next() {
                Some(Ok(l)) => l,
                Some(Err(e)) => {
                    eprintln!("gojit: reading standard input: {e}");
                    return 1;
                }
                None => break,
            };
            if let Some(input) = accumulate(&mut buf, &line)
                && let Flow::Exit(code) = self.input(&input)
            {
                return code;
            }
        }
        if !buf.trim().is_empty()
            && let Flow::Exit(code) = self.input(&buf)
        {
            return code;
        }
        0
    }

    /// The terminal session: rustyline with history, completion and
    /// highlighting; Ctrl-C interrupts running code.
    fn interactive(&mut self) -> i32 {
        let config = Config::builder()
            .completion_type(CompletionType::List)
            .auto_add_history(false)
            .max_history_size(10_000)
            .map(|b| b.build());
        let editor = config.and_then(Editor::<GoHelper, FileHistory>::with_config);
        let mut rl = match editor {
            Ok(rl) => rl,
            Err(e) => {
                eprintln!("gojit: cannot start the line editor ({e}); reading lines instead");
                return self.piped();
            }
        };
        rl.set_helper(Some(GoHelper {
            names: self.names.clone(),
        }));
        let history = history_path();
        if let Some(path) = &history {
            let _ = rl.load_history(path);
        }
        if let Err(e) = signal_hook::flag::register_usize(
            signal_hook::consts::SIGINT,
            self.interrupt.clone(),
            interp::runtime::interrupt::STOP,
        ) {
            eprintln!("gojit: Ctrl-C will not interrupt running code: {e}");
        }
        println!(
            "gojit {} — Go 1.23 REPL. :help for help, Ctrl-D to quit.",
            env!("CARGO_PKG_VERSION")
        );
        let mut buf = String::new();
        loop {
            let prompt = if buf.is_empty() { PROMPT } else { CONTINUATION };
            let line = match rl.readline(prompt) {
                Ok(l) => l,
                Err(ReadlineError::Interrupted) => {
                    buf.clear();
                    continue;
                }
                Err(ReadlineError::Eof) => break 0,
                Err(e) => {
                    eprintln!("gojit: {e}");
                    break 1;
                }
            };
            let Some(input) = accumulate(&mut buf, &line) else {
                continue;
            };
            let _ = rl.add_history_entry(input.as_str());
            if let Some(path) = &history {
                let _ = rl.append_history(path);
            }
            if let Flow::Exit(code) = self.input(&input) {
                break code;
            }
        }
    }

    /// One whole input: a meta command or Go.
    fn input(&mut self, input: &str) -> Flow {
        if self.echo {
            for (i, line) in input.lines().enumerate() {
                let prompt = if i == 0 { PROMPT } else { CONTINUATION };
                println!("{prompt}{line}");
            }
        }
        let start = Instant::now();
        let flow = match input.trim_start().strip_prefix(':') {
            Some(cmd) => self.command(cmd.trim()),
            None => self.eval(input),
        };
        if self.time {
            eprintln!("({:.3} ms)", start.elapsed().as_secs_f64() * 1e3);
        }
        flow
    }

    /// Compiles and runs Go input, printing what it shows.
    fn eval(&mut self, text: &str) -> Flow {
        match self.session.compile(text) {
            Ok(c) => self.run(c),
            Err(r) => {
                render(&r);
                Flow::Continue
            }
        }
    }

    fn run(&mut self, c: interp::session::Compiled) -> Flow {
        let outcome = match self.engine {
            EngineKind::Interp => self.session.run(c, &interp::vm::Interp),
            EngineKind::Jit => {
                match jit::JitEngine::compile(self.session.program(), jit::Target::X86_64) {
                    Ok(engine) => self.session.run(c, &engine),
                    Err(e) => {
                        eprintln!("gojit: jit: {e}");
                        return Flow::Continue;
                    }
                }
            }
        };
        match outcome {
            Outcome::Done(values) => {
                for (value, ty) in values {
                    println!("{value}  // {ty}");
                }
                *self.names.borrow_mut() = self.session.names();
            }
            Outcome::Panicked => {}
            Outcome::Interrupted => eprintln!("interrupted"),
            Outcome::Exit(code) => return Flow::Exit(code),
        }
        Flow::Continue
    }

    /// A meta command (without its `:`).
    fn command(&mut self, cmd: &str) -> Flow {
        let (name, arg) = cmd.split_once(char::is_whitespace).unwrap_or((cmd, ""));
        let arg = arg.trim();
        match name {
            "help" | "h" | "?" => print!("{HELP}"),
            "quit" | "q" | "exit" => return Flow::Exit(0),
            "reset" => {
                self.session = Session::new();
                self.interrupt = self.session.interrupt_flag();
                // The SIGINT handler holds the old flag: share it instead.
                self.session.set_interrupt_flag(self.interrupt.clone());
                *self.names.borrow_mut() = self.session.names();
            }
            "type" | "t" if !arg.is_empty() => match self.session.type_of(arg) {
                Ok(t) => println!("{t}"),
                Err(r) => render(&r),
            },
            "load" | "l" if !arg.is_empty() => return self.load(arg),
            "engine" => match arg {
                "" => println!(
                    "{}",
                    match self.engine {
                        EngineKind::Interp => "interp",
                        EngineKind::Jit => "jit",
                    }
                ),
                e => match crate::parse_engine(e) {
                    Ok(e) => self.engine = e,
                    Err(msg) => eprintln!("gojit: {msg}"),
                },
            },
            "disasm" if !arg.is_empty() => self.disasm(arg),
            "time" => {
                self.time = !self.time;
                println!("timing {}", if self.time { "on" } else { "off" });
            }
            "type" | "t" | "load" | "l" | "disasm" => {
                eprintln!("gojit: :{name} needs an argument (see :help)");
            }
            _ => eprintln!("gojit: unknown command :{name} (see :help)"),
        }
        Flow::Continue
    }

    /// `:load FILE.go`.
    fn load(&mut self, path: &str) -> Flow {
        let src = match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("gojit: open {path}: {e}");
                return Flow::Continue;
            }
        };
        match self.session.compile_source(&src) {
            Ok(c) => self.run(c),
            Err(r) => {
                report::diagnostics(path, &r.src, &r.diags);
                Flow::Continue
            }
        }
    }

    /// `:disasm NAME`: the function's bytecode and machine code.
    fn disasm(&mut self, name: &str) {
        let full = if name.contains('(') || name.starts_with("main.") || name.starts_with("repl.") {
            name.to_string()
        } else {
            format!("main.{name}")
        };
        let prog = self.session.program();
        match jit::JitEngine::compile(prog, jit::Target::X86_64) {
            Ok(engine) => {
                let text = jit::disasm::disasm(prog, &engine, Some(&full));
                if text.is_empty() {
                    eprintln!("gojit: no function {full}");
                } else {
                    print!("{text}");
                }
            }
            Err(e) => eprintln!("gojit: jit: {e}"),
        }
    }
}

/// Adds a line to the input being read; returns the input when it is
/// whole (its brackets and raw strings closed, or an empty line ends it).
fn accumulate(buf: &mut String, line: &str) -> Option<String> {
    if buf.is_empty() {
        if line.trim().is_empty() {
            return None;
        }
        buf.push_str(line);
    } else if line.trim().is_empty() && !input::in_literal(buf) {
        return Some(std::mem::take(buf));
    } else {
        buf.push('\n');
        buf.push_str(line);
    }
    if buf.trim_start().starts_with(':') || input::is_complete(buf) {
        Some(std::mem::take(buf))
    } else {
        None
    }
}

/// Renders the compile errors of an input.
fn render(r: &Report) {
    report::render("input", &r.src, &r.diags);
}

/// Where history is kept: `$XDG_DATA_HOME/gojit/history`, or
/// `~/.local/share/gojit/history`.
fn history_path() -> Option<PathBuf> {
    let data = std::env::var_os("XDG_DATA_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
    let dir = data.join("gojit");
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir.join("history"))
}

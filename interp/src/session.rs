//! A REPL session: Go input by input on one persistent runtime.
//!
//! Nothing is ever executed twice. The session keeps one [`Runtime`] (heap,
//! globals, maps) and one growing [`Program`]; each input is parsed,
//! type-checked in the context of every earlier declaration
//! ([`SessionState`]), compiled into new functions of the same program
//! ([`SessionCode`]) and run on the same runtime. Session variables are
//! package-level variables, so their storage lives on in the globals area,
//! which is reserved up front (so that `&x` stays valid as it grows).
//!
//! An input is either declarations or statements; [`Session::compile`]
//! tells them apart by parsing (see [`parse_input`]). Use:
//! [`Session::compile`], then build an engine for [`Session::program`] (the
//! JIT compiles it), then [`Session::run`]. An engine must not keep the
//! program past the run: the next `compile` extends it in place.

use std::rc::Rc;

use grammar::ast::{File, Span};

use crate::bytecode::FuncId;
use crate::compile::session::{SessionCode, Unit};
use crate::diag::Diagnostic;
use crate::program::{Program, RtKind, layouts, rt_types};
use crate::runtime::methods::MethodTexts;
use crate::runtime::{Engine, Runtime, Status, Unwind, fmt, interrupt, mem, print};
use crate::types::{InputKind, ObjKind, Pending, SessionState, TypeId, std_packages};

/// Words reserved for session globals: address space only, committed as
/// it is used. Globals never move, since `&x` may point into them.
pub const GLOBAL_WORDS: usize = 16 << 20;

/// Prefix and suffix that make an input a file: declarations follow the
/// package clause; statements are the body of a wrapper function.
const DECLS_PREFIX: &str = "package main\n";
const STMTS_PREFIX: &str = "package main\nfunc _() {\n";
const STMTS_SUFFIX: &str = "\n}\n";

/// Compile errors of an input: spans are offsets into `src`.
#[derive(Debug)]
pub struct Report {
    pub src: String,
    pub diags: Vec<Diagnostic>,
}

/// An input ready to run.
#[derive(Debug)]
pub struct Compiled {
    unit: Unit,
    pending: Pending,
}

/// How running an input ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It ran to completion; the values of a shown expression, each as
    /// `%#v` and its type.
    Done(Vec<(String, String)>),
    /// It panicked (or died of a fatal error); the report is printed.
    Panicked,
    /// An interrupt stopped it.
    Interrupted,
    /// It called `os.Exit(code)`.
    Exit(i32),
}

/// A REPL session.
pub struct Session {
    types: SessionState,
    code: SessionCode,
    rt: Runtime,
}

impl Default for Session {
    fn default() -> Self {
        Session::new()
    }
}

impl Session {
    pub fn new() -> Session {
        let types = SessionState::new();
        let mut prog = Program::new("repl".into());
        let code = SessionCode::new(&types.info, &mut prog);
        let mut rt = Runtime::new(Rc::new(prog));
        rt.globals = mem::Globals::new(GLOBAL_WORDS);
        rt.traceback = false;
        Session { types, code, rt }
    }

    /// The flag that interrupts running code when set (from a signal
    /// handler, say); cleared before each run.
    pub fn interrupt_flag(&self) -> std::sync::Arc<std::sync::atomic::AtomicUsize> {
        self.rt.interrupt.clone()
    }

    /// Makes `flag` the one that interrupts this session's code.
    pub fn set_interrupt_flag(&mut self, flag: std::sync::Arc<std::sync::atomic::AtomicUsize>) {
        self.rt.set_interrupt(flag);
    }

    /// The program so far: every function of every input.
    pub fn program(&self) -> &Program {
        &self.rt.prog
    }

    /// Parses, checks and compiles one input (declarations or statements).
    pub fn compile(&mut self, input: &str) -> Result<Compiled, Report> {
        let (mut file, src, offset, kind) = parse_input(input).map_err(|diags| Report {
            src: input.to_string(),
            diags,
        })?;
        self.compile_file(&mut file, &src, kind)
            .map_err(|diags| Report {
                src: input.to_string(),
                diags: shift(diags, offset, input.len()),
            })
    }

    /// Parses, checks and compiles the declarations of a Go source file
    /// (`:load`); its `main`, if any, is a function like the others.
    pub fn compile_source(&mut self, src: &str) -> Result<Compiled, Report> {
        let report = |diags| Report {
            src: src.to_string(),
            diags,
        };
        let mut file = grammar::parse_file(src)
            .map_err(|es| report(es.into_iter().map(Diagnostic::from).collect()))?;
        self.compile_file(&mut file, src, InputKind::Decls)
            .map_err(report)
    }

    fn compile_file(
        &mut self,
        file: &mut File,
        src: &str,
        kind: InputKind,
    ) -> Result<Compiled, Vec<Diagnostic>> {
        let pending = self.types.check(file, src, kind)?;
        let Some(prog) = Rc::get_mut(&mut self.rt.prog) else {
            let at = Span::new(0, 0);
            return Err(vec![Diagnostic::new(
                at,
                "internal error: the program is still held by an engine",
            )]);
        };
        let unit = self
            .code
            .compile(&self.types.info, prog, file, src, kind, &pending);
        if prog.global_words as usize > GLOBAL_WORDS {
            let at = Span::new(0, src.len());
            return Err(vec![Diagnostic::new(
                at,
                format!("the session's variables need more than {GLOBAL_WORDS} words"),
            )]);
        }
        // Functions used as values need a closure object each.
        let rt = &mut self.rt;
        for f in rt.func_closures.len()..rt.prog.funcs.len() {
            let c = rt.heap.alloc(1, layouts::NOSCAN);
            mem::store(c, 0, f as u64);
            rt.func_closures.push(c);
        }
        Ok(Compiled { unit, pending })
    }

    /// Runs a compiled input on `engine` (built for [`Session::program`]).
    /// Its names join the session unless it panicked or was interrupted.
    pub fn run(&mut self, c: Compiled, engine: &dyn Engine) -> Outcome {
        let outcome = match c.unit.run {
            Some(f) => self.call(f, engine),
            None => Outcome::Done(Vec::new()),
        };
        if outcome != Outcome::Done(Vec::new()) {
            return outcome;
        }
        let shown = c
            .unit
            .show
            .iter()
            .map(|&(g, ty)| (self.show(g), self.type_name(ty)))
            .collect();
        c.pending.commit(&mut self.types);
        Outcome::Done(shown)
    }

    /// Calls the argument-less function `f` as the bottom frame.
    fn call(&mut self, f: FuncId, engine: &dyn Engine) -> Outcome {
        let rt = &mut self.rt;
        rt.clear_interrupt();
        let closure = rt.func_closures[f as usize];
        let status = rt.run_goroutines(engine, closure);
        print::flush_stdout();
        let outcome = match (status, rt.g.unwind) {
            (Status::Ok, _) => Outcome::Done(Vec::new()),
            (Status::Unwind, Unwind::Exit(code)) => Outcome::Exit(code),
            (Status::Unwind, _) if interrupt::stop_requested(rt) => Outcome::Interrupted,
            (Status::Unwind, _) => Outcome::Panicked,
        };
        rt.clear_interrupt();
        rt.g.defers.clear();
        rt.g.panics.clear();
        rt.g.unwind = Unwind::None;
        outcome
    }

    /// `%#v` of the `any` stored at global `g`.
    fn show(&mut self, g: u32) -> String {
        let rt = &mut self.rt;
        let (ty, data) = (rt.globals[g as usize], rt.globals[g as usize + 1]);
        let is_error_string = rt
            .prog
            .types
            .get(ty as usize)
            .is_some_and(|t| t.kind == RtKind::ErrorString);
        let text = if is_error_string {
            // What errors.New makes: a pointer to a struct holding the text,
            // which fmt's %#v spells out in Go.
            let arg = rt.heap.alloc(2, layouts::IFACE);
            mem::store(arg, 0, u64::from(rt_types::STRING));
            mem::store(arg, 1, data);
            fmt::sprintf(
                rt,
                &MethodTexts::without_calls(),
                b"&errors.errorString{s:%#v}",
                arg,
                1,
            )
        } else {
            let addr = rt.global_addr(g);
            fmt::sprintf(rt, &MethodTexts::without_calls(), b"%#v", addr, 1)
        };
        String::from_utf8_lossy(&text).into_owned()
    }

    /// The type of expression `expr`, without evaluating it.
    pub fn type_of(&mut self, expr: &str) -> Result<String, Report> {
        let report = |diags| Report {
            src: expr.to_string(),
            diags,
        };
        let src = format!("{STMTS_PREFIX}{expr}{STMTS_SUFFIX}");
        let mut file = grammar::parse_file(&src).map_err(|es| {
            let diags = es.into_iter().map(Diagnostic::from).collect();
            report(shift(diags, STMTS_PREFIX.len(), expr.len()))
        })?;
        let lone_expr = matches!(&file.decls[..], [grammar::ast::Decl::Func(fd)]
            if fd.body.as_ref().is_some_and(|b| matches!(&b.stmts[..],
                [s] if matches!(s.kind, grammar::ast::StmtKind::Expr(_)))));
        if !lone_expr {
            let at = Span::new(0, expr.len());
            return Err(report(vec![Diagnostic::new(at, "not an expression")]));
        }
        let types = self
            .types
            .type_of(&mut file, &src)
            .map_err(|diags| report(shift(diags, STMTS_PREFIX.len(), expr.len())))?;
        Ok(match types.as_deref() {
            Some([t]) => self.type_name(*t),
            Some(ts) => {
                let names: Vec<String> = ts.iter().map(|&t| self.type_name(t)).collect();
                format!("({})", names.join(", "))
            }
            None => "no value".into(),
        })
    }

    /// A type as `%T` spells it (`main.T`, `[]int`, `struct { A int }`).
    fn type_name(&self, ty: TypeId) -> String {
        crate::compile::rt_name(&self.types.info.types, ty)
    }

    /// Names a completion may offer: the session's, the universe's and the
    /// standard packages'.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .types
            .names()
            .filter(|(_, kind)| !matches!(kind, ObjKind::Nil))
            .map(|(n, _)| n.to_string())
            .collect();
        names.extend(UNIVERSE.iter().map(|s| s.to_string()));
        names.extend(
            std_packages()
                .iter()
                .map(|&(p, _)| crate::types::packages::package_name(p).to_string()),
        );
        names.sort();
        names.dedup();
        names
    }

    /// The members of the standard package named `pkg` (`utf8` for
    /// `unicode/utf8`).
    pub fn package_members(pkg: &str) -> Vec<&'static str> {
        std_packages()
            .iter()
            .find(|(p, _)| crate::types::packages::package_name(p) == pkg)
            .map(|(_, m)| m.clone())
            .unwrap_or_default()
    }
}

/// The universe's names, for completion.
const UNIVERSE: &[&str] = &[
    "any", "append", "bool", "byte", "cap", "copy", "delete", "error", "false", "int", "int16",
    "int32", "int64", "int8", "len", "make", "new", "nil", "panic", "print", "println", "recover",
    "rune", "string", "true", "uint", "uint16", "uint32", "uint64", "uint8", "uintptr",
];

/// Parses an input as declarations or as statements: declarations when it
/// starts like one and parses as one, else statements. A whole file
/// (`package ...`) is taken as it is. Returns the file, its source, the
/// offset of the input in it, and the kind; errors point into the input.
pub fn parse_input(input: &str) -> Result<(File, String, usize, InputKind), Vec<Diagnostic>> {
    let starts_decl = starts_like_decl(input);
    if first_word(input) == Some("package") {
        return grammar::parse_file(input)
            .map(|f| (f, input.to_string(), 0, InputKind::Decls))
            .map_err(|es| es.into_iter().map(Diagnostic::from).collect());
    }
    let mut decl_errors = None;
    if starts_decl {
        let src = format!("{DECLS_PREFIX}{input}");
        match grammar::parse_file(&src) {
            Ok(f) => return Ok((f, src, DECLS_PREFIX.len(), InputKind::Decls)),
            Err(es) => decl_errors = Some(es),
        }
    }
    let src = format!("{STMTS_PREFIX}{input}{STMTS_SUFFIX}");
    match grammar::parse_file(&src) {
        Ok(f) => Ok((f, src, STMTS_PREFIX.len(), InputKind::Stmts)),
        Err(es) => {
            let (es, offset) = match decl_errors {
                Some(d) if !first_word(input).is_some_and(|w| w == "var" || w == "const") => {
                    (d, DECLS_PREFIX.len())
                }
                _ => (es, STMTS_PREFIX.len()),
            };
            let diags = es.into_iter().map(Diagnostic::from).collect();
            Err(shift(diags, offset, input.len()))
        }
    }
}

/// The first identifier or keyword of an input.
fn first_word(input: &str) -> Option<&str> {
    let t = input.trim_start();
    let end = t
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(t.len());
    (end > 0).then(|| &t[..end])
}

/// Whether an input starts like a package-level declaration: `import`,
/// `type`, `var`, `const`, or `func` followed by a name or a receiver and
/// a name (`func (t T) M()`, not the literal `func(x int) {...}(1)`).
fn starts_like_decl(input: &str) -> bool {
    match first_word(input) {
        Some("import" | "type" | "var" | "const") => true,
        Some("func") => {
            let rest = input.trim_start()["func".len()..].trim_start();
            if !rest.starts_with('(') {
                return first_word(rest).is_some();
            }
            // A receiver: `(...)` then a name.
            let mut depth = 0;
            for (i, c) in rest.char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            let after = rest[i + 1..].trim_start();
                            return after.starts_with(|c: char| c.is_alphabetic() || c == '_');
                        }
                    }
                    _ => {}
                }
            }
            false
        }
        _ => false,
    }
}

/// Moves diagnostic spans from a wrapped source back into the input
/// (`offset` is where it starts there), clamped to it. A syntax error at
/// the wrapper's closing brace is one at the end of the input.
fn shift(diags: Vec<Diagnostic>, offset: usize, len: usize) -> Vec<Diagnostic> {
    diags
        .into_iter()
        .map(|mut d| {
            if d.span.start as usize >= offset + len {
                d.message = d.message.replace("unexpected }", "unexpected EOF");
            }
            let start = (d.span.start as usize).saturating_sub(offset).min(len);
            let end = (d.span.end as usize)
                .saturating_sub(offset)
                .clamp(start, len);
            d.span = Span::new(start, end);
            d
        })
        .collect()
}

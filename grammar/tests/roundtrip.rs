//! Print, parse again, compare: every file of the conformance corpus (and of
//! Go's standard library, when installed) printed by `printer::print_file`
//! parses to the same tree, spans and node ids aside. This checks that the
//! parser keeps everything the source says and that the printer writes
//! source the parser reads back.

use std::path::{Path, PathBuf};

use gojit_grammar::ast::*;
use gojit_grammar::files::go_files;
use gojit_grammar::parse_file;
use gojit_grammar::printer::print_file;

const GOROOT_SRC: &str = "/usr/share/go-1.23/src";

/// Sets every span and node id to zero, so that trees compare by shape.
struct Strip;

impl Strip {
    fn file(&self, f: &mut File) {
        self.ident(&mut f.package);
        for i in &mut f.imports {
            if let Some(n) = &mut i.name {
                self.ident(n);
            }
            i.path_span = Span::default();
            i.span = Span::default();
        }
        for d in &mut f.decls {
            match d {
                Decl::Func(fd) => {
                    if let Some(r) = &mut fd.recv {
                        self.fields(r);
                    }
                    self.ident(&mut fd.name);
                    self.fields(&mut fd.type_params);
                    self.sig(&mut fd.sig);
                    if let Some(b) = &mut fd.body {
                        self.block(b);
                    }
                    fd.span = Span::default();
                }
                Decl::Gen(g) => self.gen_decl(g),
            }
        }
    }

    fn ident(&self, i: &mut Ident) {
        i.span = Span::default();
    }

    fn idents(&self, is: &mut [Ident]) {
        is.iter_mut().for_each(|i| self.ident(i));
    }

    fn fields(&self, fs: &mut [Field]) {
        for f in fs {
            self.idents(&mut f.names);
            self.expr(&mut f.ty);
            f.span = Span::default();
        }
    }

    fn sig(&self, s: &mut FuncType) {
        self.fields(&mut s.params);
        self.fields(&mut s.results);
        s.span = Span::default();
    }

    fn gen_decl(&self, g: &mut GenDecl) {
        for s in &mut g.specs {
            match s {
                Spec::Value(v) => {
                    self.idents(&mut v.names);
                    if let Some(t) = &mut v.ty {
                        self.expr(t);
                    }
                    self.exprs(&mut v.values);
                    v.span = Span::default();
                }
                Spec::Type(t) => {
                    self.ident(&mut t.name);
                    self.fields(&mut t.type_params);
                    self.expr(&mut t.ty);
                    t.span = Span::default();
                }
            }
        }
        g.span = Span::default();
    }

    fn exprs(&self, es: &mut [Expr]) {
        es.iter_mut().for_each(|e| self.expr(e));
    }

    fn opt(&self, e: &mut Option<Box<Expr>>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn expr(&self, e: &mut Expr) {
        use ExprKind::*;
        e.id = 0;
        e.span = Span::default();
        match &mut e.kind {
            Ident(_) | BasicLit { .. } => {}
            CompositeLit { ty, elts } => {
                self.opt(ty);
                for el in elts {
                    if let Some(k) = &mut el.key {
                        self.expr(k);
                    }
                    self.expr(&mut el.value);
                }
            }
            FuncLit { sig, body } => {
                self.sig(sig);
                self.block(body);
            }
            FuncType(sig) => self.sig(sig),
            Selector(x, sel) => {
                self.expr(x);
                self.ident(sel);
            }
            Paren(x) | Star(x) | Unary(_, x) | SliceType(x) | ChanType(_, x) | Ellipsis(x) => {
                self.expr(x)
            }
            Index(x, ys) => {
                self.expr(x);
                self.exprs(ys);
            }
            Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                self.opt(lo);
                self.opt(hi);
                self.opt(max);
            }
            TypeAssert(x, t) => {
                self.expr(x);
                self.opt(t);
            }
            Call { fun, args, .. } => {
                self.expr(fun);
                self.exprs(args);
            }
            Binary(_, x, y) | MapType(x, y) => {
                self.expr(x);
                self.expr(y);
            }
            ArrayType { len, elem } => {
                self.opt(len);
                self.expr(elem);
            }
            StructType(fs) | InterfaceType(fs) => self.fields(fs),
        }
    }

    fn block(&self, b: &mut Block) {
        self.stmts(&mut b.stmts);
        b.span = Span::default();
    }

    fn stmts(&self, ss: &mut [Stmt]) {
        ss.iter_mut().for_each(|s| self.stmt(s));
    }

    fn opt_stmt(&self, s: &mut Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&self, s: &mut Stmt) {
        s.span = Span::default();
        match &mut s.kind {
            StmtKind::Empty | StmtKind::Fallthrough => {}
            StmtKind::Break(l) | StmtKind::Continue(l) => {
                if let Some(l) = l {
                    self.ident(l);
                }
            }
            StmtKind::Goto(l) => self.ident(l),
            StmtKind::Decl(g) => self.gen_decl(g),
            StmtKind::Labeled(l, s) => {
                self.ident(l);
                self.stmt(s);
            }
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::IncDec(e, _) => {
                self.expr(e)
            }
            StmtKind::Send(x, y) => {
                self.expr(x);
                self.expr(y);
            }
            StmtKind::Assign { lhs, rhs, .. } => {
                self.exprs(lhs);
                self.exprs(rhs);
            }
            StmtKind::Return(es) => self.exprs(es),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt_stmt(init);
                self.expr(cond);
                self.block(then);
                self.opt_stmt(els);
            }
            StmtKind::Switch { init, tag, cases } => {
                self.opt_stmt(init);
                if let Some(t) = tag {
                    self.expr(t);
                }
                self.cases(cases);
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                cases,
            } => {
                self.opt_stmt(init);
                if let Some(b) = bind {
                    self.ident(b);
                }
                self.expr(x);
                self.cases(cases);
            }
            StmtKind::Select(cs) => {
                for c in cs {
                    self.opt_stmt(&mut c.comm);
                    self.stmts(&mut c.body);
                    c.span = Span::default();
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.opt_stmt(init);
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.opt_stmt(post);
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                for e in [key, value].into_iter().flatten() {
                    self.expr(e);
                }
                self.expr(x);
                self.block(body);
            }
        }
    }

    fn cases(&self, cs: &mut [CaseClause]) {
        for c in cs {
            self.exprs(&mut c.exprs);
            self.stmts(&mut c.body);
            c.span = Span::default();
        }
    }
}

/// Parses `src`, prints it, parses the print, and compares both trees.
fn round_trip(path: &Path, src: &str) -> Result<(), String> {
    let Ok(mut first) = parse_file(src) else {
        // Only valid programs are compared (the corpus has none invalid).
        return Err(format!("{}: does not parse", path.display()));
    };
    let printed = print_file(&first);
    let mut second = parse_file(&printed).map_err(|errs| {
        let e = &errs[0];
        let line = printed[..e.span.start as usize].matches('\n').count() + 1;
        format!(
            "{}: the printed source does not parse: line {line}: {}\n{printed}",
            path.display(),
            e.message
        )
    })?;
    Strip.file(&mut first);
    Strip.file(&mut second);
    if first == second {
        return Ok(());
    }
    // Name the first declaration that differs, printed both ways.
    let at = first
        .decls
        .iter()
        .zip(&second.decls)
        .position(|(a, b)| a != b)
        .unwrap_or(0);
    Err(format!(
        "{}: the tree changed after printing (declaration {at}):\n{:#?}\nvs\n{:#?}",
        path.display(),
        first.decls.get(at),
        second.decls.get(at)
    ))
}

/// Round-trips `files` on two threads; returns the failures.
fn check_all(files: &[PathBuf]) -> Vec<String> {
    let failures = std::sync::Mutex::new(Vec::new());
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(f) = files.get(i) else { break };
                    let Ok(src) = std::fs::read_to_string(f) else {
                        continue;
                    };
                    if let Err(e) = round_trip(f, &src) {
                        failures.lock().unwrap().push(e);
                    }
                }
            });
        }
    });
    failures.into_inner().unwrap()
}

#[test]
fn corpus_round_trips() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in ["tests/corpus", "bench", "examples"] {
        files.extend(go_files(&root.join(dir)));
    }
    assert!(files.len() >= 40, "only {} corpus files", files.len());
    let failures = check_all(&files);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    println!("{} files round-trip", files.len());
}

/// A few constructs whose printing needs care.
#[test]
fn tricky_constructs_round_trip() {
    let src = r#"package p

import (
	"fmt"
	m "math"
)

type A[P *C,] struct{}
type B [N]int
type C[K comparable, V any] map[K]V
type D = C[int, string]
type I interface {
	M(x int) (y int, err error)
	~int | ~string
	fmt.Stringer
}
type S struct {
	a, b int `json:"a"`
	*T
	f func() func(int) string
}

const (
	X = iota
	Y
)

func (r *S) M(a, b int, c ...string) (x int) { return }

func f() {
L:
	for i := 0; i < 10; i++ {
		switch {
		case i > 1:
			continue L
		default:
		M: ;
		}
	}
	x := - -1
	y := &*p
	z := ^ -x
	_ = <-ch
	ch <- (<-ch)
	var c chan<- <-chan int
	_ = [...]int{1, 2: 3}
	_ = map[string][]int{"a": {1}}
	_ = s[:], s[1:], s[:2], s[1:2:3]
	f(xs...)
	if v, ok := x.(int); ok {
	} else if w := 1; w > 0 {
	} else {
	}
	switch y := x.(type) {
	}
	select {
	case v := <-ch:
	case ch <- 1:
	default:
	}
	for range 10 {
	}
	for k, v := range m {
	}
	for ; ; i++ {
	}
	go func() {}()
	defer m.Sin(1)
	x++
	y <<= 2
	_ = struct{ T }.M
	_ = (func())(nil)
	L2:
}
"#;
    round_trip(Path::new("tricky.go"), src).unwrap();
}

/// The comparison sees a changed operator or name (it ignores positions only).
#[test]
fn comparison_sees_changes() {
    let mut a = parse_file("package p\nvar x = a + b\n").unwrap();
    let mut b = parse_file("package p\n\nvar x = a - b\n").unwrap();
    let mut c = parse_file("package p\n\n\nvar  x =  a+b\n").unwrap();
    Strip.file(&mut a);
    Strip.file(&mut b);
    Strip.file(&mut c);
    assert_ne!(a, b);
    assert_eq!(a, c);
}

/// The whole standard library (without `testdata`), about 6 s on two
/// threads in the test profile; skipped when Go's sources are not installed.
#[test]
fn stdlib_round_trips() {
    if !Path::new(GOROOT_SRC).is_dir() {
        println!("skipped: {GOROOT_SRC} is not installed");
        return;
    }
    let files = go_files(Path::new(GOROOT_SRC));
    let start = std::time::Instant::now();
    let failures = check_all(&files);
    for f in failures.iter().take(5) {
        println!("{f}\n");
    }
    println!(
        "{} files, {} failed to round-trip, in {:?}",
        files.len(),
        failures.len(),
        start.elapsed()
    );
    assert!(failures.is_empty());
}

//! Prints an AST back to Go source.
//!
//! The output is plain (tabs for indentation, one statement per line, no
//! comments, no column alignment): it exists so that a parsed tree can be
//! printed and parsed again to the same tree, which checks that the parser
//! keeps everything the source said (`grammar/tests/roundtrip.rs`).
//!
//! The tree is printed as it is: parentheses come from `Paren` nodes, never
//! from operator precedence, so a tree the parser built prints back to
//! source that parses to the same tree. The printer only adds what the
//! tokens need (a space between `-` and `-x`, an explicit `;` after a label
//! with no statement, a trailing comma in `type T[P *C,]`).

use crate::ast::*;

/// Go source text for `file`.
pub fn print_file(file: &File) -> String {
    let mut p = Printer::default();
    p.file(file);
    p.out
}

/// Go source text for one expression (or type).
pub fn print_expr(e: &Expr) -> String {
    let mut p = Printer::default();
    p.expr(e);
    p.out
}

/// Go's short form of an expression, as its type checker quotes
/// expressions in messages: binary operators spaced, a composite
/// literal's elements and a function literal's body shown as `…`.
pub fn print_expr_short(e: &Expr) -> String {
    let mut p = Printer {
        short: true,
        ..Printer::default()
    };
    p.expr(e);
    p.out
}

/// [`print_expr_short`] of the expression source `src`, if it parses as
/// one.
pub fn expr_source_short(src: &str) -> Option<String> {
    let file = crate::parse_file(&format!("package p\nvar _ = {src}\n")).ok()?;
    match file.decls.as_slice() {
        [Decl::Gen(gd)] => match gd.specs.as_slice() {
            [Spec::Value(vs)] => vs.values.first().map(print_expr_short),
            _ => None,
        },
        _ => None,
    }
}

#[derive(Default)]
struct Printer {
    out: String,
    indent: usize,
    /// Go's short form (see [`print_expr_short`]).
    short: bool,
}

impl Printer {
    fn s(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// Ends the current line and indents the next one.
    fn nl(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push('\t');
        }
    }

    fn file(&mut self, f: &File) {
        self.s("package ");
        self.s(&f.package.name);
        self.s("\n");
        if !f.imports.is_empty() {
            self.s("\nimport (");
            self.indent += 1;
            for imp in &f.imports {
                self.nl();
                if let Some(n) = &imp.name {
                    self.s(&n.name);
                    self.s(" ");
                }
                self.s(&quote(&imp.path));
            }
            self.indent -= 1;
            self.s("\n)\n");
        }
        for d in &f.decls {
            self.s("\n");
            match d {
                Decl::Func(fd) => self.func_decl(fd),
                Decl::Gen(g) => self.gen_decl(g),
            }
            self.s("\n");
        }
    }

    fn func_decl(&mut self, fd: &FuncDecl) {
        self.s("func ");
        if let Some(recv) = &fd.recv {
            self.params(recv);
            self.s(" ");
        }
        self.s(&fd.name.name);
        if !fd.type_params.is_empty() {
            self.s("[");
            self.fields(&fd.type_params, ", ", false);
            self.s("]");
        }
        self.signature(&fd.sig);
        if let Some(b) = &fd.body {
            self.s(" ");
            self.block(b);
        }
    }

    fn gen_decl(&mut self, g: &GenDecl) {
        self.s(match g.kind {
            GenKind::Const => "const ",
            GenKind::Var => "var ",
            GenKind::Type => "type ",
        });
        if let [one] = g.specs.as_slice() {
            self.spec(one);
            return;
        }
        self.s("(");
        self.indent += 1;
        for sp in &g.specs {
            self.nl();
            self.spec(sp);
        }
        self.indent -= 1;
        self.nl();
        self.s(")");
    }

    fn spec(&mut self, sp: &Spec) {
        match sp {
            Spec::Value(v) => {
                self.idents(&v.names);
                if let Some(t) = &v.ty {
                    self.s(" ");
                    self.expr(t);
                }
                if !v.values.is_empty() {
                    self.s(" = ");
                    self.exprs(&v.values);
                }
            }
            Spec::Type(t) => {
                self.s(&t.name.name);
                if t.type_params.is_empty() {
                    self.s(" ");
                } else {
                    self.s("[");
                    self.fields(&t.type_params, ", ", false);
                    // `type T[P *C] ...` would be an array type (as in Go).
                    if let [Field { names, ty, .. }] = t.type_params.as_slice()
                        && names.len() == 1
                        && starts_with_star(ty)
                    {
                        self.s(",");
                    }
                    self.s("] ");
                }
                if t.alias {
                    self.s("= ");
                }
                self.expr(&t.ty);
            }
        }
    }

    fn idents(&mut self, names: &[Ident]) {
        for (i, n) in names.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.s(&n.name);
        }
    }

    fn exprs(&mut self, es: &[Expr]) {
        for (i, e) in es.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.expr(e);
        }
    }

    /// Fields separated by `sep`: `a, b int`, `T "tag"`, `M(x int) error`.
    /// In an interface (`iface`) a named element is a method, printed
    /// without `func`.
    fn fields(&mut self, fs: &[Field], sep: &str, iface: bool) {
        for (i, f) in fs.iter().enumerate() {
            if i > 0 {
                self.s(sep);
            }
            self.field(f, iface);
        }
    }

    fn field(&mut self, f: &Field, iface: bool) {
        self.idents(&f.names);
        match &f.ty.kind {
            ExprKind::FuncType(sig) if iface && !f.names.is_empty() => self.signature(sig),
            _ => {
                if !f.names.is_empty() {
                    self.s(" ");
                }
                self.expr(&f.ty);
            }
        }
        if let Some(tag) = &f.tag {
            self.s(" ");
            self.s(tag);
        }
    }

    fn params(&mut self, fs: &[Field]) {
        self.s("(");
        self.fields(fs, ", ", false);
        self.s(")");
    }

    /// `(params) results`, without `func`.
    fn signature(&mut self, sig: &FuncType) {
        self.params(&sig.params);
        match sig.results.as_slice() {
            [] => {}
            [one] if one.names.is_empty() => {
                self.s(" ");
                self.expr(&one.ty);
            }
            rs => {
                self.s(" ");
                self.params(rs);
            }
        }
    }

    fn block(&mut self, b: &Block) {
        self.s("{");
        self.indent += 1;
        self.stmts(&b.stmts);
        self.indent -= 1;
        self.nl();
        self.s("}");
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        for st in ss {
            self.nl();
            self.stmt(st);
        }
    }

    fn stmt(&mut self, st: &Stmt) {
        match &st.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(g) => self.gen_decl(g),
            StmtKind::Labeled(l, inner) => {
                self.s(&l.name);
                self.s(":");
                if matches!(inner.kind, StmtKind::Empty) {
                    // Without the `;` the next line's statement would be labeled.
                    self.s(" ;");
                } else {
                    self.nl();
                    self.stmt(inner);
                }
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Send(ch, v) => {
                self.expr(ch);
                self.s(" <- ");
                self.expr(v);
            }
            StmtKind::IncDec(x, inc) => {
                self.expr(x);
                self.s(if *inc { "++" } else { "--" });
            }
            StmtKind::Assign { lhs, op, rhs } => {
                self.exprs(lhs);
                match op {
                    AssignOp::Assign => self.s(" = "),
                    AssignOp::Define => self.s(" := "),
                    AssignOp::Op(b) => {
                        self.s(" ");
                        self.s(b.as_str());
                        self.s("= ");
                    }
                }
                self.exprs(rhs);
            }
            StmtKind::Go(e) => {
                self.s("go ");
                self.expr(e);
            }
            StmtKind::Defer(e) => {
                self.s("defer ");
                self.expr(e);
            }
            StmtKind::Return(v) => {
                self.s("return");
                if !v.is_empty() {
                    self.s(" ");
                    self.exprs(v);
                }
            }
            StmtKind::Break(l) => self.branch("break", l.as_ref()),
            StmtKind::Continue(l) => self.branch("continue", l.as_ref()),
            StmtKind::Goto(l) => self.branch("goto", Some(l)),
            StmtKind::Fallthrough => self.s("fallthrough"),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.s("if ");
                if let Some(i) = init {
                    self.stmt(i);
                    self.s("; ");
                }
                self.expr(cond);
                self.s(" ");
                self.block(then);
                if let Some(e) = els {
                    self.s(" else ");
                    self.stmt(e);
                }
            }
            StmtKind::Switch { init, tag, cases } => {
                self.s("switch ");
                if let Some(i) = init {
                    self.stmt(i);
                    self.s("; ");
                }
                if let Some(t) = tag {
                    self.expr(t);
                    self.s(" ");
                }
                self.cases(cases);
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                cases,
            } => {
                self.s("switch ");
                if let Some(i) = init {
                    self.stmt(i);
                    self.s("; ");
                }
                if let Some(b) = bind {
                    self.s(&b.name);
                    self.s(" := ");
                }
                // `x` is the operand of the guard `x.(type)`.
                self.expr(x);
                self.s(".(type) ");
                self.cases(cases);
            }
            StmtKind::Select(clauses) => {
                self.s("select {");
                for c in clauses {
                    self.nl();
                    match &c.comm {
                        Some(s) => {
                            self.s("case ");
                            self.stmt(s);
                            self.s(":");
                        }
                        None => self.s("default:"),
                    }
                    self.indent += 1;
                    self.stmts(&c.body);
                    self.indent -= 1;
                }
                self.nl();
                self.s("}");
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.s("for ");
                if init.is_none() && post.is_none() {
                    if let Some(c) = cond {
                        self.expr(c);
                        self.s(" ");
                    }
                } else {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    self.s("; ");
                    if let Some(c) = cond {
                        self.expr(c);
                    }
                    self.s("; ");
                    if let Some(p) = post {
                        self.stmt(p);
                        self.s(" ");
                    }
                }
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                ..
            } => {
                self.s("for ");
                if let Some(k) = key {
                    self.expr(k);
                    if let Some(v) = value {
                        self.s(", ");
                        self.expr(v);
                    }
                    self.s(if *define { " := " } else { " = " });
                }
                self.s("range ");
                self.expr(x);
                self.s(" ");
                self.block(body);
            }
        }
    }

    fn branch(&mut self, word: &str, label: Option<&Ident>) {
        self.s(word);
        if let Some(l) = label {
            self.s(" ");
            self.s(&l.name);
        }
    }

    fn cases(&mut self, cases: &[CaseClause]) {
        self.s("{");
        for c in cases {
            self.nl();
            if c.default {
                self.s("default:");
            } else {
                self.s("case ");
                self.exprs(&c.exprs);
                self.s(":");
            }
            self.indent += 1;
            self.stmts(&c.body);
            self.indent -= 1;
        }
        self.nl();
        self.s("}");
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(n) => self.s(n),
            ExprKind::BasicLit { raw, .. } => self.s(raw),
            ExprKind::CompositeLit { ty, elts } => {
                if let Some(t) = ty {
                    self.expr(t);
                }
                if self.short && !elts.is_empty() {
                    self.s("{…}");
                    return;
                }
                self.s("{");
                for (i, el) in elts.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    if let Some(k) = &el.key {
                        self.expr(k);
                        self.s(": ");
                    }
                    self.expr(&el.value);
                }
                self.s("}");
            }
            ExprKind::FuncLit { sig, body } => {
                self.s("func");
                self.signature(sig);
                self.s(" ");
                match (self.short, body.stmts.is_empty()) {
                    (true, false) => self.s("{…}"),
                    (true, true) => self.s("{}"),
                    _ => self.block(body),
                }
            }
            ExprKind::Paren(x) => {
                self.s("(");
                self.expr(x);
                self.s(")");
            }
            ExprKind::Selector(x, sel) => {
                self.expr(x);
                self.s(".");
                self.s(&sel.name);
            }
            ExprKind::Index(x, idx) => {
                self.expr(x);
                self.s("[");
                self.exprs(idx);
                self.s("]");
            }
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                full,
            } => {
                self.expr(x);
                self.s("[");
                for (i, part) in [lo, hi, max].into_iter().enumerate() {
                    if i == 2 && !full {
                        break;
                    }
                    if i > 0 {
                        self.s(":");
                    }
                    if let Some(p) = part {
                        self.expr(p);
                    }
                }
                self.s("]");
            }
            ExprKind::TypeAssert(x, ty) => {
                self.expr(x);
                self.s(".(");
                match ty {
                    Some(t) => self.expr(t),
                    None => self.s("type"),
                }
                self.s(")");
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
            } => {
                self.expr(fun);
                self.s("(");
                self.exprs(args);
                if *ellipsis {
                    self.s("...");
                }
                self.s(")");
            }
            ExprKind::Star(x) => {
                self.s("*");
                self.expr(x);
            }
            ExprKind::Unary(op, x) => {
                self.s(op.as_str());
                // `- -x`, `& &x`, `& ^x`: keep the two tokens apart (Go's
                // messages do not).
                if !self.short && matches!(x.kind, ExprKind::Unary(..)) {
                    self.s(" ");
                }
                self.expr(x);
            }
            ExprKind::Binary(op, x, y) => {
                self.expr(x);
                self.s(" ");
                self.s(op.as_str());
                self.s(" ");
                self.expr(y);
            }
            ExprKind::ArrayType { len, elem } => {
                self.s("[");
                match len {
                    Some(n) => self.expr(n),
                    None => self.s("..."),
                }
                self.s("]");
                self.expr(elem);
            }
            ExprKind::SliceType(elem) => {
                self.s("[]");
                self.expr(elem);
            }
            ExprKind::MapType(k, v) => {
                self.s("map[");
                self.expr(k);
                self.s("]");
                self.expr(v);
            }
            ExprKind::ChanType(dir, elem) => {
                self.s(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                self.expr(elem);
            }
            ExprKind::FuncType(sig) => {
                self.s("func");
                self.signature(sig);
            }
            ExprKind::StructType(fields) => {
                self.s("struct{");
                self.fields(fields, "; ", false);
                self.s("}");
            }
            ExprKind::InterfaceType(elems) => {
                self.s("interface{");
                self.fields(elems, "; ", true);
                self.s("}");
            }
            ExprKind::Ellipsis(elem) => {
                self.s("...");
                self.expr(elem);
            }
        }
    }
}

/// Whether `e`, printed, starts with `*` (`*C`, `*C | ~int`).
fn starts_with_star(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Star(_) => true,
        ExprKind::Binary(_, x, _) => starts_with_star(x),
        _ => false,
    }
}

/// `s` as an interpreted Go string literal.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

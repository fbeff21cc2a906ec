//! A readable, indented rendering of the AST (`gojit parse --dump`): one
//! node per line, children indented by two spaces, each line ending with
//! the node's `line:col` in the source. `{:#?}` would print every span and
//! node id as a nested struct, burying the tree's shape.

use crate::ast::*;

/// The tree of `file` (parsed from `src`), one node per line.
pub fn dump_file(file: &File, src: &str) -> String {
    let mut d = Dumper {
        out: String::new(),
        depth: 0,
        lines: std::iter::once(0)
            .chain(src.match_indices('\n').map(|(i, _)| i as u32 + 1))
            .collect(),
    };
    d.line(
        &format!("File package {}", file.package.name),
        file.package.span,
    );
    d.depth += 1;
    for i in &file.imports {
        let name = i
            .name
            .as_ref()
            .map(|n| format!(" {}", n.name))
            .unwrap_or_default();
        d.line(&format!("Import{name} {:?}", i.path), i.span);
    }
    for decl in &file.decls {
        match decl {
            Decl::Func(f) => d.func_decl(f),
            Decl::Gen(g) => d.gen_decl(g),
        }
    }
    d.out
}

struct Dumper {
    out: String,
    depth: usize,
    /// Byte offset of each line's start.
    lines: Vec<u32>,
}

impl Dumper {
    fn line(&mut self, text: &str, span: Span) {
        let line = self.lines.partition_point(|&s| s <= span.start);
        let col = span.start - self.lines[line.saturating_sub(1)] + 1;
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push_str(&format!("  @{line}:{col}\n"));
    }

    /// A labelled group of children (`Params`, `Body`, ...), one level deeper.
    fn group(&mut self, label: &str, span: Span, f: impl FnOnce(&mut Self)) {
        self.line(label, span);
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    fn func_decl(&mut self, f: &FuncDecl) {
        let label = match &f.body {
            Some(_) => format!("FuncDecl {}", f.name.name),
            None => format!("FuncDecl {} (no body)", f.name.name),
        };
        self.group(&label, f.span, |d| {
            if let Some(r) = &f.recv {
                d.fields("Receiver", r, f.span);
            }
            d.fields("TypeParams", &f.type_params, f.span);
            d.sig(&f.sig);
            if let Some(b) = &f.body {
                d.block("Body", b);
            }
        });
    }

    fn gen_decl(&mut self, g: &GenDecl) {
        let kind = match g.kind {
            GenKind::Const => "Const",
            GenKind::Var => "Var",
            GenKind::Type => "Type",
        };
        self.group(kind, g.span, |d| {
            for s in &g.specs {
                match s {
                    Spec::Value(v) => {
                        let names: Vec<&str> = v.names.iter().map(|n| n.name.as_str()).collect();
                        d.group(
                            &format!("ValueSpec {} (iota {})", names.join(", "), v.iota),
                            v.span,
                            |d| {
                                if let Some(t) = &v.ty {
                                    d.labeled("type", t);
                                }
                                d.exprs(&v.values);
                            },
                        );
                    }
                    Spec::Type(t) => {
                        let alias = if t.alias { " (alias)" } else { "" };
                        d.group(&format!("TypeSpec {}{alias}", t.name.name), t.span, |d| {
                            d.fields("TypeParams", &t.type_params, t.span);
                            d.expr(&t.ty);
                        });
                    }
                }
            }
        });
    }

    /// A labelled field list; nothing for an empty one.
    fn fields(&mut self, label: &str, fs: &[Field], span: Span) {
        if !fs.is_empty() {
            self.group(label, span, |d| d.field_items(fs));
        }
    }

    fn field_items(&mut self, fs: &[Field]) {
        for f in fs {
            let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
            let mut text = if names.is_empty() {
                "Field (embedded)".to_string()
            } else {
                format!("Field {}", names.join(", "))
            };
            if let Some(tag) = &f.tag {
                text.push_str(&format!(" tag {tag}"));
            }
            self.group(&text, f.span, |d| d.expr(&f.ty));
        }
    }

    fn sig(&mut self, s: &FuncType) {
        self.fields("Params", &s.params, s.span);
        self.fields("Results", &s.results, s.span);
    }

    fn labeled(&mut self, label: &str, e: &Expr) {
        self.group(label, e.span, |d| d.expr(e));
    }

    fn exprs(&mut self, es: &[Expr]) {
        es.iter().for_each(|e| self.expr(e));
    }

    fn expr(&mut self, e: &Expr) {
        use ExprKind::*;
        let sp = e.span;
        match &e.kind {
            Ident(n) => self.line(&format!("Ident {n}"), sp),
            BasicLit { kind, raw } => self.line(&format!("{kind:?} {raw}"), sp),
            CompositeLit { ty, elts } => self.group("CompositeLit", sp, |d| {
                if let Some(t) = ty {
                    d.labeled("type", t);
                }
                for el in elts {
                    match &el.key {
                        Some(k) => d.group("KeyValue", k.span, |d| {
                            d.expr(k);
                            d.expr(&el.value);
                        }),
                        None => d.expr(&el.value),
                    }
                }
            }),
            FuncLit { sig, body } => self.group("FuncLit", sp, |d| {
                d.sig(sig);
                d.block("Body", body);
            }),
            Paren(x) => self.group("Paren", sp, |d| d.expr(x)),
            Selector(x, sel) => self.group(&format!("Selector .{}", sel.name), sp, |d| d.expr(x)),
            Index(x, idx) => self.group("Index", sp, |d| {
                d.expr(x);
                d.exprs(idx);
            }),
            Slice { x, lo, hi, max, .. } => self.group("Slice", sp, |d| {
                d.expr(x);
                for (label, part) in [("lo", lo), ("hi", hi), ("max", max)] {
                    if let Some(p) = part {
                        d.labeled(label, p);
                    }
                }
            }),
            TypeAssert(x, ty) => {
                let label = if ty.is_none() {
                    "TypeAssert (type)"
                } else {
                    "TypeAssert"
                };
                self.group(label, sp, |d| {
                    d.expr(x);
                    if let Some(t) = ty {
                        d.expr(t);
                    }
                })
            }
            Call {
                fun,
                args,
                ellipsis,
            } => {
                let label = if *ellipsis { "Call (...)" } else { "Call" };
                self.group(label, sp, |d| {
                    d.expr(fun);
                    d.exprs(args);
                })
            }
            Star(x) => self.group("Star", sp, |d| d.expr(x)),
            Unary(op, x) => self.group(&format!("Unary {}", op.as_str()), sp, |d| d.expr(x)),
            Binary(op, x, y) => self.group(&format!("Binary {}", op.as_str()), sp, |d| {
                d.expr(x);
                d.expr(y);
            }),
            ArrayType { len, elem } => self.group("ArrayType", sp, |d| {
                match len {
                    Some(n) => d.labeled("len", n),
                    None => d.line("len ...", sp),
                }
                d.expr(elem);
            }),
            SliceType(x) => self.group("SliceType", sp, |d| d.expr(x)),
            MapType(k, v) => self.group("MapType", sp, |d| {
                d.expr(k);
                d.expr(v);
            }),
            ChanType(dir, x) => {
                let label = match dir {
                    ChanDir::Both => "ChanType",
                    ChanDir::Send => "ChanType chan<-",
                    ChanDir::Recv => "ChanType <-chan",
                };
                self.group(label, sp, |d| d.expr(x))
            }
            FuncType(sig) => self.group("FuncType", sp, |d| d.sig(sig)),
            StructType(fs) => self.group("StructType", sp, |d| d.field_items(fs)),
            InterfaceType(fs) => self.group("InterfaceType", sp, |d| d.field_items(fs)),
            Ellipsis(x) => self.group("Ellipsis", sp, |d| d.expr(x)),
        }
    }

    fn block(&mut self, label: &str, b: &Block) {
        self.group(label, b.span, |d| d.stmts(&b.stmts));
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        ss.iter().for_each(|s| self.stmt(s));
    }

    fn opt_stmt(&mut self, label: &str, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.group(label, s.span, |d| d.stmt(s));
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        let sp = s.span;
        match &s.kind {
            StmtKind::Empty => self.line("Empty", sp),
            StmtKind::Decl(g) => self.gen_decl(g),
            StmtKind::Labeled(l, inner) => {
                self.group(&format!("Labeled {}", l.name), sp, |d| d.stmt(inner))
            }
            StmtKind::Expr(e) => self.group("ExprStmt", sp, |d| d.expr(e)),
            StmtKind::Send(ch, v) => self.group("Send", sp, |d| {
                d.expr(ch);
                d.expr(v);
            }),
            StmtKind::IncDec(x, inc) => {
                self.group(if *inc { "Inc" } else { "Dec" }, sp, |d| d.expr(x))
            }
            StmtKind::Assign { lhs, op, rhs } => {
                let op = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                };
                self.group(&format!("Assign {op}"), sp, |d| {
                    d.group("lhs", sp, |d| d.exprs(lhs));
                    d.group("rhs", sp, |d| d.exprs(rhs));
                })
            }
            StmtKind::Go(e) => self.group("Go", sp, |d| d.expr(e)),
            StmtKind::Defer(e) => self.group("Defer", sp, |d| d.expr(e)),
            StmtKind::Return(es) => self.group("Return", sp, |d| d.exprs(es)),
            StmtKind::Break(l) => self.branch("Break", l.as_ref(), sp),
            StmtKind::Continue(l) => self.branch("Continue", l.as_ref(), sp),
            StmtKind::Goto(l) => self.branch("Goto", Some(l), sp),
            StmtKind::Fallthrough => self.line("Fallthrough", sp),
            StmtKind::Block(b) => self.block("Block", b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => self.group("If", sp, |d| {
                d.opt_stmt("init", init);
                d.labeled("cond", cond);
                d.block("then", then);
                d.opt_stmt("else", els);
            }),
            StmtKind::Switch { init, tag, cases } => self.group("Switch", sp, |d| {
                d.opt_stmt("init", init);
                if let Some(t) = tag {
                    d.labeled("tag", t);
                }
                d.cases(cases);
            }),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                cases,
            } => {
                let label = match bind {
                    Some(b) => format!("TypeSwitch {} :=", b.name),
                    None => "TypeSwitch".to_string(),
                };
                self.group(&label, sp, |d| {
                    d.opt_stmt("init", init);
                    d.labeled("x", x);
                    d.cases(cases);
                })
            }
            StmtKind::Select(clauses) => self.group("Select", sp, |d| {
                for c in clauses {
                    let label = if c.comm.is_some() {
                        "CommClause"
                    } else {
                        "CommClause default"
                    };
                    d.group(label, c.span, |d| {
                        if let Some(s) = &c.comm {
                            d.stmt(s);
                        }
                        d.group("body", c.span, |d| d.stmts(&c.body));
                    });
                }
            }),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.group("For", sp, |d| {
                d.opt_stmt("init", init);
                if let Some(c) = cond {
                    d.labeled("cond", c);
                }
                d.opt_stmt("post", post);
                d.block("body", body);
            }),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                ..
            } => {
                let label = if *define { "Range :=" } else { "Range" };
                self.group(label, sp, |d| {
                    if let Some(k) = key {
                        d.labeled("key", k);
                    }
                    if let Some(v) = value {
                        d.labeled("value", v);
                    }
                    d.labeled("x", x);
                    d.block("body", body);
                })
            }
        }
    }

    fn branch(&mut self, word: &str, label: Option<&Ident>, sp: Span) {
        match label {
            Some(l) => self.line(&format!("{word} {}", l.name), sp),
            None => self.line(word, sp),
        }
    }

    fn cases(&mut self, cases: &[CaseClause]) {
        for c in cases {
            let label = if c.default {
                "CaseClause default"
            } else {
                "CaseClause"
            };
            self.group(label, c.span, |d| {
                d.exprs(&c.exprs);
                d.group("body", c.span, |d| d.stmts(&c.body));
            });
        }
    }
}

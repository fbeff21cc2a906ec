//! A compact S-expression rendering of the AST for assertions.

#![allow(dead_code)]

use gojit_grammar::ast::*;

pub fn parse(src: &str) -> File {
    match gojit_grammar::parse_file(src) {
        Ok(f) => f,
        Err(e) => panic!("parse failed: {e:?}\n{src}"),
    }
}

/// Parses `body` as the statements of `func f()`.
pub fn stmts(body: &str) -> Vec<Stmt> {
    let src = format!("package p\nfunc f() {{\n{body}\n}}\n");
    let f = parse(&src);
    match f.decls.into_iter().next() {
        Some(Decl::Func(FuncDecl { body: Some(b), .. })) => b.stmts,
        _ => panic!("no body"),
    }
}

pub fn stmt_str(body: &str) -> String {
    stmts(body).iter().map(s).collect::<Vec<_>>().join(" ")
}

/// Parses an expression (as `_ = <src>`).
pub fn expr_str(src: &str) -> String {
    let st = stmts(&format!("_ = {src}"));
    match &st[0].kind {
        StmtKind::Assign { rhs, .. } => e(&rhs[0]),
        _ => panic!(),
    }
}

fn list(xs: &[Expr]) -> String {
    xs.iter().map(e).collect::<Vec<_>>().join(" ")
}

pub fn fields(fs: &[Field]) -> String {
    fs.iter()
        .map(|f| {
            let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
            let tag = f
                .tag
                .as_deref()
                .map(|t| format!(" {t}"))
                .unwrap_or_default();
            if names.is_empty() {
                format!("({}{tag})", e(&f.ty))
            } else {
                format!("({} {}{tag})", names.join(","), e(&f.ty))
            }
        })
        .collect::<Vec<_>>()
        .join("")
}

pub fn sig(f: &FuncType) -> String {
    format!("(func [{}] [{}])", fields(&f.params), fields(&f.results))
}

pub fn e(x: &Expr) -> String {
    use ExprKind::*;
    match &x.kind {
        Ident(n) => n.clone(),
        BasicLit { raw, .. } => raw.clone(),
        CompositeLit { ty, elts } => {
            let els: Vec<String> = elts
                .iter()
                .map(|el| match &el.key {
                    Some(k) => format!("{}:{}", e(k), e(&el.value)),
                    None => e(&el.value),
                })
                .collect();
            match ty {
                Some(t) => format!("(lit {} {{{}}})", e(t), els.join(" ")),
                None => format!("{{{}}}", els.join(" ")),
            }
        }
        FuncLit { sig: f, body } => {
            format!(
                "(funclit {} {})",
                sig(f),
                body.stmts.iter().map(s).collect::<Vec<_>>().join(" ")
            )
        }
        Paren(y) => format!("(paren {})", e(y)),
        Selector(y, n) => format!("(. {} {})", e(y), n.name),
        Index(y, is) => format!("(index {} {})", e(y), list(is)),
        Slice {
            x: y, lo, hi, max, ..
        } => {
            let o = |v: &Option<Box<Expr>>| v.as_ref().map(|v| e(v)).unwrap_or("_".into());
            match max {
                Some(m) => format!("(slice {} {} {} {})", e(y), o(lo), o(hi), e(m)),
                None => format!("(slice {} {} {})", e(y), o(lo), o(hi)),
            }
        }
        TypeAssert(y, t) => match t {
            Some(t) => format!("(assert {} {})", e(y), e(t)),
            None => format!("(assert {} type)", e(y)),
        },
        Call {
            fun,
            args,
            ellipsis,
        } => {
            let dots = if *ellipsis { " ..." } else { "" };
            if args.is_empty() {
                format!("(call {}{dots})", e(fun))
            } else {
                format!("(call {} {}{dots})", e(fun), list(args))
            }
        }
        Star(y) => format!("(* {})", e(y)),
        Unary(op, y) => format!("({} {})", op.as_str(), e(y)),
        Binary(op, a, b) => format!("({} {} {})", op.as_str(), e(a), e(b)),
        ArrayType { len, elem } => match len {
            Some(l) => format!("(array {} {})", e(l), e(elem)),
            None => format!("(array ... {})", e(elem)),
        },
        SliceType(y) => format!("(slice-type {})", e(y)),
        MapType(k, v) => format!("(map {} {})", e(k), e(v)),
        ChanType(d, y) => format!(
            "(chan{} {})",
            match d {
                ChanDir::Both => "",
                ChanDir::Send => "<-",
                ChanDir::Recv => "<-recv",
            },
            e(y)
        ),
        FuncType(f) => sig(f),
        StructType(fs) => format!("(struct {})", fields(fs)),
        InterfaceType(fs) => format!("(interface {})", fields(fs)),
        Ellipsis(y) => format!("(... {})", e(y)),
    }
}

fn opt(x: &Option<Box<Stmt>>) -> String {
    x.as_ref().map(|x| s(x)).unwrap_or("_".into())
}

fn block(b: &Block) -> String {
    format!(
        "{{{}}}",
        b.stmts.iter().map(s).collect::<Vec<_>>().join(" ")
    )
}

fn cases(cs: &[CaseClause]) -> String {
    cs.iter()
        .map(|c| {
            let head = if c.default {
                "default".to_string()
            } else {
                list(&c.exprs)
            };
            let body: Vec<String> = c.body.iter().map(s).collect();
            if body.is_empty() {
                format!("(case {head}:)")
            } else {
                format!("(case {head}: {})", body.join(" "))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn s(st: &Stmt) -> String {
    use StmtKind::*;
    match &st.kind {
        Empty => "(empty)".into(),
        Decl(g) => format!("(decl {:?} {})", g.kind, g.specs.len()),
        Labeled(l, x) => format!("(label {} {})", l.name, s(x)),
        Expr(x) => e(x),
        Send(a, b) => format!("(send {} {})", e(a), e(b)),
        IncDec(x, inc) => format!("({} {})", if *inc { "++" } else { "--" }, e(x)),
        Assign { lhs, op, rhs } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(b) => format!("{}=", b.as_str()),
            };
            format!("({op} [{}] [{}])", list(lhs), list(rhs))
        }
        Go(x) => format!("(go {})", e(x)),
        Defer(x) => format!("(defer {})", e(x)),
        Return(xs) => format!("(return {})", list(xs)),
        Break(l) => format!(
            "(break{})",
            l.as_ref()
                .map(|l| format!(" {}", l.name))
                .unwrap_or_default()
        ),
        Continue(l) => format!(
            "(continue{})",
            l.as_ref()
                .map(|l| format!(" {}", l.name))
                .unwrap_or_default()
        ),
        Goto(l) => format!("(goto {})", l.name),
        Fallthrough => "(fallthrough)".into(),
        Block(b) => block(b),
        If {
            init,
            cond,
            then,
            els,
        } => format!(
            "(if {} {} {} {})",
            opt(init),
            e(cond),
            block(then),
            opt(els)
        ),
        Switch {
            init,
            tag,
            cases: cs,
        } => format!(
            "(switch {} {} {})",
            opt(init),
            tag.as_ref().map(e).unwrap_or("_".into()),
            cases(cs)
        ),
        TypeSwitch {
            init,
            bind,
            x,
            cases: cs,
        } => format!(
            "(typeswitch {} {} {} {})",
            opt(init),
            bind.as_ref().map(|b| b.name.clone()).unwrap_or("_".into()),
            e(x),
            cases(cs)
        ),
        Select(cs) => format!(
            "(select {})",
            cs.iter()
                .map(|c| format!(
                    "(case {}: {})",
                    opt(&c.comm),
                    c.body.iter().map(s).collect::<Vec<_>>().join(" ")
                ))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        For {
            init,
            cond,
            post,
            body,
        } => format!(
            "(for {} {} {} {})",
            opt(init),
            cond.as_ref().map(e).unwrap_or("_".into()),
            opt(post),
            block(body)
        ),
        Range {
            key,
            value,
            define,
            x,
            body,
            ..
        } => format!(
            "(range {} {} {} {} {})",
            key.as_ref().map(e).unwrap_or("_".into()),
            value.as_ref().map(e).unwrap_or("_".into()),
            if *define { ":=" } else { "=" },
            e(x),
            block(body)
        ),
    }
}

//! Helpers the grammar's actions call: node construction (ids, spans,
//! nesting limits), the parameter-grouping pass, and small fix-ups that a
//! one-token-lookahead grammar has to leave until after a reduction.

use crate::SyntaxError;
use crate::ast::*;
use std::cell::{Cell, RefCell};

/// Deepest expression nesting accepted. Deeper trees are cut off with an
/// error, so no later recursive pass (or `Drop`) can overflow the stack.
pub const MAX_DEPTH: u32 = 1000;

/// Parser state shared by all actions (lalrpop passes it by reference, so
/// the mutable parts are cells).
#[derive(Default)]
pub struct Ctx<'s> {
    /// The source text, for messages that quote it.
    pub src: &'s str,
    /// Nesting depth of every expression created so far, indexed by id.
    depths: RefCell<Vec<u32>>,
    pub errors: RefCell<Vec<SyntaxError>>,
    /// Errors Go's parser reports while still building a usable tree
    /// (`middle index required in 3-index slice`): the checker runs too.
    pub soft_errors: RefCell<Vec<SyntaxError>>,
    /// Parse errors recovered from, not yet worded.
    pub raw_errors: RefCell<Vec<crate::errors::RawError>>,
    /// Set once a tree has been cut for depth, to report it only once.
    pub(crate) too_deep: Cell<bool>,
}

impl<'s> Ctx<'s> {
    pub fn new(src: &'s str) -> Ctx<'s> {
        Ctx {
            src,
            ..Default::default()
        }
    }

    pub fn error(&self, span: Span, message: impl Into<String>) {
        self.errors.borrow_mut().push(SyntaxError {
            message: message.into(),
            span,
        });
    }

    /// The id the next expression will get.
    pub fn mark(&self) -> u32 {
        self.depths.borrow().len() as u32
    }

    /// Creates an expression node with the next id.
    pub fn expr(&self, l: usize, kind: ExprKind, r: usize) -> Expr {
        self.expr_span(Span::new(l, r), kind)
    }

    pub fn expr_span(&self, span: Span, mut kind: ExprKind) -> Expr {
        let mut depths = self.depths.borrow_mut();
        let mut d = 0;
        for_each_child(&kind, &mut |c| {
            d = d.max(depths.get(c.id as usize).copied().unwrap_or(0))
        });
        d += 1;
        if d > MAX_DEPTH {
            if !self.too_deep.replace(true) {
                self.errors.borrow_mut().push(SyntaxError {
                    message: "exceeded max nesting depth".into(),
                    span,
                });
            }
            kind = ExprKind::Ident("_".into());
            d = 1;
        }
        let id = depths.len() as u32;
        depths.push(d);
        Expr { id, span, kind }
    }

    /// A function literal: its depth covers every expression in its body,
    /// which are exactly the ids created since `mark` (ids are handed out in
    /// creation order).
    pub fn func_lit(&self, l: usize, sig: FuncType, body: Block, mark: u32, r: usize) -> Expr {
        let inner = {
            let depths = self.depths.borrow();
            let from = (mark as usize).min(depths.len());
            depths[from..].iter().copied().max().unwrap_or(0)
        };
        let e = self.expr(l, ExprKind::FuncLit { sig, body }, r);
        if inner + 1 > MAX_DEPTH {
            if !self.too_deep.replace(true) {
                self.error(e.span, "exceeded max nesting depth");
            }
            return Expr {
                kind: ExprKind::Ident("_".into()),
                ..e
            };
        }
        let mut depths = self.depths.borrow_mut();
        if let Some(d) = depths.get_mut(e.id as usize) {
            *d = (*d).max(inner + 1);
        }
        e
    }

    pub fn ident_expr(&self, id: Ident) -> Expr {
        self.expr_span(id.span, ExprKind::Ident(id.name))
    }

    pub fn lit(&self, l: usize, kind: LitKind, raw: &str, r: usize) -> Expr {
        self.expr(
            l,
            ExprKind::BasicLit {
                kind,
                raw: raw.to_string(),
            },
            r,
        )
    }

    pub fn binary(&self, op: BinaryOp, x: Expr, y: Expr) -> Expr {
        let span = x.span.to(y.span);
        self.expr_span(span, ExprKind::Binary(op, Box::new(x), Box::new(y)))
    }
}

/// Calls `f` on every direct expression child of a node.
pub fn for_each_child(kind: &ExprKind, f: &mut dyn FnMut(&Expr)) {
    use ExprKind::*;
    let fields = |fs: &[Field], f: &mut dyn FnMut(&Expr)| {
        for fl in fs {
            f(&fl.ty);
        }
    };
    match kind {
        Ident(_) | BasicLit { .. } => {}
        CompositeLit { ty, elts } => {
            if let Some(t) = ty {
                f(t);
            }
            for e in elts {
                if let Some(k) = &e.key {
                    f(k);
                }
                f(&e.value);
            }
        }
        FuncLit { sig, .. } | FuncType(sig) => {
            fields(&sig.params, f);
            fields(&sig.results, f);
        }
        Paren(x)
        | Selector(x, _)
        | Star(x)
        | Unary(_, x)
        | SliceType(x)
        | ChanType(_, x)
        | Ellipsis(x) => f(x),
        Index(x, ys) => {
            f(x);
            ys.iter().for_each(&mut *f);
        }
        Slice { x, lo, hi, max, .. } => {
            f(x);
            for e in [lo, hi, max].into_iter().flatten() {
                f(e);
            }
        }
        TypeAssert(x, t) => {
            f(x);
            if let Some(t) = t {
                f(t);
            }
        }
        Call { fun, args, .. } => {
            f(fun);
            args.iter().for_each(&mut *f);
        }
        Binary(_, x, y) | MapType(x, y) => {
            f(x);
            f(y);
        }
        ArrayType { len, elem } => {
            if let Some(l) = len {
                f(l);
            }
            f(elem);
        }
        StructType(fs) | InterfaceType(fs) => fields(fs, f),
    }
}

/// One entry of a parameter list before grouping. An identifier alone may
/// be a parameter name (`a` in `a, b int`) or a type (`int` in
/// `func(int, string)`); only the whole list tells which.
pub enum Param {
    Name(Ident),
    Typed(Option<Ident>, Expr),
}

/// Groups parameter entries the way Go's parser does: if any entry has a
/// name and a type, every entry is named and bare names take the type of
/// the next typed entry (`a, b int`); otherwise every entry is a type.
pub fn group_params(ctx: &Ctx<'_>, entries: Vec<Param>) -> Vec<Field> {
    let named = entries
        .iter()
        .any(|p| matches!(p, Param::Typed(Some(_), _)));
    let mut out = Vec::new();
    if !named {
        for p in entries {
            let ty = match p {
                Param::Name(id) => ctx.ident_expr(id),
                Param::Typed(_, t) => t,
            };
            out.push(Field {
                names: vec![],
                span: ty.span,
                ty,
                tag: None,
            });
        }
        return out;
    }
    let mut pending: Vec<Ident> = Vec::new();
    // Go reports the first entry (in source order) that lacks a name or a
    // type.
    let mut bad: Option<Span> = None;
    for p in entries {
        match p {
            Param::Name(id) => pending.push(id),
            Param::Typed(Some(name), ty) => {
                pending.push(name);
                let names = std::mem::take(&mut pending);
                out.push(Field {
                    span: names[0].span.to(ty.span),
                    names,
                    ty,
                    tag: None,
                });
            }
            Param::Typed(None, ty) => {
                bad = bad.or(Some(ty.span));
                out.push(Field {
                    names: vec![],
                    span: ty.span,
                    ty,
                    tag: None,
                });
            }
        }
    }
    if let Some(first) = pending.first() {
        bad = Some(bad.map_or(first.span, |b| {
            if b.start < first.span.start {
                b
            } else {
                first.span
            }
        }));
    }
    if let Some(at) = bad {
        ctx.error(at, "syntax error: mixed named and unnamed parameters");
    }
    for id in pending {
        let ty = ctx.ident_expr(id);
        out.push(Field {
            names: vec![],
            span: ty.span,
            ty,
            tag: None,
        });
    }
    out
}

/// A field or parameter whose name is followed by `[`: `a [N]T` (a name
/// and an array type) when a type follows the brackets, else an
/// instantiated type `G[A, B]`.
pub fn name_bracket(
    ctx: &Ctx<'_>,
    name: Ident,
    lb: usize,
    args: Vec<Expr>,
    rb: usize,
    elem: Option<Expr>,
) -> (Option<Ident>, Expr) {
    match elem {
        None => {
            let span = name.span.to(Span::new(rb, rb));
            let x = ctx.ident_expr(name);
            (
                None,
                ctx.expr_span(span, ExprKind::Index(Box::new(x), args)),
            )
        }
        Some(elem) => {
            let span = Span::new(lb, elem.span.end as usize);
            let mut args = args;
            if args.len() != 1 {
                ctx.error(
                    Span::new(lb, lb + 1),
                    "syntax error: unexpected comma; expected ]",
                );
            }
            let len = args.drain(..).next().map(Box::new);
            (
                Some(name),
                ctx.expr_span(
                    span,
                    ExprKind::ArrayType {
                        len,
                        elem: Box::new(elem),
                    },
                ),
            )
        }
    }
}

/// The value of an import path literal (interpreted or raw string).
pub fn unquote_path(raw: &str) -> String {
    let inner = raw
        .strip_prefix(['"', '`'])
        .and_then(|s| s.strip_suffix(['"', '`']))
        .unwrap_or(raw);
    if raw.starts_with('`') || !inner.contains('\\') {
        return inner.to_string();
    }
    // Import paths with escapes are unusual; decode the simple ones.
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(c) => out.push(c),
            None => {}
        }
    }
    out
}

/// Sets `iota` on each spec of a `const`/`var` group.
pub fn number_specs(specs: &mut [Spec]) {
    for (i, s) in specs.iter_mut().enumerate() {
        if let Spec::Value(v) = s {
            v.iota = i as u32;
        }
    }
}

/// The `switch` header's second simple statement: a tag expression, or a
/// type switch guard `x.(type)` / `v := x.(type)`.
pub enum SwitchTag {
    None,
    Expr(Expr),
    TypeSwitch(Option<Ident>, Expr),
}

pub fn switch_tag(ctx: &Ctx<'_>, s: Option<Stmt>) -> SwitchTag {
    let Some(s) = s else {
        return SwitchTag::None;
    };
    match s.kind {
        StmtKind::Expr(e) => {
            if matches!(e.kind, ExprKind::TypeAssert(_, None)) {
                SwitchTag::TypeSwitch(None, e)
            } else {
                SwitchTag::Expr(e)
            }
        }
        StmtKind::Assign {
            mut lhs,
            op: AssignOp::Define,
            mut rhs,
        } if lhs.len() == 1
            && rhs.len() == 1
            && matches!(lhs[0].kind, ExprKind::Ident(_))
            && matches!(rhs[0].kind, ExprKind::TypeAssert(_, None)) =>
        {
            let (Some(l), Some(r)) = (lhs.pop(), rhs.pop()) else {
                return SwitchTag::None;
            };
            let name = match l.kind {
                ExprKind::Ident(n) => n,
                _ => String::new(),
            };
            SwitchTag::TypeSwitch(Some(Ident { name, span: l.span }), r)
        }
        _ => {
            let (at, msg) = ctx.cannot_use_as_value(&s);
            ctx.error(Span::new(at, at + 1), msg);
            SwitchTag::None
        }
    }
}

/// Builds `if` with a bounded `else if` chain (each link nests one level).
pub fn chain_len(mut s: &Stmt) -> u32 {
    let mut n = 0;
    loop {
        match &s.kind {
            StmtKind::If { els: Some(e), .. } | StmtKind::Labeled(_, e) => {
                n += 1;
                if n > MAX_DEPTH {
                    return n;
                }
                s = e;
            }
            _ => return n,
        }
    }
}

pub fn st(l: usize, kind: StmtKind, r: usize) -> Stmt {
    Stmt {
        span: Span::new(l, r),
        kind,
    }
}

/// A parenthesized `var`/`const` group; each spec learns its `iota`.
pub fn gen_group(kind: GenKind, specs: Vec<ValueSpec>, l: usize, r: usize) -> GenDecl {
    let mut specs: Vec<Spec> = specs.into_iter().map(Spec::Value).collect();
    number_specs(&mut specs);
    GenDecl {
        kind,
        specs,
        span: Span::new(l, r),
    }
}

/// An embedded struct field.
pub fn embedded(_ctx: &Ctx<'_>, ty: Expr, tag: Option<String>, r: usize) -> Field {
    Field {
        names: vec![],
        span: Span::new(ty.span.start as usize, r),
        ty,
        tag,
    }
}

/// An embedded field written `(T)`, `(*T)` or (with the `*` at `star`)
/// `*(T)`, the `(` at `lparen`: Go's error, then the field it stands for.
pub fn paren_embedded(
    ctx: &Ctx<'_>,
    star: Option<usize>,
    lparen: usize,
    ty: Expr,
    tag: Option<String>,
    r: usize,
) -> Field {
    ctx.error(
        Span::new(lparen, lparen + 1),
        "syntax error: cannot parenthesize embedded type",
    );
    let ty = match star {
        Some(l) => {
            let end = ty.span.end as usize;
            ctx.expr(l, ExprKind::Star(Box::new(ty)), end)
        }
        None => ty,
    };
    embedded(ctx, ty, tag, r)
}

/// `x[lo:hi:max]` (`span`), with the colon before `max` at `colon` and the
/// closing bracket at `rbrack`: a missing `hi` or `max` is an error Go's
/// parser reports and carries on from.
#[allow(clippy::too_many_arguments)]
pub fn full_slice(
    ctx: &Ctx<'_>,
    span: Span,
    x: Expr,
    lo: Option<Expr>,
    hi: Option<Expr>,
    colon: usize,
    max: Option<Expr>,
    rbrack: usize,
) -> Expr {
    let mut soft = ctx.soft_errors.borrow_mut();
    if hi.is_none() {
        soft.push(SyntaxError {
            message: "middle index required in 3-index slice".into(),
            span: Span::new(colon, colon + 1),
        });
    }
    if max.is_none() {
        soft.push(SyntaxError {
            message: "final index required in 3-index slice".into(),
            span: Span::new(rbrack, rbrack + 1),
        });
    }
    drop(soft);
    ctx.expr_span(
        span,
        ExprKind::Slice {
            x: Box::new(x),
            lo: lo.map(Box::new),
            hi: hi.map(Box::new),
            max: max.map(Box::new),
            full: true,
        },
    )
}

pub fn call(ctx: &Ctx<'_>, fun: Expr, (args, ellipsis): (Vec<Expr>, bool), r: usize) -> Expr {
    let span = Span::new(fun.span.start as usize, r);
    ctx.expr_span(
        span,
        ExprKind::Call {
            fun: Box::new(fun),
            args,
            ellipsis,
        },
    )
}

pub fn composite(ctx: &Ctx<'_>, ty: Option<Expr>, (elts, braces): (Vec<Element>, Span)) -> Expr {
    if let Some(t) = &ty
        && let ExprKind::Paren(_) = t.kind
    {
        let mut inner = t;
        while let ExprKind::Paren(x) = &inner.kind {
            inner = x;
        }
        // What Go's parser takes for a literal's type; after anything else
        // the `{` ends the statement.
        let msg = match inner.kind {
            ExprKind::Ident(_)
            | ExprKind::Selector(..)
            | ExprKind::Index(..)
            | ExprKind::ArrayType { .. }
            | ExprKind::SliceType(_)
            | ExprKind::MapType(..)
            | ExprKind::StructType(_) => {
                "syntax error: cannot parenthesize type in composite literal"
            }
            _ => "syntax error: unexpected { at end of statement",
        };
        ctx.error(braces, msg);
    }
    let span = match &ty {
        Some(t) => t.span.to(braces),
        None => braces,
    };
    ctx.expr_span(
        span,
        ExprKind::CompositeLit {
            ty: ty.map(Box::new),
            elts,
        },
    )
}

pub fn labeled(ctx: &Ctx<'_>, l: usize, name: Ident, s: Stmt, r: usize) -> Stmt {
    let s = bound_chain(ctx, s);
    st(l, StmtKind::Labeled(name, Box::new(s)), r)
}

/// Cuts an `else if` or label chain that nests deeper than [`MAX_DEPTH`].
fn bound_chain(ctx: &Ctx<'_>, s: Stmt) -> Stmt {
    if chain_len(&s) < MAX_DEPTH {
        return s;
    }
    if !ctx.too_deep.replace(true) {
        ctx.error(s.span, "exceeded max nesting depth");
    }
    Stmt {
        span: s.span,
        kind: StmtKind::Empty,
    }
}

/// An `if` header as parsed, before its condition is checked.
pub enum IfHeader {
    /// `if {`
    Empty,
    /// `if init; {` (the `;`'s offset: an explicit one or a line end)
    NoCond(Option<Box<Stmt>>, usize),
    /// `if [init;] cond {`, the condition still a statement
    Cond(Option<Box<Stmt>>, Box<Stmt>),
}

pub fn if_stmt(
    ctx: &Ctx<'_>,
    l: usize,
    header: IfHeader,
    then: Block,
    els: Option<Stmt>,
    r: usize,
) -> Stmt {
    // Go's parser reports a header without a condition and goes on.
    let missing = |at: usize| {
        let semi = ctx.src.as_bytes().get(at) == Some(&b';');
        let msg = if at == then.span.start as usize || semi {
            "syntax error: missing condition in if statement"
        } else {
            "syntax error: unexpected newline, expected { after if clause"
        };
        ctx.error(Span::new(at, at + 1), msg);
        ctx.expr(at, ExprKind::Ident("_".into()), at)
    };
    let (init, cond) = match header {
        IfHeader::Empty => (None, missing(then.span.start as usize)),
        IfHeader::NoCond(init, semi) => (init, missing(semi)),
        IfHeader::Cond(init, s) => (init, ctx.header_cond(*s)),
    };
    let els = els.map(|e| Box::new(bound_chain(ctx, e)));
    st(
        l,
        StmtKind::If {
            init,
            cond,
            then,
            els,
        },
        r,
    )
}

pub fn switch_stmt(
    ctx: &Ctx<'_>,
    l: usize,
    (init, tag): (Option<Stmt>, Option<Stmt>),
    cases: Vec<CaseClause>,
    r: usize,
) -> Stmt {
    ctx.clause_ends(cases.iter().map(|c| (c.span, c.body.last())));
    let init = init.map(Box::new);
    let kind = match switch_tag(ctx, tag) {
        SwitchTag::None => StmtKind::Switch {
            init,
            tag: None,
            cases,
        },
        SwitchTag::Expr(e) => StmtKind::Switch {
            init,
            tag: Some(e),
            cases,
        },
        SwitchTag::TypeSwitch(bind, guard) => {
            let x = match guard.kind {
                ExprKind::TypeAssert(x, None) => *x,
                other => Expr {
                    kind: other,
                    ..guard
                },
            };
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                cases,
            }
        }
    };
    st(l, kind, r)
}

pub fn range_stmt(
    l: usize,
    lhs: Option<Vec<Expr>>,
    define: bool,
    x: Expr,
    body: Block,
    r: usize,
) -> Stmt {
    let mut lhs = lhs.unwrap_or_default().into_iter();
    let key = lhs.next();
    let value = lhs.next();
    let extra = lhs.next().map(|e| e.span);
    st(
        l,
        StmtKind::Range {
            key,
            value,
            extra,
            define,
            x,
            body,
        },
        r,
    )
}

impl Ctx<'_> {
    /// Records an error the grammar recovered from (`!` productions); it
    /// is worded later, when the token stream is at hand.
    pub fn recovered(
        &self,
        e: lalrpop_util::ErrorRecovery<usize, crate::lexer::Tok<'_>, SyntaxError>,
    ) {
        let raw = crate::errors::RawError::new(e.error);
        self.raw_errors.borrow_mut().push(raw);
    }
}

/// Renumbers every expression of the file in post-order (children before
/// parents, left to right: the order a bottom-up parser creates them), so
/// that ids are dense even where the parser discarded or deferred a node
/// (a type switch guard, a parameter name that turned out to be a type).
/// Returns the node count.
pub fn renumber(file: &mut File) -> u32 {
    relocate_file(file, 0, 0)
}

/// Renumbers every expression of the file from `first` (see [`renumber`])
/// and moves every span `shift` bytes later, so that the file's ids and
/// spans follow another file's. Returns one past the last id.
pub fn relocate_file(file: &mut File, shift: u32, first: NodeId) -> NodeId {
    let mut n = Relocate { next: first, shift };
    for d in &mut file.decls {
        match d {
            Decl::Func(f) => n.func_decl(f),
            Decl::Gen(g) => n.gen_decl(g),
        }
    }
    n.next
}

/// A copy of the function declaration `fd` whose spans are `shift` bytes
/// later and whose expressions are numbered from `first`: an instance of a
/// generic function or method, which the type checker keys apart from the
/// declaration it copies. Returns the copy and one past its last node id.
pub fn relocated(fd: &FuncDecl, shift: u32, first: NodeId) -> (FuncDecl, NodeId) {
    let mut copy = fd.clone();
    let mut n = Relocate { next: first, shift };
    n.func_decl(&mut copy);
    (copy, n.next)
}

/// Numbers expressions from `next` in post-order and moves every span by
/// `shift` bytes.
struct Relocate {
    next: NodeId,
    shift: u32,
}

impl Relocate {
    fn span(&self, s: &mut Span) {
        s.start += self.shift;
        s.end += self.shift;
    }

    fn ident(&self, i: &mut Ident) {
        self.span(&mut i.span);
    }

    fn func_decl(&mut self, f: &mut FuncDecl) {
        if let Some(r) = &mut f.recv {
            self.fields(r);
        }
        self.ident(&mut f.name);
        self.fields(&mut f.type_params);
        self.sig(&mut f.sig);
        if let Some(b) = &mut f.body {
            self.block(b);
        }
        self.span(&mut f.span);
    }

    fn expr(&mut self, e: &mut Expr) {
        use ExprKind::*;
        match &mut e.kind {
            Ident(_) | BasicLit { .. } => {}
            CompositeLit { ty, elts } => {
                if let Some(t) = ty {
                    self.expr(t);
                }
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
                ys.iter_mut().for_each(|y| self.expr(y));
            }
            Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                for y in [lo, hi, max].into_iter().flatten() {
                    self.expr(y);
                }
            }
            TypeAssert(x, t) => {
                self.expr(x);
                if let Some(t) = t {
                    self.expr(t);
                }
            }
            Call { fun, args, .. } => {
                self.expr(fun);
                args.iter_mut().for_each(|y| self.expr(y));
            }
            Binary(_, x, y) | MapType(x, y) => {
                self.expr(x);
                self.expr(y);
            }
            ArrayType { len, elem } => {
                if let Some(l) = len {
                    self.expr(l);
                }
                self.expr(elem);
            }
            StructType(fs) | InterfaceType(fs) => self.fields(fs),
        }
        e.id = self.next;
        self.next += 1;
        self.span(&mut e.span);
    }

    fn exprs(&mut self, es: &mut [Expr]) {
        es.iter_mut().for_each(|e| self.expr(e));
    }

    fn fields(&mut self, fs: &mut [Field]) {
        for f in fs {
            f.names.iter_mut().for_each(|n| self.ident(n));
            self.expr(&mut f.ty);
            self.span(&mut f.span);
        }
    }

    fn sig(&mut self, s: &mut FuncType) {
        self.fields(&mut s.params);
        self.fields(&mut s.results);
        self.span(&mut s.span);
    }

    fn gen_decl(&mut self, g: &mut GenDecl) {
        for s in &mut g.specs {
            match s {
                Spec::Value(v) => {
                    v.names.iter_mut().for_each(|n| self.ident(n));
                    if let Some(t) = &mut v.ty {
                        self.expr(t);
                    }
                    self.exprs(&mut v.values);
                    self.span(&mut v.span);
                }
                Spec::Type(t) => {
                    self.ident(&mut t.name);
                    self.fields(&mut t.type_params);
                    self.expr(&mut t.ty);
                    self.span(&mut t.span);
                }
            }
        }
        self.span(&mut g.span);
    }

    fn block(&mut self, b: &mut Block) {
        self.stmts(&mut b.stmts);
        self.span(&mut b.span);
    }

    fn stmts(&mut self, ss: &mut [Stmt]) {
        ss.iter_mut().for_each(|s| self.stmt(s));
    }

    fn opt_stmt(&mut self, s: &mut Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
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
                    self.span(&mut c.span);
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
                extra,
                x,
                body,
                ..
            } => {
                for e in [key, value].into_iter().flatten() {
                    self.expr(e);
                }
                if let Some(sp) = extra {
                    self.span(sp);
                }
                self.expr(x);
                self.block(body);
            }
        }
        self.span(&mut s.span);
    }

    fn cases(&mut self, cs: &mut [CaseClause]) {
        for c in cs {
            self.exprs(&mut c.exprs);
            self.stmts(&mut c.body);
            self.span(&mut c.span);
        }
    }
}

/// The operand of `go`/`defer`, which Go does not allow in parentheses:
/// an error Go's parser reports and carries on from, without them (the
/// checker then checks what they enclose).
pub fn call_stmt(ctx: &Ctx<'_>, what: &str, x: Expr) -> Expr {
    match x.kind {
        ExprKind::Paren(inner) => {
            ctx.soft_errors.borrow_mut().push(SyntaxError {
                message: format!("expression in {what} must not be parenthesized"),
                span: x.span,
            });
            *inner
        }
        _ => x,
    }
}

impl Ctx<'_> {
    /// Where the token after offset `end` starts, for an error Go's parser
    /// reports at it: past blanks and comments on the line, and at the
    /// line's end after a line comment (the newline is the token).
    fn token_after(&self, end: usize) -> usize {
        let mut rest = self.src[end..].trim_start_matches([' ', '\t', '\r']);
        while let Some(comment) = rest.strip_prefix("/*")
            && let Some(close) = comment.find("*/")
            && !comment[..close].contains('\n')
        {
            rest = comment[close + 2..].trim_start_matches([' ', '\t', '\r']);
        }
        let at = self.src.len() - rest.len();
        match rest.starts_with("//") {
            true => at + rest.find('\n').unwrap_or(rest.len()),
            false => at,
        }
    }

    /// `<-<-chan E`, or `<-chan<-E` whose `E` is no channel type, in an
    /// expression: Go's parser takes the first `<-` as a receive until it
    /// has read the channel type, then reports `found` where the
    /// expression ends, as it does for the same type in a declaration.
    pub fn misplaced_arrow(&self, l: usize, found: &str, elem: Expr, r: usize) -> Expr {
        let at = self.token_after(r);
        self.error(
            Span::new(at, at + 1),
            format!("syntax error: unexpected {found}, expected chan"),
        );
        self.expr(l, ExprKind::ChanType(ChanDir::Recv, Box::new(elem)), r)
    }

    /// A var spec needs a type or values: the grammar lets `var x` through,
    /// Go's parser wants the type after the names.
    pub fn var_spec(&self, s: &ValueSpec) {
        if s.ty.is_some() || !s.values.is_empty() {
            return;
        }
        let end = s.names.last().map_or(s.span.end, |n| n.span.end) as usize;
        let at = self.token_after(end);
        let found = match self.src.as_bytes().get(at) {
            Some(b';') => "semicolon",
            Some(b')') => ")",
            _ => "newline",
        };
        self.error(
            Span::new(at, at + 1),
            format!("syntax error: unexpected {found}, expected type"),
        );
    }

    /// The condition of an `if` or `for` header: an expression statement's
    /// expression; any other statement is Go's `cannot use ... as value`.
    pub fn header_cond(&self, s: Stmt) -> Expr {
        match s.kind {
            StmtKind::Expr(e) => e,
            _ => {
                let (at, msg) = self.cannot_use_as_value(&s);
                self.error(Span::new(at, at + 1), msg);
                self.expr_span(s.span, ExprKind::Ident("_".into()))
            }
        }
    }

    /// Go's message for a simple statement used where a header expression
    /// belongs (`switch x = 5 {`), and the position of its operator.
    pub fn cannot_use_as_value(&self, s: &Stmt) -> (usize, String) {
        let text = |sp: Span| self.src.get(sp.range()).unwrap_or("");
        let (lhs, op, rhs) = match &s.kind {
            StmtKind::Assign { lhs, op, rhs } => (lhs, op, rhs),
            _ => {
                let at = s.span.start as usize;
                return (
                    at,
                    format!("syntax error: cannot use {} as value", text(s.span)),
                );
            }
        };
        let (Some(l_end), Some(r_start)) = (lhs.last(), rhs.first()) else {
            let at = s.span.start as usize;
            return (
                at,
                format!("syntax error: cannot use {} as value", text(s.span)),
            );
        };
        let gap = Span::new(l_end.span.end as usize, r_start.span.start as usize);
        let at = gap.start as usize + (text(gap).len() - text(gap).trim_start().len());
        if *op != AssignOp::Assign {
            return (
                at,
                format!("syntax error: cannot use {} as value", text(s.span)),
            );
        }
        // Go emphasizes binary operands of a mistaken `=` with parentheses.
        let side = |es: &[Expr]| {
            es.iter()
                .map(|e| match e.kind {
                    ExprKind::Binary(..) => format!("({})", text(e.span)),
                    _ => text(e.span).to_string(),
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        (
            at,
            format!(
                "syntax error: cannot use assignment {} = {} as value",
                side(lhs),
                side(rhs)
            ),
        )
    }
}

impl Ctx<'_> {
    /// Go's `;` after a clause's last statement, optional only before the
    /// `}`: before the next `case` or `default` its absence is an error (a
    /// label there has no statement). `clauses` gives each clause's span and
    /// last statement.
    pub fn clause_ends<'x>(&self, clauses: impl Iterator<Item = (Span, Option<&'x Stmt>)>) {
        for (span, last) in clauses {
            // An empty statement here stands for one recovered from, after
            // which Go skips to the next clause anyway.
            let unterminated =
                |s: &&Stmt| s.span.end == span.end && !matches!(s.kind, StmtKind::Empty);
            let Some(last) = last.filter(unterminated) else {
                continue;
            };
            let end = span.end as usize;
            let next = next_significant(self.src, end);
            if self.src.as_bytes().get(next) == Some(&b'}') {
                continue;
            }
            if let StmtKind::Labeled(_, inner) = &last.kind
                && matches!(inner.kind, StmtKind::Empty)
            {
                let colon = end.saturating_sub(1);
                self.error(
                    Span::new(colon, colon + 1),
                    "syntax error: missing statement after label",
                );
            } else {
                let kw = if self.src[next..].starts_with("case") {
                    "case"
                } else {
                    "default"
                };
                self.error(
                    Span::new(next, next + kw.len()),
                    format!("syntax error: unexpected {kw} at end of statement"),
                );
            }
        }
    }
}

/// The offset of the first byte at or after `at` that is not blank or in
/// a comment (the source's length if there is none).
fn next_significant(src: &str, mut at: usize) -> usize {
    let b = src.as_bytes();
    loop {
        let skip = match b.get(at) {
            Some(b' ' | b'\t' | b'\r' | b'\n') => Some(1),
            Some(b'/') if b.get(at + 1) == Some(&b'/') => {
                Some(src[at..].find('\n').unwrap_or(src.len() - at))
            }
            Some(b'/') if b.get(at + 1) == Some(&b'*') => {
                Some(src[at + 2..].find("*/").map_or(src.len() - at, |i| i + 4))
            }
            _ => None,
        };
        match skip {
            Some(n) => at += n,
            None => return at.min(src.len()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every expression's span lies within its parent's and is non-empty.
    fn check(e: &Expr, outer: Span, src: &str) {
        assert!(
            e.span.start < e.span.end && outer.start <= e.span.start && e.span.end <= outer.end,
            "bad span {:?} ({:?}) in {:?} ({:?})",
            e.span,
            src.get(e.span.range()),
            outer,
            src.get(outer.range())
        );
        for_each_child(&e.kind, &mut |c| check(c, e.span, src));
        if let ExprKind::FuncLit { body, .. } = &e.kind {
            assert!(e.span.start <= body.span.start && body.span.end == e.span.end);
            block(body, src);
        }
    }

    fn block(b: &Block, src: &str) {
        assert_eq!(&src[b.span.start as usize..][..1], "{");
        assert_eq!(&src[..b.span.end as usize][b.span.end as usize - 1..], "}");
        for s in &b.stmts {
            stmt(s, b.span, src);
        }
    }

    fn stmt(s: &Stmt, outer: Span, src: &str) {
        assert!(
            outer.start <= s.span.start && s.span.end <= outer.end,
            "bad stmt span {:?} in {:?}",
            src.get(s.span.range()),
            src.get(outer.range())
        );
        let e = |x: &Expr| check(x, s.span, src);
        let o = |x: &Option<Box<Stmt>>| {
            if let Some(x) = x {
                stmt(x, s.span, src)
            }
        };
        match &s.kind {
            StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) | StmtKind::IncDec(x, _) => {
                e(x)
            }
            StmtKind::Send(x, y) => {
                e(x);
                e(y)
            }
            StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(e),
            StmtKind::Return(xs) => xs.iter().for_each(e),
            StmtKind::Labeled(_, x) => stmt(x, s.span, src),
            StmtKind::Block(b) => block(b, src),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                o(init);
                e(cond);
                block(then, src);
                o(els);
            }
            StmtKind::Switch { init, tag, cases } => {
                o(init);
                tag.iter().for_each(e);
                for c in cases {
                    c.exprs.iter().for_each(e);
                    c.body.iter().for_each(|b| stmt(b, c.span, src));
                }
            }
            StmtKind::TypeSwitch { init, x, cases, .. } => {
                o(init);
                e(x);
                for c in cases {
                    c.exprs.iter().for_each(e);
                    c.body.iter().for_each(|b| stmt(b, c.span, src));
                }
            }
            StmtKind::Select(cs) => {
                for c in cs {
                    o(&c.comm);
                    c.body.iter().for_each(|b| stmt(b, c.span, src));
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                o(init);
                cond.iter().for_each(e);
                o(post);
                block(body, src);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                key.iter().chain(value).for_each(e);
                e(x);
                block(body, src);
            }
            _ => {}
        }
    }

    fn check_file(src: &str) {
        let f = crate::parse_file(src).expect("parses");
        let all = Span::new(0, src.len());
        // Renumbering visits every expression; reuse its traversal order by
        // collecting top-level expressions through a fresh walk.
        let mut exprs: Vec<&Expr> = Vec::new();
        for d in &f.decls {
            match d {
                Decl::Func(fd) => {
                    for fl in fd.recv.iter().flatten().chain(&fd.type_params) {
                        exprs.push(&fl.ty);
                    }
                    for fl in fd.sig.params.iter().chain(&fd.sig.results) {
                        exprs.push(&fl.ty);
                    }
                    assert_eq!(&src[fd.span.start as usize..][..4], "func");
                    if let Some(b) = &fd.body {
                        block(b, src);
                    }
                }
                Decl::Gen(g) => {
                    for s in &g.specs {
                        match s {
                            Spec::Value(v) => exprs.extend(v.ty.iter().chain(&v.values)),
                            Spec::Type(t) => exprs.push(&t.ty),
                        }
                    }
                }
            }
        }
        for e in exprs {
            check(e, all, src);
        }
    }

    #[test]
    fn spans_nest() {
        check_file(
            "package p\nvar a, b = f(x)[1:2].y, []int{1, 2}\nvar c = map[K]V{k: {1}}\n\
             type T struct{ a [2]int `t`; *U }\nvar d = func(x ...int) (r int) { return }\n\
             var e = <-ch + *p - -x\nvar g = x.(T)\nvar h = (a + b) * c\nvar i = struct{ I }.M\n\
             func (r *R[T]) M(a, b int, c ...string) (int, error)\n\
             type I interface { M(); ~int | string }\nvar j = []func() int{}\n",
        );
    }

    #[test]
    #[ignore]
    fn spans_nest_stdlib() {
        let files = crate::files::go_files(std::path::Path::new("/usr/share/go-1.23/src"));
        for p in files {
            if let Ok(src) = std::fs::read_to_string(&p) {
                check_file(&src);
            }
        }
    }
}

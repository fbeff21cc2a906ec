//! The abstract syntax tree of a Go source file.
//!
//! Every node carries a byte [`Span`] into the source so later stages can
//! point diagnostics at it. Types are expressions (`ExprKind::ArrayType`, ...)
//! because Go's grammar cannot tell `f(T)` from `f(x)` or `[]int{}` from
//! `a[i]` with one token of lookahead; the type checker decides what each
//! node is. Every expression has a [`NodeId`], unique within its file, that
//! the checker uses to key what it learns about the node.

/// A half-open byte range `start..end` in the source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    /// The smallest span that covers both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Identifies an expression node within one file.
pub type NodeId = u32;

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
    /// One past the largest `NodeId` in the file.
    pub node_count: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportSpec {
    /// `import name "path"`, `import . "path"`, `import _ "path"`.
    pub name: Option<Ident>,
    /// The unquoted import path.
    pub path: String,
    pub path_span: Span,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    Func(FuncDecl),
    Gen(GenDecl),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    pub recv: Option<Vec<Field>>,
    pub name: Ident,
    pub type_params: Vec<Field>,
    pub sig: FuncType,
    /// `None` for a declaration without body (implemented elsewhere).
    pub body: Option<Block>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GenDecl {
    pub kind: GenKind,
    pub specs: Vec<Spec>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Const,
    Var,
    Type,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Spec {
    Value(ValueSpec),
    Type(TypeSpec),
}

/// One line of a `var` or `const` declaration.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// In a const group, a spec without values repeats the previous spec's
    /// type and values; the parser leaves them empty and the checker does the
    /// repeating.
    pub values: Vec<Expr>,
    /// The spec's index in its group: the value of `iota`.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    pub type_params: Vec<Field>,
    /// `type A = B`.
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

/// A parameter, result, struct field or interface element group:
/// `a, b int`, `int`, `x ...string`, `T "tag"`.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub names: Vec<Ident>,
    /// For a variadic parameter, an `ExprKind::Ellipsis` around the element type.
    pub ty: Expr,
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

impl Expr {
    /// The blank identifier `_`, maybe parenthesized (`(_) = x`).
    pub fn is_blank(&self) -> bool {
        match &self.kind {
            ExprKind::Ident(n) => n == "_",
            ExprKind::Paren(x) => x.is_blank(),
            _ => false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `~T` in a constraint.
    Tilde,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinaryOp {
    /// The operator as Go writes it.
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LAnd => "&&",
            LOr => "||",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
        }
    }
    pub fn is_comparison(self) -> bool {
        use BinaryOp::*;
        matches!(self, Eq | Ne | Lt | Le | Gt | Ge)
    }
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        use UnaryOp::*;
        match self {
            Pos => "+",
            Neg => "-",
            Not => "!",
            Xor => "^",
            Addr => "&",
            Recv => "<-",
            Tilde => "~",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Ident(String),
    /// A literal as written in the source (`raw`); the checker evaluates it.
    BasicLit {
        kind: LitKind,
        raw: String,
    },
    /// `T{...}`; `ty` is `None` for an elided type inside another literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Element>,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    /// `x.sel`
    Selector(Box<Expr>, Ident),
    /// `x[i]`, or an instantiation `f[T1, T2]`.
    Index(Box<Expr>, Vec<Expr>),
    /// `x[lo:hi]`, `x[lo:hi:max]`; `full` for the three-index form, whose
    /// `hi` and `max` are `None` only after the parser reported them
    /// missing.
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        full: bool,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        /// `f(xs...)`
        ellipsis: bool,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `[N]T`; `len` is `None` for `[...]T`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    SliceType(Box<Expr>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    FuncType(FuncType),
    StructType(Vec<Field>),
    /// Methods are fields with one name and a `FuncType`; embedded
    /// interfaces and type-set terms are fields without names.
    InterfaceType(Vec<Field>),
    /// `...T` in a variadic parameter list.
    Ellipsis(Box<Expr>),
}

/// An element of a composite literal: `v` or `k: v`.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// From `{` to `}` inclusive.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

impl Stmt {
    /// For a `fallthrough` statement, maybe labeled (`l: fallthrough`), the
    /// labels on it, outermost first; `None` for any other statement.
    pub fn fallthrough_labels(&self) -> Option<Vec<&Ident>> {
        match &self.kind {
            StmtKind::Fallthrough => Some(Vec::new()),
            StmtKind::Labeled(l, inner) => {
                let mut labels = inner.fallthrough_labels()?;
                labels.insert(0, l);
                Some(labels)
            }
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `+=`, `<<=`, ...
    Op(BinaryOp),
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Empty,
    Decl(GenDecl),
    Labeled(Ident, Box<Stmt>),
    Expr(Expr),
    Send(Expr, Expr),
    IncDec(Expr, bool),
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// Either an `If` statement or a `Block` statement.
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        cases: Vec<CaseClause>,
    },
    /// `switch [init;] [bind :=] x.(type) { ... }`
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        cases: Vec<CaseClause>,
    },
    Select(Vec<CommClause>),
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for [k [, v] (=|:=)] range x { ... }`
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        /// Where a third iteration variable is written, which Go's checker
        /// (not its parser) refuses; any after it go unnoticed.
        extra: Option<Span>,
        define: bool,
        x: Expr,
        body: Block,
    },
}

/// `case a, b:` or `default:` (empty `exprs` and `default` set).
#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    pub exprs: Vec<Expr>,
    pub default: bool,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// A `select` case; `comm` is a send, a receive statement, or `None` for `default`.
#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

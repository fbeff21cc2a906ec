//! Where a `goto` may jump, as Go's compiler checks it (its `syntax`
//! package's branch check): never into a block, and never forward over a
//! variable declaration of the block it lands in. Labels that are not
//! defined, or not used, are reported with the other statement checks.

use std::collections::HashMap;

use grammar::ast::{self, AssignOp, GenKind, Spec, Stmt, StmtKind};

use super::check::Checker;
use crate::diag::pos;

/// A block of the function: where it starts, and the block around it.
struct Block {
    parent: Option<usize>,
    start: u32,
}

/// The function's blocks and labels met so far.
#[derive(Default)]
struct Scope<'a> {
    blocks: Vec<Block>,
    labels: HashMap<&'a str, usize>,
}

impl Scope<'_> {
    /// Whether block `inner` is `outer` or inside it.
    fn within(&self, inner: usize, outer: usize) -> bool {
        let mut b = Some(inner);
        while let Some(i) = b {
            if i == outer {
                return true;
            }
            b = self.blocks[i].parent;
        }
        false
    }
}

impl<'a> Checker<'a> {
    /// Reports the `goto`s of a function body that jump into a block or
    /// over a variable declaration.
    pub(super) fn check_gotos(&mut self, body: &'a ast::Block) {
        let mut scope = Scope::default();
        let unresolved = self.block_gotos(&mut scope, None, body.span.start, &body.stmts);
        for g in unresolved {
            if let Some(&b) = scope.labels.get(g.name.as_str()) {
                let start = pos(scope.blocks[b].start);
                self.error(
                    g.span,
                    format!("goto {} jumps into block starting at {start}", g.name),
                );
            }
        }
    }

    /// Checks the statements of one block (starting at `start`), returning
    /// the forward `goto`s it leaves unresolved.
    fn block_gotos(
        &mut self,
        scope: &mut Scope<'a>,
        parent: Option<usize>,
        start: u32,
        stmts: &'a [Stmt],
    ) -> Vec<&'a ast::Ident> {
        scope.blocks.push(Block { parent, start });
        let b = scope.blocks.len() - 1;
        let mut forward: Vec<&'a ast::Ident> = Vec::new();
        // The last variable declared, and the forward gotos before it: they
        // jump over it if their label is in this block.
        let mut decl: Option<(u32, String)> = None;
        let mut before_decl: Vec<u32> = Vec::new();
        for stmt in stmts {
            let mut s = stmt;
            while let StmtKind::Labeled(l, inner) = &s.kind {
                if l.name != "_" {
                    scope.labels.entry(l.name.as_str()).or_insert(b);
                    let (here, rest): (Vec<_>, Vec<_>) =
                        forward.into_iter().partition(|g| g.name == l.name);
                    forward = rest;
                    for g in here {
                        if let Some((at, name)) = &decl
                            && before_decl.contains(&g.span.start)
                        {
                            let at = pos(*at);
                            self.error(
                                g.span,
                                format!("goto {} jumps over declaration of {name} at {at}", g.name),
                            );
                        }
                    }
                }
                s = inner;
            }
            let mut inner = |this: &mut Self, start: u32, stmts: &'a [Stmt]| {
                let left = this.block_gotos(scope, Some(b), start, stmts);
                forward.extend(left);
            };
            match &s.kind {
                StmtKind::Decl(gd) if gd.kind == GenKind::Var => {
                    if let Some(Spec::Value(vs)) = gd.specs.first()
                        && let Some(n) = vs.names.first()
                    {
                        decl = Some((n.span.start, n.name.clone()));
                        before_decl = forward.iter().map(|g| g.span.start).collect();
                    }
                }
                StmtKind::Assign {
                    lhs,
                    op: AssignOp::Define,
                    ..
                } => {
                    let names: Vec<&str> = lhs.iter().map(|e| self.text(e.span)).collect();
                    let after = lhs.last().map_or(s.span.start, |e| e.span.end);
                    let (_, rest) = self.src_from(after);
                    let op = after + rest.find(":=").unwrap_or(0) as u32;
                    decl = Some((op, names.join(", ")));
                    before_decl = forward.iter().map(|g| g.span.start).collect();
                }
                StmtKind::Goto(l) => match scope.labels.get(l.name.as_str()) {
                    Some(&lb) if scope.within(b, lb) => {}
                    _ => forward.push(l),
                },
                StmtKind::Block(blk) => inner(self, blk.span.start, &blk.stmts),
                StmtKind::If { then, els, .. } => {
                    inner(self, then.span.start, &then.stmts);
                    if let Some(e) = els {
                        inner(self, e.span.start, std::slice::from_ref(e.as_ref()));
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    inner(self, body.span.start, &body.stmts)
                }
                StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
                    for c in cases {
                        inner(self, c.span.start, &c.body);
                    }
                }
                StmtKind::Select(cases) => {
                    for c in cases {
                        inner(self, c.span.start, &c.body);
                    }
                }
                _ => {}
            }
        }
        forward
    }
}

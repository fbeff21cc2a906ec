//! Checking statements: declarations, assignments, control flow, defer,
//! return, and the terminating-statement rule behind `missing return`.

use std::collections::HashMap;

use grammar::ast::{self, AssignOp, Expr, ExprKind, Stmt, StmtKind};

use super::check::Breakable;
use super::check::Checker;
use super::{Builtin, Const, Mode, ObjKind, Type, TypeId, ids};

/// Go's error at a `range` clause's third iteration variable.
pub(super) const TOO_MANY_RANGE_VARS: &str = "range clause permits at most two iteration variables";

impl<'a> Checker<'a> {
    pub fn stmts(&mut self, stmts: &'a [Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    pub(super) fn block(&mut self, stmts: &'a [Stmt]) {
        self.scopes.push(HashMap::new());
        self.stmts(stmts);
        self.scopes.pop();
    }

    pub(super) fn cur_func(&self) -> u32 {
        self.funcs
            .last()
            .expect("statements are inside a function")
            .idx
    }

    fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(gd) => self.collect_gen(gd, false),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::IncDec(x, inc) => {
                let op = self.raw_expr(x, true);
                if op.is_invalid() {
                    return;
                }
                if !self.info.types.is_numeric(op.ty) {
                    let o = if *inc { "++" } else { "--" };
                    self.error(
                        s.span,
                        format!(
                            "invalid operation: {}{o} (non-numeric type {})",
                            self.expr_string(x.span),
                            self.info.types.name(op.ty)
                        ),
                    );
                    return;
                }
                self.check_assignable(x, &op);
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign(s, lhs, *op, rhs),
            StmtKind::Go(call) => self.go_defer(call, "go"),
            StmtKind::Send(ch, v) => self.send(s, ch, v),
            StmtKind::Defer(call) => {
                if self.info.funcs[self.cur_func() as usize]
                    .range_state
                    .is_some()
                {
                    self.range_body_defer();
                } else {
                    let f = self.cur_func();
                    let in_loop = self
                        .funcs
                        .last()
                        .is_some_and(|c| c.breakable.iter().any(|b| b.is_loop));
                    let fi = &mut self.info.funcs[f as usize];
                    fi.has_defer = true;
                    fi.defers += 1;
                    fi.defers_not_open |= in_loop;
                }
                self.go_defer(call, "defer");
            }
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Break(label) | StmtKind::Continue(label) => {
                let is_break = matches!(s.kind, StmtKind::Break(_));
                let kw = if is_break { "break" } else { "continue" };
                let f = self.funcs.last_mut().expect("inside a function");
                match label {
                    Some(l) => {
                        let known = match f.labels.get_mut(&l.name) {
                            Some(entry) => {
                                entry.1 = true;
                                true
                            }
                            None => false,
                        };
                        let target = f.breakable.iter().any(|b| {
                            b.label.as_deref() == Some(&l.name) && (is_break || b.is_loop)
                        });
                        let outer = if known {
                            None
                        } else {
                            self.outer_label(&l.name, Some(is_break))
                        };
                        if let Some(valid) = outer {
                            if !valid {
                                self.error(l.span, format!("invalid {kw} label {}", l.name));
                            }
                        } else if !known {
                            self.error(l.span, format!("{kw} label not defined: {}", l.name));
                        } else if !target {
                            self.error(l.span, format!("invalid {kw} label {}", l.name));
                        }
                    }
                    None if is_break && f.breakable.is_empty() => {
                        self.error(s.span, "break is not in a loop, switch, or select")
                    }
                    None if !is_break && !f.breakable.iter().any(|b| b.is_loop) => {
                        self.error(s.span, "continue is not in a loop")
                    }
                    None => {}
                }
            }
            StmtKind::Goto(l) => {
                // A backward goto can run a defer twice.
                let f = self.cur_func();
                self.info.funcs[f as usize].defers_not_open = true;
                let f = self.funcs.last_mut().expect("inside a function");
                let known = f
                    .labels
                    .get_mut(&l.name)
                    .map(|entry| entry.1 = true)
                    .is_some();
                if !known && self.outer_label(&l.name, None).is_none() {
                    self.error(l.span, format!("label {} not defined", l.name));
                }
            }
            StmtKind::Labeled(l, inner) => self.labeled_stmt(inner, Some(l.name.clone())),
            StmtKind::Fallthrough => self.error(s.span, "fallthrough statement out of place"),
            StmtKind::Switch { init, tag, cases } => {
                self.switch(init.as_deref(), tag.as_ref(), cases, None)
            }
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.scopes.push(HashMap::new());
                if let Some(init) = init {
                    self.stmt(init);
                }
                self.condition(cond, "if statement");
                self.block(&then.stmts);
                if let Some(els) = els {
                    self.stmt(els);
                }
                self.scopes.pop();
            }
            StmtKind::For { .. } | StmtKind::Range { .. } => self.labeled_stmt(s, None),
            StmtKind::TypeSwitch { .. } => self.labeled_stmt(s, None),
            StmtKind::Select(cases) => self.select(cases, None),
        }
    }

    /// A statement that a label may name as the target of `break` or `continue`.
    fn labeled_stmt(&mut self, s: &'a Stmt, label: Option<String>) {
        match &s.kind {
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.scopes.push(HashMap::new());
                if let Some(init) = init {
                    self.stmt(init);
                }
                if let Some(cond) = cond {
                    self.condition(cond, "for statement");
                }
                if let Some(post) = post {
                    if matches!(
                        post.kind,
                        StmtKind::Assign {
                            op: AssignOp::Define,
                            ..
                        }
                    ) {
                        self.error(post.span, "cannot declare in post statement of for loop");
                    }
                    self.stmt(post);
                }
                self.loop_body(&body.stmts, label);
                self.scopes.pop();
            }
            StmtKind::Range {
                key,
                value,
                extra,
                define,
                x,
                body,
            } => {
                let vars = [key.as_ref(), value.as_ref()];
                self.range(vars, *extra, *define, x, body, label)
            }
            StmtKind::Switch { init, tag, cases } => {
                self.switch(init.as_deref(), tag.as_ref(), cases, label)
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                cases,
            } => self.type_switch(init.as_deref(), bind.as_ref(), x, cases, label),
            StmtKind::Select(cases) => self.select(cases, label),
            _ => self.stmt(s),
        }
    }

    fn loop_body(&mut self, stmts: &'a [Stmt], label: Option<String>) {
        self.breakable(true, label, |c| c.block(stmts));
    }

    /// Runs `body` inside a statement that `break` (and, for a loop,
    /// `continue`) may target.
    pub(super) fn breakable(
        &mut self,
        is_loop: bool,
        label: Option<String>,
        body: impl FnOnce(&mut Self),
    ) {
        let f = self.funcs.last_mut().expect("inside a function");
        f.breakable.push(Breakable { is_loop, label });
        body(self);
        self.funcs
            .last_mut()
            .expect("inside a function")
            .breakable
            .pop();
    }

    /// Declares the labels of a function body (they are function-scoped, so
    /// `goto` may jump forward), reporting duplicates.
    pub fn collect_labels(&mut self, stmts: &'a [Stmt]) {
        for s in stmts {
            match &s.kind {
                StmtKind::Labeled(l, inner) => {
                    let f = self.funcs.last_mut().expect("inside a function");
                    let prev = f.labels.get(&l.name).map(|&(prev, _)| prev);
                    match prev {
                        // A blank label declares nothing.
                        _ if l.name == "_" => {}
                        Some(prev) => {
                            let at = crate::diag::pos(prev.start);
                            self.error(l.span, format!("label {} already defined at {at}", l.name));
                        }
                        None => {
                            f.labels.insert(l.name.clone(), (l.span, false));
                        }
                    }
                    self.collect_labels(std::slice::from_ref(inner));
                }
                StmtKind::Block(b) => self.collect_labels(&b.stmts),
                StmtKind::If { then, els, .. } => {
                    self.collect_labels(&then.stmts);
                    if let Some(e) = els {
                        self.collect_labels(std::slice::from_ref(e));
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    self.collect_labels(&body.stmts)
                }
                StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
                    for c in cases {
                        self.collect_labels(&c.body);
                    }
                }
                StmtKind::Select(cases) => {
                    for c in cases {
                        self.collect_labels(&c.body);
                    }
                }
                _ => {}
            }
        }
    }

    /// An expression switch: the tag (or `true`) compared with each case
    /// expression in order.
    fn switch(
        &mut self,
        init: Option<&'a Stmt>,
        tag: Option<&'a Expr>,
        cases: &'a [ast::CaseClause],
        label: Option<String>,
    ) {
        self.scopes.push(HashMap::new());
        if let Some(init) = init {
            self.stmt(init);
        }
        let tag_op = tag.map(|t| {
            let mut op = self.value_expr(t);
            if self.info.types.is_untyped(op.ty) && op.ty != ids::UNTYPED_NIL {
                let d = self.info.types.default_type(op.ty);
                self.represent(&mut op, d, "switch expression");
            }
            // A map, slice or func tag can still be compared with nil.
            let tt = &self.info.types;
            if !op.is_invalid()
                && !tt.comparable(op.ty)
                && !matches!(
                    tt.get(tt.underlying(op.ty)),
                    Type::Func(_) | Type::Slice(_) | Type::Map(..)
                )
            {
                let (d, tn) = (self.describe(&op), tt.name(op.ty));
                self.error(
                    t.span,
                    format!("cannot switch on {d} ({tn} is not comparable)"),
                );
                return super::expr::Operand::invalid(t);
            }
            op
        });
        // Constant cases so far: equal values of identical types collide.
        let mut seen: Vec<(super::Const, TypeId, ast::Span)> = Vec::new();
        let mut default_seen = false;
        for (ci, clause) in cases.iter().enumerate() {
            if clause.default {
                if default_seen {
                    self.error(clause.span, "multiple defaults in switch");
                }
                default_seen = true;
            }
            for e in &clause.exprs {
                let mut op = self.value_expr(e);
                if op.is_invalid() {
                    continue;
                }
                match &tag_op {
                    Some(t) if !t.is_invalid() => {
                        let t = t.clone();
                        self.case_comparison(&t, &mut op, e);
                    }
                    Some(_) => {}
                    None => {
                        // A tagless switch compares each case with `true`.
                        let any_ok = self.info.types.is_interface(op.ty)
                            && self.assignable_type(ids::BOOL, op.ty);
                        if !self.info.types.is_boolean(op.ty) && !any_ok {
                            self.error(
                                e.span,
                                format!(
                                    "invalid case {} in switch (mismatched types {} and bool)",
                                    self.expr_string(e.span),
                                    self.info.types.name(op.ty)
                                ),
                            );
                        }
                        self.convert_untyped(&mut op, ids::BOOL);
                    }
                }
                // As Go's compiler, only integer, float and string
                // constants are compared.
                if let Mode::Const(c @ (Const::Int(_) | Const::Float(_) | Const::Str(_))) = &op.mode
                {
                    let types = &self.info.types;
                    if let Some((_, _, prev)) = seen
                        .iter()
                        .find(|(v, t, _)| v == c && types.identical(*t, op.ty))
                    {
                        let at = crate::diag::pos(prev.start);
                        let d = self.describe(&op);
                        self.error(
                            e.span,
                            format!(
                                "duplicate case {d} in expression switch\n\t{at}: previous case"
                            ),
                        );
                    } else {
                        seen.push((c.clone(), op.ty, e.span));
                    }
                }
            }
            self.breakable(false, label.clone(), |c| {
                c.scopes.push(HashMap::new());
                let (body, last) = match clause.body.split_last() {
                    Some((last, body)) if last.fallthrough_labels().is_some() => (body, Some(last)),
                    _ => (&clause.body[..], None),
                };
                c.stmts(body);
                if let Some(ft) = last
                    && ci + 1 == cases.len()
                {
                    c.error(ft.span, "cannot fallthrough final case in switch");
                }
                c.scopes.pop();
            });
        }
        self.scopes.pop();
    }

    /// `switch [v :=] x.(type) { case T1, T2: ... }`: each case is a type
    /// (or nil) that `x`'s dynamic type may have; `v` is bound in each clause,
    /// with the case's type when the clause has exactly one.
    fn type_switch(
        &mut self,
        init: Option<&'a Stmt>,
        bind: Option<&'a ast::Ident>,
        x: &'a Expr,
        cases: &'a [ast::CaseClause],
        label: Option<String>,
    ) {
        // `_ := x.(type)` declares nothing.
        let bind = bind.filter(|b| {
            if b.name == "_" {
                self.error(b.span, "no new variable on left side of :=");
            }
            b.name != "_"
        });
        self.scopes.push(HashMap::new());
        if let Some(init) = init {
            self.stmt(init);
        }
        let xop = self.value_expr(x);
        let iface = if xop.is_invalid() {
            None
        } else if !self.info.types.is_interface(xop.ty) {
            let d = self.describe(&xop);
            let msg = match self.info.types.type_param(xop.ty) {
                Some(_) => format!("cannot use type switch on type parameter value {d}"),
                None => format!("{d} is not an interface"),
            };
            self.error(x.span, msg);
            None
        } else {
            Some(xop.ty)
        };
        let mut bound = Vec::new();
        let mut default_seen = false;
        // The cases so far: their type (`None` for nil) and where.
        let mut seen: Vec<(Option<TypeId>, ast::Span)> = Vec::new();
        for clause in cases {
            if clause.default {
                if default_seen {
                    self.error(clause.span, "multiple defaults in switch");
                }
                default_seen = true;
            }
            let mut single = None;
            for e in &clause.exprs {
                let nil = matches!(&e.kind, ExprKind::Ident(n) if n == "nil");
                let t = if nil {
                    self.record(e.id, ids::UNTYPED_NIL, Mode::Value);
                    None
                } else {
                    Some(self.type_expr(e))
                };
                if clause.exprs.len() == 1 {
                    single = t;
                }
                if t == Some(ids::INVALID) {
                    continue;
                }
                // A case naming a type parameter is a type only per
                // instance: Go's generic code has no duplicate there.
                let generic = !nil && self.mentions_type_param(e);
                let types = &self.info.types;
                let same = |s: Option<TypeId>| match (s, t) {
                    (Some(a), Some(b)) => types.identical(a, b),
                    _ => s == t,
                };
                if let Some(&(_, prev)) = seen.iter().find(|(s, _)| same(*s)).filter(|_| !generic) {
                    let tn = t.map_or("nil".to_string(), |t| self.info.types.name(t));
                    let at = crate::diag::pos(prev.start);
                    self.error(
                        e.span,
                        format!("duplicate case {tn} in type switch\n\t{at}: previous case"),
                    );
                    continue;
                }
                if !generic {
                    seen.push((t, e.span));
                }
                let Some(t) = t else { continue };
                if let Some(i) = iface
                    && t != ids::INVALID
                    && !self.info.types.is_interface(t)
                    && !generic
                    && let Some(reason) = self.missing_method(t, i)
                {
                    let (d, tn) = (self.describe(&xop), self.info.types.name(t));
                    let case = self.expr_string(e.span);
                    self.error(e.span, format!("impossible type switch case: {case}\n\t{d} cannot have dynamic type {tn} {reason}"));
                }
            }
            self.breakable(false, label.clone(), |c| {
                c.scopes.push(HashMap::new());
                if let Some(b) = bind {
                    // An invalid single type makes an invalid variable:
                    // no follow-on errors.
                    let ty = single.or(iface).unwrap_or(ids::INVALID);
                    let obj = c.declare_local(b, ty);
                    c.info.switch_vars.insert(clause.span.start, obj);
                    bound.push(obj);
                }
                c.stmts(&clause.body);
                c.scopes.pop();
            });
        }
        if let Some(b) = bind {
            // One variable per clause; using it in any clause uses `v`.
            let used = bound.iter().any(|&o| self.info.objs[o as usize].used);
            for &o in &bound {
                self.info.objs[o as usize].used = true;
            }
            if !used {
                self.error(b.span, format!("declared and not used: {}", b.name));
            }
        }
        self.scopes.pop();
    }

    /// Checks `tag == x` for a case expression `x`.
    fn case_comparison(
        &mut self,
        tag: &super::expr::Operand,
        op: &mut super::expr::Operand,
        e: &'a Expr,
    ) {
        let t = &self.info.types;
        let nil = op.ty == ids::UNTYPED_NIL;
        let ok = if t.is_untyped(op.ty) {
            if t.is_interface(tag.ty) {
                let d = t.default_type(op.ty);
                self.represent(op, d, "switch case")
            } else {
                self.assign_to(op, tag.ty, "switch case")
            }
        } else {
            self.assignable_type(op.ty, tag.ty) || self.assignable_type(tag.ty, op.ty)
        };
        // Compared with `==`: each side must be comparable, unless one is nil.
        let t = &self.info.types;
        if ok && !nil {
            let incomparable = [op.ty, tag.ty].into_iter().find(|&ty| !t.comparable(ty));
            if let Some(ty) = incomparable {
                let cause = self.incomparable_cause(ty);
                self.error(
                    e.span,
                    format!(
                        "invalid case {} in switch on {} ({cause})",
                        self.expr_string(e.span),
                        self.expr_string(tag.span)
                    ),
                );
            }
        }
        if !ok && !self.info.types.is_untyped(op.ty) {
            let (tn, on) = (self.info.types.name(tag.ty), self.info.types.name(op.ty));
            self.error(
                e.span,
                format!(
                    "invalid case {} in switch on {} (mismatched types {on} and {tn})",
                    self.expr_string(e.span),
                    self.expr_string(tag.span)
                ),
            );
        }
    }

    fn condition(&mut self, cond: &'a Expr, what: &str) {
        let op = self.value_expr(cond);
        if !op.is_invalid() && !self.info.types.is_boolean(op.ty) {
            self.error(cond.span, format!("non-boolean condition in {what}"));
        }
        let mut op = op;
        self.convert_untyped(&mut op, ids::BOOL);
    }

    fn expr_stmt(&mut self, e: &'a Expr) {
        let op = self.raw_expr(e, true);
        if op.is_invalid() {
            return;
        }
        let is_call = matches!(
            strip_parens(e).kind,
            ExprKind::Call { .. } | ExprKind::Unary(ast::UnaryOp::Recv, _)
        );
        // A conversion, and a builtin other than those the spec permits in
        // statement context, only computes a value.
        let builtin_value = is_call
            && matches!(&strip_parens(e).kind, ExprKind::Call { fun, .. }
            if match self.info.exprs[fun.id as usize].as_ref().map(|t| &t.mode) {
                Some(Mode::Type) => true,
                Some(Mode::Builtin(b)) => b.value_only(),
                _ => false,
            });
        if !is_call || builtin_value {
            let d = self.describe(&op);
            // A builtin's name alone is a value only once called.
            let what = match op.mode {
                Mode::Builtin(_) => "must be called",
                _ => "is not used",
            };
            self.error(e.span, format!("{d} {what}"));
        }
    }

    fn go_defer(&mut self, call: &'a Expr, kw: &str) {
        let ExprKind::Call { fun, .. } = &strip_parens(call).kind else {
            self.error(
                call.span,
                format!("expression in {kw} must be function call"),
            );
            self.raw_expr(call, true);
            return;
        };
        let op = self.raw_expr(call, true);
        let what = match self.info.exprs[fun.id as usize].as_ref().map(|t| &t.mode) {
            Some(Mode::Type) => "requires function call, not conversion",
            Some(Mode::Builtin(b)) if b.value_only() => "discards result of",
            _ => return,
        };
        if !op.is_invalid() {
            let d = self.describe(&op);
            self.error(call.span, format!("{kw} {what} {d}"));
        }
    }

    /// `ch <- v`: `ch` a channel that can send, `v` assignable to its
    /// element type.
    fn send(&mut self, s: &'a Stmt, ch: &'a Expr, v: &'a Expr) {
        let chop = self.value_expr(ch);
        let mut vop = self.value_expr(v);
        if chop.is_invalid() || vop.is_invalid() {
            return;
        }
        let why = match self.info.types.chan_of(chop.ty) {
            None => "cannot send to non-channel",
            Some((ast::ChanDir::Recv, _)) => "cannot send to receive-only channel",
            Some((_, elem)) => {
                self.assign_to(&mut vop, elem, "send");
                return;
            }
        };
        let d = self.describe(&chop);
        self.error(s.span, format!("invalid operation: {why} {d}"));
    }

    /// `select`: each case a send, a receive, or a receive assigned or
    /// declared, in a scope of its own.
    pub(super) fn select(&mut self, cases: &'a [ast::CommClause], label: Option<String>) {
        let mut defaults = cases.iter().filter(|c| c.comm.is_none());
        if let (Some(first), Some(second)) = (defaults.next(), defaults.next()) {
            let at = crate::diag::pos(first.span.start);
            self.error(second.span, format!("multiple defaults (first at {at})"));
        }
        self.breakable(false, label, |c| {
            for clause in cases {
                if let Some(comm) = &clause.comm {
                    let rhs = match &comm.kind {
                        StmtKind::Send(..) => None,
                        StmtKind::Expr(e) => Some(e),
                        StmtKind::Assign { rhs, .. } if rhs.len() == 1 => Some(&rhs[0]),
                        _ => None,
                    };
                    let valid = match &comm.kind {
                        StmtKind::Send(..) => true,
                        _ => rhs.is_some_and(|e| {
                            matches!(strip_parens(e).kind, ExprKind::Unary(ast::UnaryOp::Recv, _))
                        }),
                    };
                    if !valid {
                        let at = c.go_pos(comm);
                        c.error(
                            at,
                            "select case must be send or receive (possibly with assignment)",
                        );
                        continue;
                    }
                }
                c.scopes.push(HashMap::new());
                if let Some(comm) = &clause.comm {
                    c.stmt(comm);
                }
                c.block(&clause.body);
                c.scopes.pop();
            }
        });
    }

    /// Where Go reports a statement: a call statement at its `(`.
    fn go_pos(&self, s: &Stmt) -> ast::Span {
        if let StmtKind::Expr(e) = &s.kind
            && let ExprKind::Call { fun, .. } = &strip_parens(e).kind
            && let (end, rest) = self.src_from(fun.span.end)
            && let Some(i) = rest.find('(')
        {
            let at = end + i as u32;
            return ast::Span {
                start: at,
                end: at + 1,
            };
        }
        s.span
    }

    fn return_stmt(&mut self, s: &'a Stmt, results: &'a [Expr]) {
        if self.info.funcs[self.cur_func() as usize]
            .range_state
            .is_some()
        {
            self.range_body_return();
        }
        let fi = &self.info.funcs[self.return_func() as usize];
        let sig = self
            .info
            .types
            .signature(fi.sig)
            .cloned()
            .expect("functions have signatures");
        let named = fi.results.iter().any(|r| r.is_some());
        if results.is_empty() {
            if !sig.results.is_empty() && !named {
                let want: Vec<String> = sig
                    .results
                    .iter()
                    .map(|&t| self.info.types.name(t))
                    .collect();
                self.error(
                    s.span,
                    format!(
                        "not enough return values\n\thave ()\n\twant ({})",
                        want.join(", ")
                    ),
                );
            }
            return;
        }
        if sig.results.is_empty() {
            let e = &results[0];
            let ops: Vec<_> = results.iter().map(|r| self.raw_expr(r, true)).collect();
            // As Go, a result already in error is all that is reported.
            if ops.iter().any(|o| o.is_invalid()) {
                return;
            }
            let have = self.types_summary(&ops);
            self.error(
                e.span,
                format!("too many return values\n\thave {have}\n\twant ()"),
            );
            return;
        }
        let ops = if results.len() == 1 && sig.results.len() > 1 {
            let op = self.raw_expr(&results[0], true);
            match self.info.types.get(op.ty).clone() {
                Type::Tuple(ts) if !ts.is_empty() => ts
                    .iter()
                    .map(|&ty| super::expr::Operand {
                        mode: Mode::Value,
                        ty,
                        ..op.clone()
                    })
                    .collect(),
                _ => vec![op],
            }
        } else {
            self.infer_from_targets(results, &sig.results);
            results
                .iter()
                .map(|e| self.value_expr(e))
                .collect::<Vec<_>>()
        };
        if ops.iter().any(|o| o.is_invalid()) {
            return;
        }
        if ops.len() != sig.results.len() {
            let have = self.types_summary(&ops);
            let want: Vec<String> = sig
                .results
                .iter()
                .map(|&t| self.info.types.name(t))
                .collect();
            let few = ops.len() < sig.results.len();
            let span = if few {
                results[0].span
            } else {
                ops[sig.results.len()].span
            };
            self.error(
                span,
                format!(
                    "{} return values\n\thave {have}\n\twant ({})",
                    if few { "not enough" } else { "too many" },
                    want.join(", ")
                ),
            );
            return;
        }
        for (mut op, &t) in ops.into_iter().zip(&sig.results) {
            self.assign_to(&mut op, t, "return statement");
        }
    }

    fn assign(&mut self, s: &'a Stmt, lhs: &'a [Expr], op: AssignOp, rhs: &'a [Expr]) {
        match op {
            AssignOp::Define => self.define(s, lhs, rhs),
            AssignOp::Assign => {
                // Each target: `_` (`Some(None)`), a variable, or `None`
                // when it is invalid or cannot be assigned to, whose value
                // Go then checks no further.
                let targets: Vec<Option<Option<super::expr::Operand>>> = lhs
                    .iter()
                    .map(|l| {
                        if l.is_blank() {
                            self.record(l.id, ids::INVALID, Mode::Value);
                            return Some(None);
                        }
                        let op = self.raw_expr(l, false);
                        let op = self.value_check(l, op);
                        if op.is_invalid() || !self.check_assignable(l, &op) {
                            return None;
                        }
                        Some(Some(op))
                    })
                    .collect();
                let tys: Vec<TypeId> = targets
                    .iter()
                    .map(|t| {
                        t.as_ref()
                            .and_then(Option::as_ref)
                            .map_or(ids::INVALID, |o| o.ty)
                    })
                    .collect();
                self.infer_from_targets(rhs, &tys);
                let Some(ops) = self.rhs_operands(lhs.len(), rhs, "variables") else {
                    return;
                };
                for (t, mut v) in targets.into_iter().zip(ops) {
                    match t {
                        None => {}
                        Some(Some(t)) => {
                            self.assign_to(&mut v, t.ty, "assignment");
                        }
                        Some(None) => {
                            let context = "assignment to _ identifier";
                            if v.ty == ids::UNTYPED_NIL {
                                self.error(v.span, format!("use of untyped nil in {context}"));
                            } else if matches!(v.mode, Mode::NoValue) {
                                let d = self.describe(&v);
                                self.error(v.span, format!("{d} used as value"));
                            }
                            let t = self.info.types.default_type(v.ty);
                            self.represent(&mut v, t, context);
                        }
                    }
                }
            }
            AssignOp::Op(bop) => {
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.error(
                        s.span,
                        format!(
                            "assignment operation {}= requires single-valued expressions",
                            bop.as_str()
                        ),
                    );
                    return;
                }
                // `x op= y` reads x: it counts as a use (a plain `=` does not).
                let target = self.raw_expr(&lhs[0], true);
                if target.is_invalid() {
                    self.value_expr(&rhs[0]);
                    return;
                }
                if !self.check_assignable(&lhs[0], &target) {
                    self.value_expr(&rhs[0]);
                    return;
                }
                // Check `x op y` as an expression, then assign the result back.
                let mut v = self.value_expr(&rhs[0]);
                if v.is_invalid() {
                    return;
                }
                let t = &self.info.types;
                if matches!(bop, ast::BinaryOp::Shl | ast::BinaryOp::Shr) {
                    if !t.is_integer(v.ty) || !t.is_integer(target.ty) {
                        self.error(
                            s.span,
                            format!("invalid operation: shift of type {}", t.name(target.ty)),
                        );
                    }
                    self.convert_untyped(&mut v, ids::INT);
                    return;
                }
                if !self.assign_to(&mut v, target.ty, "assignment") {
                    return;
                }
                let t = &self.info.types;
                let ok = match bop {
                    ast::BinaryOp::Add => t.is_numeric(target.ty) || t.is_string(target.ty),
                    ast::BinaryOp::Sub | ast::BinaryOp::Mul | ast::BinaryOp::Div => {
                        t.is_numeric(target.ty)
                    }
                    _ => t.is_integer(target.ty),
                };
                if !ok {
                    let d = self.describe(&target);
                    self.error(
                        s.span,
                        format!(
                            "invalid operation: operator {} not defined on {d}",
                            bop.as_str()
                        ),
                    );
                }
                if matches!(bop, ast::BinaryOp::Div | ast::BinaryOp::Rem)
                    && let Mode::Const(c) = &v.mode
                    && c.as_i64() == Some(0)
                {
                    self.error(rhs[0].span, "invalid operation: division by zero");
                }
            }
        }
    }

    /// Reports assignments to things that are not variables; false then.
    fn check_assignable(&mut self, e: &'a Expr, op: &super::expr::Operand) -> bool {
        let inner = strip_parens(e);
        if op.var || self.map_index.contains(&inner.id) {
            return true;
        }
        if let ExprKind::Selector(x, _) = &inner.kind
            && self.map_index.contains(&strip_parens(x).id)
        {
            let x = self.expr_string(e.span);
            self.error(e.span, format!("cannot assign to struct field {x} in map"));
            return false;
        }
        let why = format!(
            "cannot assign to {} (neither addressable nor a map index expression)",
            self.expr_string(e.span)
        );
        self.error(e.span, why);
        false
    }

    fn define(&mut self, s: &'a Stmt, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let mut idents: Vec<ast::Ident> = Vec::new();
        // A name given twice is reported at the second, which then stands
        // for nothing (`_`), as Go's shortVarDecl has it.
        let mut repeated = false;
        for l in lhs {
            match &l.kind {
                ExprKind::Ident(name) if name != "_" && idents.iter().any(|i| &i.name == name) => {
                    self.error(l.span, format!("{name} repeated on left side of :="));
                    repeated = true;
                    idents.push(ast::Ident {
                        name: "_".into(),
                        span: l.span,
                    });
                }
                ExprKind::Ident(name) => idents.push(ast::Ident {
                    name: name.clone(),
                    span: l.span,
                }),
                _ => {
                    let t = self.text(l.span);
                    self.error(l.span, format!("non-name {t} on left side of :="));
                    return;
                }
            }
        }
        // Names already declared in this scope are assigned, not declared.
        let scope = self.scopes.last().expect("a scope is open");
        let existing: Vec<Option<u32>> =
            idents.iter().map(|i| scope.get(&i.name).copied()).collect();
        let any_new = idents
            .iter()
            .zip(&existing)
            .any(|(i, e)| e.is_none() && i.name != "_");
        if !any_new && !repeated {
            // Go points at the `:=`.
            let (after, rest) = self.src_from(idents.last().map_or(s.span.start, |i| i.span.end));
            let at = rest
                .find(":=")
                .map_or(self.info.offset(s.span.start) as usize, |i| {
                    after as usize + i
                });
            self.error(
                ast::Span::new(at, at + 2),
                "no new variables on left side of :=",
            );
        }
        let Some(mut ops) = self.rhs_operands(idents.len(), rhs, "variables") else {
            for i in &idents {
                if self.scopes.last().expect("scope").get(&i.name).is_none() {
                    self.declare_local(i, ids::INVALID);
                }
            }
            return;
        };
        let mut new = Vec::new();
        for ((ident, prev), op) in idents.iter().zip(existing).zip(ops.iter_mut()) {
            match prev {
                Some(obj) if ident.name != "_" => {
                    self.info.defs.insert(ident.span.start, obj);
                    let ty = self.info.objs[obj as usize].ty;
                    self.assign_to(op, ty, "assignment");
                    // The identifier refers to the existing variable.
                    if let Some(l) = lhs.iter().find(|l| l.span == ident.span) {
                        self.info.uses[l.id as usize] = Some(obj);
                        self.record(l.id, ty, Mode::Value);
                    }
                }
                _ => {
                    if op.ty == ids::UNTYPED_NIL {
                        self.error(op.span, "use of untyped nil in assignment");
                        new.push((ident, ids::INVALID));
                        continue;
                    }
                    if matches!(op.mode, Mode::NoValue) {
                        let d = self.describe(op);
                        self.error(op.span, format!("{d} used as value"));
                        new.push((ident, ids::INVALID));
                        continue;
                    }
                    let t = self.info.types.default_type(op.ty);
                    self.represent(op, t, "assignment");
                    new.push((ident, t));
                }
            }
        }
        for (ident, t) in new {
            self.declare_local(ident, t);
        }
    }

    /// `for key, value := range x`, `extra` where a third variable is
    /// written (Go reports it only when the range expression allows two).
    fn range(
        &mut self,
        [key, value]: [Option<&'a Expr>; 2],
        extra: Option<ast::Span>,
        define: bool,
        x: &'a Expr,
        body: &'a ast::Block,
        label: Option<String>,
    ) {
        self.scopes.push(HashMap::new());
        let mut xop = self.value_expr(x);
        let mut key_ty = ids::INVALID;
        let mut value_ty = None;
        if !xop.is_invalid() {
            // What allows two variables reports a third.
            let mut two = true;
            if let Type::Slice(elem) = *self.info.types.get(self.info.types.underlying(xop.ty)) {
                key_ty = ids::INT;
                value_ty = Some(elem);
            } else if let Type::Map(k, v) = *self.info.types.get(self.info.types.underlying(xop.ty))
            {
                key_ty = k;
                value_ty = Some(v);
            } else if let Some(elem) = self.array_elem(xop.ty, true) {
                key_ty = ids::INT;
                value_ty = Some(elem);
            } else if self.info.types.is_string(xop.ty) {
                self.convert_untyped(&mut xop, ids::STRING);
                key_ty = ids::INT;
                value_ty = Some(ids::RUNE);
            } else if let Some((dir, elem)) = self.info.types.chan_of(xop.ty) {
                two = false;
                let d = self.describe(&xop);
                if dir == ast::ChanDir::Send {
                    self.error(
                        x.span,
                        format!("cannot range over {d}: receive from send-only channel"),
                    );
                } else if let Some(v) = value {
                    self.error(
                        v.span,
                        format!("range over {d} permits only one iteration variable"),
                    );
                    value_ty = Some(ids::INVALID);
                }
                key_ty = elem;
            } else if let Some(yield_ty) = self.range_func_yield(xop.ty) {
                match yield_ty {
                    Ok(yield_ty) => {
                        let vars = [key, value];
                        self.range_func(&xop, yield_ty, vars, extra, define, body, label)
                    }
                    Err(why) => {
                        let d = self.describe(&xop);
                        self.error(x.span, format!("cannot range over {d}: {why}"));
                    }
                }
                self.scopes.pop();
                return;
            } else if self.info.types.is_integer(xop.ty) {
                let d = self.info.types.default_type(xop.ty);
                if self.info.types.is_untyped(xop.ty)
                    && !self.represent(&mut xop, d, "range clause")
                {
                    self.scopes.pop();
                    return;
                }
                key_ty = self.info.types.default_type(xop.ty);
                two = false;
                if let Some(v) = value {
                    let d = self.describe(&xop);
                    self.error(
                        v.span,
                        format!("range over {d} permits only one iteration variable"),
                    );
                }
            } else {
                let d = self.describe(&xop);
                let why = match self.info.types.core_type(xop.ty) {
                    None => ": no core type",
                    Some(_) => "",
                };
                self.error(x.span, format!("cannot range over {d}{why}"));
                two = false;
            }
            if let (true, Some(at)) = (two, extra) {
                self.error(at, TOO_MANY_RANGE_VARS);
            }
        }
        if let (Some(v), Some(vt)) = (value, value_ty) {
            self.range_var(v, vt, define);
        }
        if let Some(k) = key {
            self.range_var(k, key_ty, define);
        }
        self.loop_body(&body.stmts, label);
        self.scopes.pop();
    }

    /// An iteration variable of a `range` clause: declared by `:=`, else
    /// assigned.
    pub(super) fn range_var(&mut self, k: &'a Expr, ty: TypeId, define: bool) {
        if define {
            match &k.kind {
                ExprKind::Ident(name) => {
                    let ident = ast::Ident {
                        name: name.clone(),
                        span: k.span,
                    };
                    self.declare_local(&ident, ty);
                }
                _ => {
                    let t = self.text(k.span);
                    self.error(k.span, format!("non-name {t} on left side of :="));
                }
            }
        } else if !matches!(&k.kind, ExprKind::Ident(n) if n == "_") {
            let op = self.raw_expr(k, false);
            if !op.is_invalid() {
                self.check_assignable(k, &op);
                if ty != ids::INVALID && !self.assignable_type(ty, op.ty) {
                    // Go checks `k = <value of type ty>` with k itself as
                    // the value's expression.
                    let kt = self.info.types.name(ty);
                    let (x, vt) = (self.text(k.span), self.info.types.name(op.ty));
                    self.error(
                        k.span,
                        format!("cannot use {x} (value of type {kt}) as {vt} value in assignment"),
                    );
                }
            }
        }
    }

    /// The spec's terminating statements: a list ends in one.
    pub fn is_terminating_list(&self, stmts: &[Stmt]) -> bool {
        stmts
            .iter()
            .rev()
            .find(|s| !matches!(s.kind, StmtKind::Empty))
            .is_some_and(|s| self.is_terminating(s))
    }

    fn is_terminating(&self, s: &Stmt) -> bool {
        self.is_terminating_labeled(s, None)
    }

    /// The spec's rule for a statement that `label` (if any) names.
    fn is_terminating_labeled(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) | StmtKind::Goto(_) => true,
            StmtKind::Expr(e) => match &strip_parens(e).kind {
                ExprKind::Call { fun, .. } => matches!(
                    &strip_parens(fun).kind,
                    ExprKind::Ident(_) if self.info.uses[fun.id as usize]
                        .is_some_and(|o| self.info.objs[o as usize].kind == ObjKind::Builtin(Builtin::Panic))
                ),
                _ => false,
            },
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts),
            StmtKind::If { then, els, .. } => {
                els.as_ref().is_some_and(|e| self.is_terminating(e))
                    && self.is_terminating_list(&then.stmts)
            }
            StmtKind::For {
                cond: None, body, ..
            } => !has_break(&body.stmts, label, true),
            StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
                cases.iter().any(|c| c.default)
                    && cases.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (c
                                .body
                                .last()
                                .is_some_and(|l| l.fallthrough_labels().is_some())
                                || self.is_terminating_list(&c.body))
                    })
            }
            StmtKind::Select(cases) => cases
                .iter()
                .all(|c| !has_break(&c.body, label, true) && self.is_terminating_list(&c.body)),
            StmtKind::Labeled(l, s) => self.is_terminating_labeled(s, Some(&l.name)),
            _ => false,
        }
    }
}

/// `e` without enclosing parentheses.
pub(super) fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(inner) => strip_parens(inner),
        _ => e,
    }
}

/// A `break` in `stmts` that refers to the enclosing statement: an
/// unlabeled one outside nested breakable statements (`top`), or one with
/// the statement's `label` anywhere.
fn has_break(stmts: &[Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => label == Some(l.name.as_str()),
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els
                    .as_ref()
                    .is_some_and(|e| has_break(std::slice::from_ref(e), label, top))
        }
        StmtKind::Labeled(_, s) => has_break(std::slice::from_ref(s), label, top),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
            cases.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select(cases) => cases.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    })
}

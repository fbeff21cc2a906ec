//! Compiling statements.

use grammar::ast::{self, AssignOp, Block, Expr, ExprKind, GenKind, Spec, Stmt, StmtKind};

use super::func::{FuncCompiler, LARGE_VALUE_WORDS, Loop, OuterBranch, VarLoc};
use super::place::Place;

use crate::bytecode::{Instr, Pc, Slot};
use crate::runtime::stack::HEADER;
use crate::types::{Type, TypeId, ids};

impl<'a> FuncCompiler<'_, 'a> {
    /// Compiles a block's statements in a scope of their own.
    pub fn block(&mut self, stmts: &'a [Stmt]) {
        let saved = self.open_block();
        for s in stmts {
            self.stmt(s);
        }
        self.close_block(saved);
    }

    fn stmt(&mut self, s: &'a Stmt) {
        self.set_line(s.span);
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(gd) => {
                if gd.kind == GenKind::Var {
                    for spec in &gd.specs {
                        if let Spec::Value(vs) = spec {
                            self.var_spec(vs);
                        }
                    }
                }
            }
            StmtKind::Expr(e) => match &strip(e).kind {
                ExprKind::Call { fun, args, .. } => {
                    self.call(e, fun, args);
                }
                ExprKind::Unary(ast::UnaryOp::Recv, _) => {
                    self.expr(e);
                }
                _ => {}
            },
            StmtKind::IncDec(x, inc) => {
                let place = self.place_now(x);
                let place = self.resolve(place);
                let ty = self.ty(x);
                let v = self.operand_of(place, ty);
                let types = &self.m.info.types;
                // Floats, and complex numbers by their real part.
                let float = match types.complex_bits(ty) {
                    Some(64) => Some(ids::FLOAT32),
                    Some(_) => Some(ids::FLOAT64),
                    None => types.is_float(ty).then_some(ty),
                };
                if let Some(float) = float {
                    let one = self.alloc(1);
                    self.emit(Instr::LoadInt {
                        dst: one,
                        k: 1f64.to_bits() as i64,
                    });
                    let op = if *inc {
                        ast::BinaryOp::Add
                    } else {
                        ast::BinaryOp::Sub
                    };
                    self.arith(op, float, v, v, one);
                } else {
                    self.emit(Instr::AddIntK {
                        dst: v,
                        a: v,
                        k: if *inc { 1 } else { -1 },
                    });
                    self.wrap(ty, v);
                }
                self.store_place(place, ty, v);
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign(lhs, *op, rhs),
            StmtKind::Defer(call) => self.go_defer(call, false),
            StmtKind::Go(call) => self.go_defer(call, true),
            StmtKind::Send(ch, v) => {
                let ch_slot = self.expr(ch);
                let (_, elem) = self
                    .m
                    .info
                    .types
                    .chan_of(self.ty(ch))
                    .expect("the checker sends on channels");
                let n = self.words(elem);
                let src = self.alloc(n.max(1));
                self.expr_to(v, elem, src);
                self.set_line(s.span);
                self.emit(Instr::ChanSend {
                    ch: ch_slot,
                    src,
                    n,
                });
            }
            StmtKind::Return(results) => self.return_stmt(results),
            StmtKind::Break(label) | StmtKind::Continue(label) => {
                let is_break = matches!(s.kind, StmtKind::Break(_));
                self.branch(is_break, label.as_ref().map(|l| l.name.as_str()));
            }
            StmtKind::Goto(label) => self.goto(label.name.clone()),
            StmtKind::Labeled(label, inner) => {
                let here = self.pc();
                self.labels.insert(label.name.clone(), here);
                self.labeled(inner, Some(label.name.clone()));
            }
            StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } | StmtKind::Select(_) => {
                self.labeled(s, None)
            }
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                let saved = self.open_block();
                if let Some(init) = init {
                    self.stmt(init);
                }
                self.set_line(cond.span);
                // `if c { break }` and `if c { continue }`: the condition
                // jumps where the statement would.
                if els.is_none()
                    && let [
                        Stmt {
                            kind: kind @ (StmtKind::Break(label) | StmtKind::Continue(label)),
                            ..
                        },
                    ] = then.stmts.as_slice()
                    && let is_break = matches!(kind, StmtKind::Break(_))
                    && let Some(target) =
                        self.branch_target(is_break, label.as_ref().map(|l| l.name.as_str()))
                {
                    let jumps = self.jump_if(cond, true);
                    let target = &mut self.loops[target];
                    if is_break {
                        target.breaks.extend(jumps);
                    } else {
                        target.continues.extend(jumps);
                    }
                    self.close_block(saved);
                    self.end_stmt();
                    return;
                }
                let jf = self.jump_if(cond, false);
                self.end_stmt();
                self.block(&then.stmts);
                match els {
                    Some(els) => {
                        let jend = self.emit(Instr::Jmp { to: 0 });
                        let else_pc = self.pc();
                        self.patch_all(jf, else_pc);
                        self.stmt(els);
                        let end = self.pc();
                        self.patch(jend, end);
                    }
                    None => {
                        let end = self.pc();
                        self.patch_all(jf, end);
                    }
                }
                self.close_block(saved);
            }
            StmtKind::For { .. } | StmtKind::Range { .. } => self.labeled(s, None),
            other => unreachable!("the checker rejects {other:?}"),
        }
        self.end_stmt();
    }

    /// A statement that `break`/`continue` with `label` may target.
    fn labeled(&mut self, s: &'a Stmt, label: Option<String>) {
        self.set_line(s.span);
        match &s.kind {
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body, label),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                ..
            } if self.is_map(self.ty(x)) => {
                self.range_map(key.as_ref(), value.as_ref(), *define, x, body, label)
            }
            StmtKind::Range {
                key,
                define,
                x,
                body,
                ..
            } if self.m.info.types.chan_of(self.ty(x)).is_some() => {
                self.range_chan(key.as_ref(), *define, x, body, label)
            }
            StmtKind::Select(cases) => self.select(cases, label),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                ..
            } => self.range_loop(key.as_ref(), value.as_ref(), *define, x, body, label),
            StmtKind::Switch { init, tag, cases } => {
                self.switch(init.as_deref(), tag.as_ref(), cases, label)
            }
            StmtKind::TypeSwitch { init, x, cases, .. } => {
                self.type_switch(init.as_deref(), x, cases, label)
            }
            _ => self.stmt(s),
        }
        self.end_stmt();
    }

    /// An expression switch: compare the tag with each case expression in
    /// order and jump to the first clause that matches (else `default`);
    /// clause bodies follow one another so `fallthrough` just falls through.
    fn switch(
        &mut self,
        init: Option<&'a Stmt>,
        tag: Option<&'a Expr>,
        cases: &'a [ast::CaseClause],
        label: Option<String>,
    ) {
        let saved = self.open_block();
        if let Some(init) = init {
            self.stmt(init);
        }
        let tag = tag.map(|t| {
            let ty = self.ty(t);
            let slot = self.alloc_local(self.words(ty).max(1));
            self.expr_to(t, ty, slot);
            self.end_stmt();
            (slot, ty)
        });
        let mut to_body: Vec<Vec<usize>> = Vec::new();
        for clause in cases {
            let mut jumps = Vec::new();
            for e in &clause.exprs {
                self.set_line(e.span);
                match tag {
                    Some((slot, ty)) => jumps.push(self.case_jump(slot, ty, e)),
                    None if self.m.info.types.is_interface(self.ty(e)) => {
                        // `true == e` for an interface case of a tagless switch.
                        let t = self.alloc(1);
                        self.emit(Instr::LoadInt { dst: t, k: 1 });
                        jumps.push(self.case_jump(t, ids::BOOL, e));
                    }
                    None => jumps.extend(self.jump_if(e, true)),
                }
                self.end_stmt();
            }
            to_body.push(jumps);
        }
        let no_match = self.emit(Instr::Jmp { to: 0 });
        let mut ends = Vec::new();
        let mut default_pc = None;
        for (clause, jumps) in cases.iter().zip(to_body) {
            let here = self.pc();
            for j in jumps {
                self.patch(j, here);
            }
            if clause.default {
                default_pc = Some(here);
            }
            let falls = clause.body.last().and_then(Stmt::fallthrough_labels);
            let body = if falls.is_some() {
                &clause.body[..clause.body.len() - 1]
            } else {
                &clause.body[..]
            };
            ends.extend(self.breakable_block(body, label.clone(), false).breaks);
            match falls {
                // A label on the fallthrough marks where the next clause
                // starts.
                Some(labels) => {
                    let here = self.pc();
                    for l in labels {
                        self.labels.insert(l.name.clone(), here);
                    }
                }
                None => ends.push(self.emit(Instr::Jmp { to: 0 })),
            }
        }
        let end = self.pc();
        self.patch(no_match, default_pc.unwrap_or(end));
        for j in ends {
            self.patch(j, end);
        }
        self.close_block(saved);
    }

    /// A type switch: tests the dynamic type of `x` against each case's
    /// type in order; a clause's variable gets the value as that type when
    /// the clause has one type, else the interface itself.
    fn type_switch(
        &mut self,
        init: Option<&'a Stmt>,
        x: &'a Expr,
        cases: &'a [ast::CaseClause],
        label: Option<String>,
    ) {
        let saved = self.open_block();
        if let Some(init) = init {
            self.stmt(init);
        }
        let xty = self.ty(x);
        let iface_rt = self.m.rt_type(xty);
        let tag = self.alloc_local(2);
        self.expr_into(x, tag);
        self.end_stmt();
        let mut to_body: Vec<Vec<usize>> = Vec::new();
        for clause in cases {
            let mut jumps = Vec::new();
            for e in &clause.exprs {
                let cond = self.alloc(1);
                let ty = self.ty(e);
                if ty == ids::UNTYPED_NIL {
                    let z = self.alloc(1);
                    self.emit(Instr::LoadInt { dst: z, k: 0 });
                    self.emit(Instr::EqInt {
                        dst: cond,
                        a: tag,
                        b: z,
                    });
                } else if self.m.info.types.is_interface(ty) {
                    let rt = self.m.rt_type(ty);
                    let t = self.alloc(3);
                    self.emit(Instr::TypeAssertOk {
                        dst: t,
                        src: tag,
                        ty: rt,
                    });
                    self.mov(cond, t + 2, 1);
                } else {
                    let rt = self.m.rt_type(ty);
                    let k = self.alloc(1);
                    self.emit(Instr::LoadInt {
                        dst: k,
                        k: rt as i64,
                    });
                    self.emit(Instr::EqInt {
                        dst: cond,
                        a: tag,
                        b: k,
                    });
                }
                jumps.push(self.emit(Instr::JmpIf { cond, to: 0 }));
                self.end_stmt();
            }
            to_body.push(jumps);
        }
        let no_match = self.emit(Instr::Jmp { to: 0 });
        let mut ends = Vec::new();
        let mut default_pc = None;
        for (clause, jumps) in cases.iter().zip(to_body) {
            let here = self.pc();
            for j in jumps {
                self.patch(j, here);
            }
            if clause.default {
                default_pc = Some(here);
            }
            let scope = self.open_block();
            if let Some(&obj) = self.m.info.switch_vars.get(&clause.span.start) {
                let vty = self.m.info.obj(obj).ty;
                let loc = self.declare_var(obj);
                let v = self.alloc(self.words(vty).max(1));
                if self.m.info.types.is_interface(vty) {
                    self.mov(v, tag, 2);
                } else {
                    let ty = self.m.rt_type(vty);
                    self.emit(Instr::TypeAssert {
                        dst: v,
                        src: tag,
                        ty,
                        iface: iface_rt,
                    });
                }
                self.store_var(loc, vty, v);
                self.end_stmt();
            }
            ends.extend(
                self.breakable_block(&clause.body, label.clone(), false)
                    .breaks,
            );
            ends.push(self.emit(Instr::Jmp { to: 0 }));
            self.close_block(scope);
        }
        let end = self.pc();
        self.patch(no_match, default_pc.unwrap_or(end));
        for j in ends {
            self.patch(j, end);
        }
        self.close_block(saved);
    }

    /// `tag == e` for a case expression, into a fresh slot.
    /// Emits a jump, to be patched, taken when the tag in `tag` equals case
    /// expression `e`: one compare-and-branch for integers.
    fn case_jump(&mut self, tag: Slot, tag_ty: TypeId, e: &'a Expr) -> usize {
        let t = &self.m.info.types;
        if t.is_integer(tag_ty) && t.is_integer(self.ty(e)) {
            if let Some(k) = self.int_const(e).and_then(|k| i32::try_from(k).ok()) {
                return self.emit(Instr::JmpEqK { a: tag, k, to: 0 });
            }
            let b = self.expr(e);
            return self.emit(Instr::JmpEq { a: tag, b, to: 0 });
        }
        let cond = self.case_equal(tag, tag_ty, e);
        self.emit(Instr::JmpIf { cond, to: 0 })
    }

    fn case_equal(&mut self, tag: Slot, tag_ty: TypeId, e: &'a Expr) -> Slot {
        let dst = self.alloc(1);
        let ety = self.ty(e);
        let t = &self.m.info.types;
        if t.is_interface(tag_ty) || t.is_interface(ety) {
            let (iface, concrete) = if t.is_interface(tag_ty) {
                (tag_ty, None)
            } else {
                (ety, Some(tag_ty))
            };
            let a = match concrete {
                Some(cty) => {
                    let a = self.alloc(2);
                    let ty = self.m.rt_type(cty);
                    self.emit(Instr::MakeIface {
                        dst: a,
                        src: tag,
                        ty,
                    });
                    a
                }
                None => tag,
            };
            let b = self.alloc(2);
            self.expr_to(e, iface, b);
            self.emit(Instr::EqIface { dst, a, b });
        } else {
            let b = self.expr(e);
            self.eq_values(tag, b, tag_ty, dst);
        }
        dst
    }

    /// A local `var` spec: zero values or initializers.
    fn var_spec(&mut self, vs: &'a ast::ValueSpec) {
        let objs: Vec<_> = vs
            .names
            .iter()
            .map(|n| self.m.info.def(n.span).expect("declared"))
            .collect();
        if vs.values.is_empty() {
            for obj in objs {
                let loc = self.declare_var(obj);
                if let VarLoc::Slot(s) = loc {
                    let n = self.words(self.m.info.obj(obj).ty);
                    self.emit(Instr::Zero { dst: s, n });
                }
            }
            return;
        }
        if let ([obj], [value]) = (&objs[..], &vs.values[..])
            && let Some(elts) = self.large_literal(value)
        {
            // Built in the new variable's (zeroed) heap cell.
            let loc = self.declare_var(*obj);
            let cell = self.cell_addr(loc);
            self.order(value);
            let ty = self.m.info.obj(*obj).ty;
            return self.composite_lit_in(ty, elts, cell);
        }
        let vals = self.rhs_values(
            &objs
                .iter()
                .map(|&o| self.m.info.obj(o).ty)
                .collect::<Vec<_>>(),
            &vs.values,
        );
        for (obj, (slot, ty)) in objs.into_iter().zip(vals) {
            let loc = self.declare_var_late(obj);
            self.store_var(loc, ty, slot);
        }
    }

    /// Declares a variable after its initializer was computed into
    /// temporaries: the temporaries move up to make room below them.
    fn declare_var_late(&mut self, obj: crate::types::ObjId) -> VarLoc {
        // Temporaries are above `locals_top`; give the local fresh slots above
        // them and raise `locals_top` past everything (slots are cheap).
        self.locals_top = self.top;
        self.declare_var(obj)
    }

    /// The value of type `from` in `s` as a value for a target of type `to`
    /// (`INVALID`: the blank identifier or a new variable): boxed in an
    /// interface when `to` is one.
    pub(super) fn as_target(&mut self, s: Slot, from: TypeId, to: TypeId) -> (Slot, TypeId) {
        let t = &self.m.info.types;
        if to != ids::INVALID && t.is_interface(to) && !t.is_interface(from) {
            let dst = self.alloc(2);
            let ty = self.m.rt_type(from);
            self.emit(Instr::MakeIface { dst, src: s, ty });
            (dst, to)
        } else {
            (s, from)
        }
    }

    /// Evaluates right-hand sides for targets of types `tys`: one value
    /// each, or one call spread over them. Returns temporaries.
    pub(super) fn rhs_values(&mut self, tys: &[TypeId], rhs: &'a [Expr]) -> Vec<(Slot, TypeId)> {
        if rhs.len() == 1 && self.m.info.comma_ok.contains(&strip(&rhs[0]).id) {
            // `v, ok := m[k]` and `v, ok := x.(T)`: the value (or zero) and
            // whether there was one.
            let vty = self.ty(&rhs[0]);
            let vw = self.words(vty);
            let t = self.alloc(vw + 1);
            if let ExprKind::TypeAssert(x, _) = &strip(&rhs[0]).kind {
                let src = self.expr(x);
                let ty = self.m.rt_type(vty);
                self.emit(Instr::TypeAssertOk { dst: t, src, ty });
            } else if let ExprKind::Unary(ast::UnaryOp::Recv, x) = &strip(&rhs[0]).kind {
                let ch = self.expr(x);
                self.emit(Instr::ChanRecv {
                    dst: t,
                    ch,
                    n: vw,
                    ok: true,
                });
            } else {
                let Place::Map { m, key, ty } = self.place(strip(&rhs[0])) else {
                    unreachable!("comma-ok reads maps and type assertions")
                };
                self.emit(Instr::MapIndex { dst: t, m, key, ty });
            }
            let value = self.as_target(t, vty, tys[0]);
            let ok = self.as_target(
                t + vw,
                ids::BOOL,
                tys.get(1).copied().unwrap_or(ids::INVALID),
            );
            return vec![value, ok];
        }
        if rhs.len() == 1 && tys.len() > 1 {
            let ExprKind::Call { fun, args, .. } = &strip(&rhs[0]).kind else {
                unreachable!("only calls produce several values")
            };
            let base = self.call(&rhs[0], fun, args);
            let Type::Tuple(results) = self.m.info.types.get(self.ty(&rhs[0])).clone() else {
                unreachable!("a multi-value call has a tuple type")
            };
            let mut slot = base + HEADER as Slot;
            return results
                .iter()
                .zip(tys)
                .map(|(&rt, &to)| {
                    let s = slot;
                    slot += self.words(rt);
                    self.as_target(s, rt, to)
                })
                .collect();
        }
        rhs.iter()
            .zip(tys)
            .map(|(e, &to)| {
                let to = if to == ids::INVALID {
                    self.default_type(self.ty(e))
                } else {
                    to
                };
                let dst = self.alloc(self.words(to).max(1));
                self.expr_to(e, to, dst);
                (dst, to)
            })
            .collect()
    }

    fn assign(&mut self, lhs: &'a [Expr], op: AssignOp, rhs: &'a [Expr]) {
        match op {
            AssignOp::Op(bop) => {
                let x = &lhs[0];
                // `x op= f()` reads `x` after `f` ran.
                self.order(x);
                self.order_operand(&rhs[0]);
                let place = self.place_now(x);
                let place = self.resolve(place);
                let ty = self.ty(x);
                let cur = self.operand_of(place, ty);
                let by_k = self.m.info.types.is_integer(ty)
                    && self
                        .int_const(&rhs[0])
                        .is_some_and(|k| self.arith_k(bop, ty, cur, cur, k));
                if !by_k {
                    let y = self.expr(&rhs[0]);
                    self.arith(bop, ty, cur, cur, y);
                }
                self.store_place(place, ty, cur);
            }
            AssignOp::Assign | AssignOp::Define => {
                // The left side's operands, then the right side's calls, run
                // before anything is read: `a[i] = f()` indexes with `i` as
                // `f` left it.
                let mut read = false;
                for l in lhs
                    .iter()
                    .filter(|l| !matches!(strip(l).kind, ExprKind::Ident(_)))
                {
                    self.order(l);
                    read = true;
                }
                if read && rhs.len() == 1 {
                    self.order_operand(&rhs[0]);
                }
                self.order_list(rhs);
                // Single assignment to a plain slot: compute in place.
                if lhs.len() == 1 && rhs.len() == 1 && !lhs[0].is_blank() {
                    let fresh = op == AssignOp::Define && self.is_new(&lhs[0]);
                    let target = self.target(&lhs[0], op);
                    let ty = self.target_type(&lhs[0]);
                    if let (true, Some(elts), Place::Var(loc @ VarLoc::Boxed(_))) =
                        (fresh, self.large_literal(&rhs[0]), target)
                    {
                        // A new variable's cell is zero: the literal is
                        // built in it.
                        let cell = self.cell_addr(loc);
                        self.composite_lit_in(ty, elts, cell);
                    } else if let Place::Var(loc) = target
                        && !matches!(loc, VarLoc::Slot(_))
                        && self.words(ty) > LARGE_VALUE_WORDS
                    {
                        // Too large for the frame: copied memory to memory.
                        let dst = self.alloc(1);
                        self.loc_address(loc, dst);
                        self.copy_value(&rhs[0], dst);
                    } else if let Place::Var(VarLoc::Slot(s)) = target {
                        self.expr_to(&rhs[0], ty, s);
                    } else {
                        let v = self.alloc(self.words(ty).max(1));
                        self.expr_to(&rhs[0], ty, v);
                        self.store_place(target, ty, v);
                    }
                    return;
                }
                // `a, b := x, y` declaring only new variables: the right side
                // cannot read them, so each value goes straight to its own.
                if op == AssignOp::Define
                    && lhs.len() == rhs.len()
                    && lhs.iter().all(|l| l.is_blank() || self.is_new(l))
                {
                    let targets: Vec<Option<(Place, TypeId)>> = lhs
                        .iter()
                        .map(|l| (!l.is_blank()).then(|| (self.target(l, op), self.target_type(l))))
                        .collect();
                    for (target, r) in targets.into_iter().zip(rhs) {
                        match target {
                            Some((Place::Var(VarLoc::Slot(s)), ty)) => self.expr_to(r, ty, s),
                            Some((target, ty)) => {
                                let v = self.alloc(self.words(ty).max(1));
                                self.expr_to(r, ty, v);
                                self.store_place(target, ty, v);
                            }
                            None => {
                                self.expr(r);
                            }
                        }
                    }
                    return;
                }
                // Index operands on the left, then the right side, are
                // evaluated first; then the assignments happen left to right.
                let places: Vec<Option<Place>> = lhs
                    .iter()
                    .map(|l| {
                        let skip = l.is_blank() || op == AssignOp::Define && self.is_new(l);
                        (!skip).then(|| self.place(l))
                    })
                    .collect();
                let tys: Vec<TypeId> = lhs
                    .iter()
                    .map(|l| {
                        if l.is_blank() {
                            ids::INVALID
                        } else {
                            self.target_type(l)
                        }
                    })
                    .collect();
                let vals = self.rhs_values(&tys, rhs);
                for ((l, place), (slot, ty)) in lhs.iter().zip(places).zip(vals) {
                    if l.is_blank() {
                        continue;
                    }
                    let target = match place {
                        Some(p) => p,
                        None => {
                            self.locals_top = self.top;
                            self.target(l, op)
                        }
                    };
                    self.store_place(target, ty, slot);
                }
            }
        }
    }

    /// The elements of `e` when it is a composite literal of a value too
    /// large for the frame (see [`LARGE_VALUE_WORDS`]).
    fn large_literal(&self, e: &'a Expr) -> Option<&'a [ast::Element]> {
        let e = strip(e);
        match &e.kind {
            ExprKind::CompositeLit { elts, .. }
                if !self.m.info.elided_addr.contains(&e.id)
                    && self.words(self.ty(e)) > LARGE_VALUE_WORDS =>
            {
                Some(elts)
            }
            _ => None,
        }
    }

    /// The identifier on the left of `:=` declares a new variable.
    fn is_new(&self, l: &Expr) -> bool {
        self.m.info.def(l.span).is_some_and(|o| {
            !self.vars.contains_key(&o) && self.m.info.uses[l.id as usize].is_none()
        })
    }

    fn target_type(&self, l: &Expr) -> TypeId {
        match self.m.info.def(l.span) {
            Some(o) if self.m.info.uses[l.id as usize].is_none() => self.m.info.obj(o).ty,
            _ => self.ty(l),
        }
    }

    /// Where the target of an assignment whose calls already ran lives;
    /// `:=` declares new variables.
    fn target(&mut self, l: &'a Expr, op: AssignOp) -> Place {
        if op == AssignOp::Define && self.is_new(l) {
            let obj = self.m.info.def(l.span).expect("checked");
            if self.top != self.locals_top {
                self.locals_top = self.top;
            }
            return Place::Var(self.declare_var(obj));
        }
        self.place_now(l)
    }

    /// `break` or `continue` (with its label): a jump to the loop's end or
    /// next iteration, or, for a loop outside the range-over-func loop body
    /// being compiled, leaving the body so that its loop takes the branch.
    pub(super) fn branch(&mut self, is_break: bool, label: Option<&str>) {
        let Some(target) = self.branch_target(is_break, label) else {
            let label = label
                .expect("the checker places unlabeled break and continue")
                .to_string();
            return self.outer_branch(if is_break {
                OuterBranch::Break(label)
            } else {
                OuterBranch::Continue(label)
            });
        };
        let j = self.emit(Instr::Jmp { to: 0 });
        let target = &mut self.loops[target];
        if is_break {
            target.breaks.push(j);
        } else {
            target.continues.push(j);
        }
    }

    /// `goto label`: a jump patched when the function is finished (in a
    /// range-over-func loop body, one to a label outside it leaves the body
    /// instead, see `yield_body`).
    pub(super) fn goto(&mut self, label: String) {
        let j = self.emit(Instr::Jmp { to: 0 });
        self.gotos.push((j, label));
    }

    /// The loop or switch being compiled that a `break` or `continue`
    /// (with its label) leaves; `None` for one outside a range-over-func
    /// loop body.
    fn branch_target(&self, is_break: bool, label: Option<&str>) -> Option<usize> {
        self.loops.iter().rposition(|l| match label {
            Some(name) => l.label.as_deref() == Some(name),
            None => is_break || l.is_loop,
        })
    }

    fn return_stmt(&mut self, results: &'a [Expr]) {
        self.order_list(results);
        if let Some(state) = self.info_func.and_then(|f| f.range_state) {
            return self.range_body_return(state, results);
        }
        let slots = self.result_slots.clone();
        if !results.is_empty() {
            let tys: Vec<TypeId> = slots.iter().map(|&(_, t)| t).collect();
            let named = self.named_results.iter().any(|r| r.is_some());
            // A deferred call that recovers a panic of a later value sees
            // the results as they were: compute every value before
            // assigning any result.
            let observable = self.has_defer && results.len() > 1;
            if named || observable || results.len() != slots.len() {
                let vals = self.rhs_values(&tys, results);
                for (i, (slot, ty)) in vals.into_iter().enumerate() {
                    match self.named_results.get(i).copied().flatten() {
                        Some(obj) => {
                            let loc = self.var_loc(obj);
                            self.store_var(loc, ty, slot);
                        }
                        None => self.mov(slots[i].0, slot, self.words(ty)),
                    }
                }
            } else {
                for (e, &(slot, ty)) in results.iter().zip(&slots) {
                    self.expr_to(e, ty, slot);
                }
            }
        }
        self.emit_return();
    }

    /// Points a finished loop's `continue`s at `cont`, and its `break`s and
    /// the `exits` of its condition at the code after it.
    fn close_loop(&mut self, lp: Loop, cont: Pc, exits: impl IntoIterator<Item = usize>) {
        let end = self.pc();
        for j in lp.continues {
            self.patch(j, cont);
        }
        for j in lp.breaks.into_iter().chain(exits) {
            self.patch(j, end);
        }
    }

    /// A loop's body, with the `break`s and `continue`s that leave it.
    pub(super) fn loop_body(&mut self, body: &'a Block, label: Option<String>) -> Loop {
        self.breakable_block(&body.stmts, label, true)
    }

    /// A block `break` (and, in a loop, `continue`) may leave, with the
    /// jumps that do.
    fn breakable_block(&mut self, stmts: &'a [Stmt], label: Option<String>, is_loop: bool) -> Loop {
        self.loops.push(Loop {
            label,
            is_loop,
            breaks: Vec::new(),
            continues: Vec::new(),
        });
        self.block(stmts);
        self.loops.pop().expect("pushed above")
    }

    fn for_stmt(
        &mut self,
        init: Option<&'a Stmt>,
        cond: Option<&'a Expr>,
        post: Option<&'a Stmt>,
        body: &'a Block,
        label: Option<String>,
    ) {
        let saved = self.open_block();
        let mut loop_vars = Vec::new();
        if let Some(init) = init {
            self.stmt(init);
            if let StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                ..
            } = &init.kind
            {
                loop_vars = lhs.iter().filter_map(|l| self.m.info.def(l.span)).collect();
            }
        }
        // The condition is tested at the bottom, so an iteration takes one
        // jump, not two; the loop is entered by jumping to the test.
        let enter = cond.map(|_| self.emit(Instr::Jmp { to: 0 }));
        let top = self.pc();
        let lp = self.loop_body(body, label);
        let cont = self.pc();
        // Go 1.22: each iteration has its own loop variables; a captured one
        // moves to a fresh cell holding its current value before `post`.
        for obj in loop_vars {
            // (A large variable in a cell that nothing captures needs none.)
            if let Some(&VarLoc::Boxed(cell)) = self.vars.get(&obj)
                && self.m.info.obj(obj).captured
            {
                let ty = self.m.info.obj(obj).ty;
                let (n, acc) = (self.words(ty), self.m.info.types.access(ty));
                let v = self.alloc(n);
                self.emit(Instr::Load {
                    dst: v,
                    ptr: cell,
                    off: 0,
                    acc,
                });
                let layout = self.m.layout(ty);
                self.emit(Instr::NewBox {
                    dst: cell,
                    n,
                    layout,
                });
                self.emit(Instr::Store {
                    ptr: cell,
                    off: 0,
                    src: v,
                    acc,
                });
                self.end_stmt();
            }
        }
        if let Some(post) = post {
            self.stmt(post);
        }
        match (cond, enter) {
            (Some(cond), Some(enter)) => {
                let test = self.pc();
                self.patch(enter, test);
                self.set_line(cond.span);
                let again = self.jump_if(cond, true);
                self.patch_all(again, top);
                self.end_stmt();
            }
            _ => {
                self.emit(Instr::Jmp { to: top });
            }
        }
        self.close_loop(lp, cont, Vec::new());
        self.close_block(saved);
    }

    /// `for k, v := range m` over a map: entries in the map's order, each
    /// read when reached (deleted ones are skipped).
    fn range_map(
        &mut self,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a Block,
        label: Option<String>,
    ) {
        let saved = self.open_block();
        let mty = self.ty(x);
        let (kty, vty) = match *self.m.info.types.get(self.m.info.types.underlying(mty)) {
            Type::Map(k, v) => (k, v),
            _ => unreachable!("range_map of a map"),
        };
        let ty = self.m.rt_type(mty);
        let kw = self.words(kty);
        let it = self.alloc_local(2);
        let buf = self.alloc_local(1 + kw + self.words(vty));
        self.expr_into(x, it);
        self.emit(Instr::LoadInt { dst: it + 1, k: 0 });
        self.end_stmt();
        let top = self.pc();
        self.emit(Instr::MapNext { dst: buf, it, ty });
        let exit = self.emit(Instr::JmpIfNot { cond: buf, to: 0 });
        let body_scope = self.open_block();
        let vars = [(key, buf + 1, kty), (value, buf + 1 + kw, vty)];
        self.range_vars(&vars, define);
        let lp = self.loop_body(body, label);
        self.close_block(body_scope);
        self.emit(Instr::Jmp { to: top });
        self.close_loop(lp, top, [exit]);
        self.close_block(saved);
    }

    /// `for v := range ch`: receives until the channel is closed and drained.
    fn range_chan(
        &mut self,
        key: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a Block,
        label: Option<String>,
    ) {
        let saved = self.open_block();
        let (_, elem) = self
            .m
            .info
            .types
            .chan_of(self.ty(x))
            .expect("range_chan of a channel");
        let ew = self.words(elem);
        let ch = self.alloc_local(1);
        let buf = self.alloc_local(ew + 1);
        self.expr_into(x, ch);
        self.end_stmt();
        let top = self.pc();
        self.emit(Instr::ChanRecv {
            dst: buf,
            ch,
            n: ew,
            ok: true,
        });
        let exit = self.emit(Instr::JmpIfNot {
            cond: buf + ew,
            to: 0,
        });
        let body_scope = self.open_block();
        if let Some(k) = key.filter(|k| !k.is_blank()) {
            self.range_assign(k, define, buf, elem);
        }
        let lp = self.loop_body(body, label);
        self.close_block(body_scope);
        self.emit(Instr::Jmp { to: top });
        self.close_loop(lp, top, [exit]);
        self.close_block(saved);
    }

    /// `select`: evaluates every case's channel and sent value in source
    /// order, lets selectgo pick a case, then runs that case's assignment
    /// and body.
    fn select(&mut self, cases: &'a [ast::CommClause], label: Option<String>) {
        let saved = self.open_block();
        // Per case: the channel expression, the sent value's type or the
        // receive's element type, and the slot of the value.
        let mut comms: Vec<Option<(&'a Stmt, Slot, TypeId)>> = Vec::new();
        let n = cases.iter().filter(|c| c.comm.is_some()).count() as u32;
        // Every slot the select needs is a local allocated before any
        // operand is evaluated: the operands' temporaries come after them.
        let table = self.alloc_local(2 * n.max(1));
        let mut operands = Vec::new();
        for clause in cases {
            let Some(comm) = &clause.comm else {
                comms.push(None);
                continue;
            };
            let (ch_expr, sent) = match &comm.kind {
                StmtKind::Send(ch, v) => (ch, Some(v)),
                StmtKind::Expr(e) => (recv_operand(e), None),
                StmtKind::Assign { rhs, .. } => (recv_operand(&rhs[0]), None),
                _ => unreachable!("the checker allows sends and receives only"),
            };
            let (_, elem) = self
                .m
                .info
                .types
                .chan_of(self.ty(ch_expr))
                .expect("select cases use channels");
            let v = self.alloc_local_typed(elem);
            operands.push((ch_expr, sent, v, elem));
            comms.push(Some((comm, v, elem)));
        }
        let chosen = self.alloc_local(2);
        // Channel operands and sent values, in source order.
        let mut values = Vec::new();
        for (at, (ch_expr, sent, v, elem)) in (table..).step_by(2).zip(operands) {
            self.set_line(ch_expr.span);
            self.expr_into(ch_expr, at);
            let mut word = u64::from(v);
            if let Some(value) = sent {
                self.expr_to(value, elem, v);
                word |= crate::bytecode::SELECT_SEND;
            }
            self.emit(Instr::LoadInt {
                dst: at + 1,
                k: word as i64,
            });
            values.push((sent.is_some(), v, self.words(elem)));
        }
        let has_default = comms.iter().any(Option::is_none);
        let select = self.emit(Instr::Select {
            dst: chosen,
            cases: table,
            n,
            block: !has_default,
        });
        for (send, v, words) in values {
            self.case_value(select as Pc, send, v, words);
        }
        self.end_stmt();
        let mut ends = Vec::new();
        let mut index = 0i32;
        for (clause, comm) in cases.iter().zip(comms) {
            let this = if comm.is_some() { index } else { -1 };
            let next = self.jump_unless(chosen, this);
            let scope = self.open_block();
            if let Some((stmt, v, elem)) = comm {
                index += 1;
                if let StmtKind::Assign { lhs, op, .. } = &stmt.kind {
                    self.select_assign(lhs, *op, v, elem, chosen + 1);
                }
            }
            ends.extend(
                self.breakable_block(&clause.body, label.clone(), false)
                    .breaks,
            );
            ends.push(self.emit(Instr::Jmp { to: 0 }));
            self.close_block(scope);
            let here = self.pc();
            self.patch(next, here);
        }
        let end = self.pc();
        for j in ends {
            self.patch(j, end);
        }
        self.close_block(saved);
    }

    /// `case v, ok := <-ch` (or `=`): the received value in `v` and the
    /// `ok` word at `ok`, assigned or declared.
    fn select_assign(&mut self, lhs: &'a [Expr], op: AssignOp, v: Slot, elem: TypeId, ok: Slot) {
        let vars = [(lhs.first(), v, elem), (lhs.get(1), ok, ids::BOOL)];
        self.range_vars(&vars, op == AssignOp::Define);
    }

    /// `for k, v := range x` over an integer (a hidden counter from 0 to x)
    /// or a slice (evaluated once; `v` is a copy of each element).
    fn range_loop(
        &mut self,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a Block,
        label: Option<String>,
    ) {
        let xty = self.ty(x);
        if self.m.info.types.signature(xty).is_some() {
            return self.range_func(key, value, define, x, body, label);
        }
        let saved = self.open_block();
        let t = &self.m.info.types;
        let array = match t.get(t.underlying(xty)) {
            &Type::Array(n, _) => Some(n),
            _ => None,
        };
        let ptr_array = self.pointer_to_array(xty);
        let t = &self.m.info.types;
        let is_slice = matches!(t.get(t.underlying(xty)), Type::Slice(_))
            || array.is_some()
            || ptr_array.is_some();
        let is_string = t.is_string(xty);
        let n = self.alloc_local(1);
        let i = self.alloc_local(1);
        // For a string: the current rune and its width in bytes.
        let rune = if is_string {
            Some(self.alloc_local(2))
        } else {
            None
        };
        let reads_values = value.is_some_and(|v| !v.is_blank());
        let s = if let (Some(len), false) = (ptr_array, reads_values) {
            // Only the indexes: the pointer is evaluated but never followed
            // (a nil one ranges too).
            self.expr(x);
            self.emit(Instr::LoadInt {
                dst: n,
                k: len as i64,
            });
            None
        } else if ptr_array.is_some() {
            // The elements are read through the pointer as the loop goes.
            let s = self.alloc_local(3);
            let slice = self.array_slice(x);
            self.mov(s, slice, 3);
            self.mov(n, s + 1, 1);
            Some(s)
        } else if let (Some(len), false) = (array, reads_values) {
            // Only the indexes: no copy. When `len(x)` is constant the
            // spec says the range expression is not evaluated; else it is
            // evaluated once, for what its calls and receives do (`*f()`
            // is not dereferenced, as Go's only length needs no memory).
            if self.m.info.has_call_or_recv(x) {
                match &strip(x).kind {
                    ExprKind::Star(p) => self.expr(p),
                    _ => self.expr(x),
                };
            }
            self.emit(Instr::LoadInt {
                dst: n,
                k: len as i64,
            });
            None
        } else if let Some(len) = array
            && self.words(xty) > LARGE_VALUE_WORDS
        {
            // The copy of the array is too large for the frame: it goes
            // to the heap.
            let s = self.alloc_local(3);
            self.heap_copy(x, s);
            for k in 1..3 {
                self.emit(Instr::LoadInt {
                    dst: s + k,
                    k: len as i64,
                });
            }
            self.mov(n, s + 1, 1);
            Some(s)
        } else if let Some(len) = array {
            // The range expression is evaluated once: a copy of the array.
            let words = self.words(xty);
            let copy = self.alloc_local(words.max(1));
            let s = self.alloc_local(3);
            self.expr_into(x, copy);
            self.frame_slice(s, copy, len, words);
            self.mov(n, s + 1, 1);
            Some(s)
        } else if is_slice || is_string {
            let s = self.alloc_local(if is_slice { 3 } else { 2 });
            self.expr_into(x, s);
            self.mov(n, s + 1, 1);
            Some(s)
        } else {
            self.expr_into(x, n);
            None
        };
        self.emit(Instr::LoadInt { dst: i, k: 0 });
        self.end_stmt();
        // Tested at the bottom, as in a three-clause loop.
        let enter = self.emit(Instr::Jmp { to: 0 });
        let top = self.pc();
        let body_scope = self.open_block();
        if let (Some(r), Some(s)) = (rune, s) {
            self.emit(Instr::DecodeRune { dst: r, s, i });
        }
        // The element (or rune) first: it reads the hidden counter only.
        let val = match (value.filter(|v| !v.is_blank()), s) {
            (Some(_), Some(s)) => Some(match rune {
                Some(r) => (r, ids::INT32),
                None => {
                    // The element, as the ranged value holds it.
                    let ty = match *self.m.info.types.get(self.m.info.types.underlying(xty)) {
                        Type::Pointer(p) => self.elem_type(p),
                        _ => self.elem_type(xty),
                    };
                    let val = self.alloc(self.words(ty).max(1));
                    self.emit(Instr::LoadElem {
                        dst: val,
                        s,
                        i,
                        acc: self.m.info.types.access(ty),
                    });
                    (val, ty)
                }
            }),
            _ => None,
        };
        // An index, or the counter of a range over an integer (of its type).
        let kty = if s.is_some() || array.is_some() || ptr_array.is_some() {
            ids::INT
        } else {
            self.default_type(xty)
        };
        let (vslot, vty) = val.unwrap_or((i, ids::INT));
        let vars = [(key, i, kty), (val.and(value), vslot, vty)];
        self.range_vars(&vars, define);
        let lp = self.loop_body(body, label);
        self.close_block(body_scope);
        let cont = self.pc();
        match rune {
            Some(r) => self.emit(Instr::AddInt {
                dst: i,
                a: i,
                b: r + 1,
            }),
            None => self.emit(Instr::AddIntK { dst: i, a: i, k: 1 }),
        };
        let test = self.pc();
        self.patch(enter, test);
        self.emit(Instr::JmpGt {
            a: n,
            b: i,
            to: top,
        });
        self.end_stmt();
        self.close_loop(lp, cont, []);
        self.close_block(saved);
    }

    /// `R[dst] :=` a new heap cell holding a copy of `x`'s value, read
    /// from where it lives (or built there, for a composite literal).
    fn heap_copy(&mut self, x: &'a Expr, dst: Slot) {
        let ty = self.ty(x);
        let words = self.words(ty);
        let layout = self.m.layout(ty);
        self.emit(Instr::NewBox {
            dst,
            n: words,
            layout,
        });
        if let Some(elts) = self.large_literal(x) {
            self.order(x);
            return self.composite_lit_in(ty, elts, dst);
        }
        self.copy_value(x, dst);
    }

    /// Copies the value of `x` to the memory at `R[dst]`, from where it
    /// lives (a literal is built in a new cell first, since its elements
    /// may read the destination).
    fn copy_value(&mut self, x: &'a Expr, dst: Slot) {
        let words = self.words(self.ty(x));
        let src = self.alloc(1);
        if self.large_literal(x).is_some() {
            self.heap_copy(x, src);
        } else {
            let p = self.place_now(x);
            match self.place_loc(p) {
                VarLoc::Slot(slot) => self.slot_addr(src, slot, words),
                VarLoc::SlotPart { slot, off } => {
                    self.slot_addr(src, slot, words + 1);
                    self.emit(Instr::AddIntK {
                        dst: src,
                        a: src,
                        k: off as i32,
                    });
                }
                loc => self.loc_address(loc, src),
            }
        }
        // One element of `size` bytes copied between two one-element
        // slices: a memmove.
        let (a, b) = (self.alloc(3), self.alloc(3));
        self.mov(a, dst, 1);
        self.mov(b, src, 1);
        for t in [a, b] {
            for k in 1..3 {
                self.emit(Instr::LoadInt { dst: t + k, k: 1 });
            }
        }
        let count = self.alloc(1);
        let elem = self.layout(self.ty(x));
        self.emit(Instr::Copy {
            dst: count,
            a,
            b,
            elem,
        });
    }

    /// Gives the iteration variables (absent or blank ones skipped) their
    /// values: `(variable, slot, type of the value)`. Assigned ones act as
    /// one tuple assignment: every place (its index operands and pointers)
    /// is evaluated before the first store.
    pub(super) fn range_vars(&mut self, vars: &[(Option<&'a Expr>, Slot, TypeId)], define: bool) {
        let vars: Vec<(&'a Expr, Slot, TypeId)> = vars
            .iter()
            .filter_map(|&(k, src, from)| Some((k.filter(|k| !k.is_blank())?, src, from)))
            .collect();
        if define {
            for (k, src, from) in vars {
                self.range_assign(k, true, src, from);
            }
            return;
        }
        let places: Vec<Place> = vars.iter().map(|&(k, _, _)| self.place(k)).collect();
        for ((k, src, from), place) in vars.into_iter().zip(places) {
            let ty = self.ty(k);
            let (src, _) = self.as_target(src, from, ty);
            self.store_place(place, ty, src);
        }
        self.end_stmt();
    }

    /// Gives an iteration variable the value of type `from` in `src`: a
    /// fresh variable each iteration for `:=` (Go 1.22), else an assignment
    /// (boxed when the variable is an interface).
    fn range_assign(&mut self, k: &'a Expr, define: bool, src: Slot, from: TypeId) {
        let ty = if define {
            self.target_type(k)
        } else {
            self.ty(k)
        };
        let (src, _) = self.as_target(src, from, ty);
        let place = if define {
            self.locals_top = self.top;
            let obj = self.m.info.def(k.span).expect("declared by the checker");
            Place::Var(self.declare_var(obj))
        } else {
            self.place(k)
        };
        self.store_place(place, ty, src);
        self.end_stmt();
    }

    /// Initializes package-level variables declared by `vs` (in the entry).
    pub fn global_init(&mut self, vs: &'a ast::ValueSpec) {
        self.set_line(vs.span);
        let objs: Vec<_> = vs.names.iter().map(|n| self.m.info.def(n.span)).collect();
        if vs.values.is_empty() {
            return;
        }
        let tys: Vec<TypeId> = objs
            .iter()
            .map(|o| o.map_or(ids::INVALID, |o| self.m.info.obj(o).ty))
            .collect();
        if let ([Some(obj)], [name], [value]) = (&objs[..], &vs.names[..], &vs.values[..])
            && name.name != "_"
            && let Some(elts) = self.large_literal(value)
        {
            // A package variable is zero until its initializer runs, and
            // cannot be read by it (that is an initialization cycle): the
            // literal is built in place.
            let VarLoc::Global(g) = self.var_loc(*obj) else {
                unreachable!("package variables are global")
            };
            let p = self.alloc(1);
            self.emit(Instr::GlobalAddr { dst: p, g });
            self.order(value);
            let ty = self.m.info.obj(*obj).ty;
            self.composite_lit_in(ty, elts, p);
            return self.end_stmt();
        }
        let vals = self.rhs_values(&tys, &vs.values);
        for (obj, (slot, ty)) in objs.into_iter().zip(vals) {
            if let Some(obj) = obj
                && vs
                    .names
                    .iter()
                    .any(|n| n.name != "_" && self.m.info.def(n.span) == Some(obj))
            {
                let loc = self.var_loc(obj);
                self.store_var(loc, ty, slot);
            }
        }
        self.end_stmt();
    }
}

fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(inner) => strip(inner),
        _ => e,
    }
}

/// The channel of a select case's receive `<-ch`.
fn recv_operand(e: &Expr) -> &Expr {
    match &strip(e).kind {
        ExprKind::Unary(ast::UnaryOp::Recv, ch) => ch,
        _ => unreachable!("the checker requires a receive"),
    }
}

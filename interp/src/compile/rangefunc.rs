//! Range over functions (Go 1.23 iterators). The loop body is compiled as
//! the `yield` closure passed to the iterator (`F-rangeN`, as Go names
//! it); a state variable the body captures says how it last ended, as in
//! `types/rangefunc.rs`:
//!
//! - the end of the body and `continue` return `true` from the closure;
//! - `break` sets the state to 1 and returns `false`;
//! - `return` stores the enclosing function's results, sets the state to 2
//!   and returns `false`; once the iterator returns, the enclosing
//!   function (or enclosing loop body, which passes it on) returns;
//! - `break L` or `continue L` of a loop outside the body, or `goto L` of a
//!   label outside it, sets the state to `3 + i` (the `i`th such branch of
//!   the body) and returns `false`; once the iterator returns, the
//!   enclosing code takes the branch (passing it on again when the label
//!   is outside it too);
//! - a `yield` call after the body returned `false` panics (Go's
//!   `panicrangestate`).

use grammar::ast::{self, Expr};

use super::func::{FuncCompiler, OuterBranch};
use crate::bytecode::{Instr, Slot};
use crate::runtime::stack::HEADER;
use crate::types::{FuncInfo, ObjId, TypeId, ids};

impl<'m, 'a> FuncCompiler<'m, 'a> {
    /// `for key, value := range x` over an iterator function `x`.
    pub(super) fn range_func(
        &mut self,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a ast::Block,
        label: Option<String>,
    ) {
        let saved = self.open_block();
        let fi = self.m.info.func_at(body.span);
        let state = fi.range_state.expect("a range-over-func loop body");
        let state_loc = self.declare_var(state);
        let (iter, clo) = (self.alloc_local(1), self.alloc_local(1));
        self.expr_into(x, iter);
        let outer = self.yield_closure(fi, key, value, define, body, label, clo);
        self.set_line(x.span);
        let base = self.alloc(HEADER as u32 + 1);
        self.mov(base + HEADER as Slot, clo, 1);
        self.emit(Instr::CallClosure { callee: iter, base });
        // A `return` in the body ended the loop: return in turn.
        let st = self.alloc(1);
        self.load_var(state_loc, ids::INT, st);
        let skip = self.jump_unless(st, 2);
        match self.info_func.and_then(|f| f.range_state) {
            Some(own) => self.yield_return(Some(own), false),
            None => {
                let fi = self.info_func.expect("loops are inside functions");
                for (i, &obj) in fi.range_results.iter().enumerate() {
                    let (slot, ty) = self.result_slots[i];
                    let loc = self.var_loc(obj);
                    self.load_var(loc, ty, slot);
                }
                self.emit_return();
            }
        }
        let here = self.pc();
        self.patch(skip, here);
        for (i, branch) in outer.into_iter().enumerate() {
            let skip = self.jump_unless(st, 3 + i as i32);
            match branch {
                OuterBranch::Break(label) => self.branch(true, Some(&label)),
                OuterBranch::Continue(label) => self.branch(false, Some(&label)),
                OuterBranch::Goto(label) => self.goto(label),
            }
            let here = self.pc();
            self.patch(skip, here);
        }
        self.end_stmt();
        self.close_block(saved);
    }

    /// A branch in a range-over-func loop body to outside it (`break L` or
    /// `continue L` of a loop outside, `goto L` of a label outside): leaves
    /// the body for its loop to take it.
    pub(super) fn outer_branch(&mut self, branch: OuterBranch) {
        let state = self
            .info_func
            .and_then(|f| f.range_state)
            .expect("the checker places branches");
        let i = match self.outer_branches.iter().position(|b| *b == branch) {
            Some(i) => i,
            None => {
                self.outer_branches.push(branch);
                self.outer_branches.len() - 1
            }
        };
        self.yield_exit(state, 3 + i as i64);
    }

    /// Compiles the loop body as the `yield` closure (function info `fi`),
    /// made into `dst`. Returns the branches to outside it that it takes.
    #[allow(clippy::too_many_arguments)]
    fn yield_closure(
        &mut self,
        fi: &'a FuncInfo,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        body: &'a ast::Block,
        label: Option<String>,
        dst: Slot,
    ) -> Vec<OuterBranch> {
        self.range_bodies += 1;
        let name = format!(
            "{}-range{}",
            self.m.prog.funcs[self.id as usize].name, self.range_bodies
        );
        let id = self.m.reserve_func(name);
        let caps = self.closure_caps(fi, id);
        let outer =
            FuncCompiler::new(self.m, id, fi, true).yield_body(key, value, define, body, label);
        self.emit(Instr::MakeClosure {
            dst,
            func: id,
            caps,
            n: fi.captures.len() as u32,
        });
        outer
    }

    /// The code of a `yield` closure: the state check, the iteration
    /// variables of an `=` loop, the body, and its two ways out. Returns
    /// the branches to outside it that it takes.
    fn yield_body(
        mut self,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        body: &'a ast::Block,
        label: Option<String>,
    ) -> Vec<OuterBranch> {
        self.pos = self.m.position(body.span.start);
        let fi = self.info_func.expect("a yield closure");
        let state = fi.range_state.expect("a yield closure");
        let loc = self.var_loc(state);
        let st = self.alloc(1);
        self.load_var(loc, ids::INT, st);
        let ok = self.emit(Instr::JmpIfNot { cond: st, to: 0 });
        self.emit(Instr::PanicRangeDone);
        let here = self.pc();
        self.patch(ok, here);
        self.end_stmt();
        if !define {
            // The parameters, after the `bool` result, go to the variables.
            let sig = self.signature_of(fi.sig);
            let mut slot = HEADER as Slot + 1;
            let mut vars = Vec::new();
            for (var, &ty) in [key, value].into_iter().zip(&sig.params) {
                vars.push((var, slot, ty));
                slot += self.words(ty);
            }
            self.range_vars(&vars, false);
        }
        let lp = self.loop_body(body, label);
        let cont = self.pc();
        for j in lp.continues {
            self.patch(j, cont);
        }
        self.yield_return(None, true);
        let brk = self.pc();
        for j in lp.breaks {
            self.patch(j, brk);
        }
        self.yield_exit(state, 1);
        // The `goto`s whose label is not in the body leave it.
        for (j, label) in std::mem::take(&mut self.gotos) {
            if self.labels.contains_key(&label) {
                self.gotos.push((j, label));
            } else {
                let here = self.pc();
                self.patch(j, here);
                self.outer_branch(OuterBranch::Goto(label));
            }
        }
        self.pos = self.m.position(body.span.end.saturating_sub(1));
        let outer = std::mem::take(&mut self.outer_branches);
        self.finish();
        outer
    }

    /// Returns `keep_going` from a `yield` closure, first setting its
    /// loop's state to 2 (`return`) when `state` is given.
    fn yield_return(&mut self, state: Option<ObjId>, keep_going: bool) {
        if let Some(state) = state {
            return self.yield_exit(state, 2);
        }
        let result = self.result_slots[0].0;
        self.emit(Instr::LoadInt {
            dst: result,
            k: i64::from(keep_going),
        });
        self.emit_return();
    }

    /// Leaves a `yield` closure with `false`, its loop's state set to
    /// `code`.
    fn yield_exit(&mut self, state: ObjId, code: i64) {
        let v = self.alloc(1);
        self.emit(Instr::LoadInt { dst: v, k: code });
        let loc = self.var_loc(state);
        self.store_var(loc, ids::INT, v);
        let result = self.result_slots[0].0;
        self.emit(Instr::LoadInt { dst: result, k: 0 });
        self.emit_return();
    }

    /// The function the code being compiled belongs to: itself, or for a
    /// range-over-func loop body, the function the loop is in.
    pub(super) fn enclosing_func(&self) -> &'a FuncInfo {
        let mut fi = self.info_func.expect("code inside a function");
        while fi.range_state.is_some() {
            let parent = fi.parent.expect("a loop body has an enclosing function");
            fi = &self.m.info.funcs[parent as usize];
        }
        fi
    }

    /// `return` inside a range-over-func loop body whose state is `state`:
    /// the results go to the variables of the function it returns from.
    pub(super) fn range_body_return(&mut self, state: ObjId, results: &'a [Expr]) {
        let fi = self.enclosing_func();
        let named: Vec<ObjId> = fi.results.iter().flatten().copied().collect();
        let vars = if named.is_empty() {
            fi.range_results.clone()
        } else {
            named
        };
        if !results.is_empty() {
            let tys: Vec<TypeId> = vars.iter().map(|&o| self.m.info.obj(o).ty).collect();
            let vals = self.rhs_values(&tys, results);
            for ((slot, ty), obj) in vals.into_iter().zip(vars) {
                let loc = self.var_loc(obj);
                self.store_var(loc, ty, slot);
            }
        }
        self.yield_exit(state, 2);
    }
}

//! Range over functions (Go 1.23 iterators): `for k, v := range f`.
//!
//! The loop body is checked as the `yield` function the iterator is
//! called with, a function literal of its own (so what it uses of the
//! enclosing function is captured as a literal's captures are), with a
//! hidden state variable of the enclosing function that says how the body
//! last ended: 0 running, 1 `break`, 2 `return`. A `return` inside the
//! body stores the enclosing function's results (its named results, or
//! hidden variables in [`FuncInfo::range_results`](super::FuncInfo))
//! before the iterator is left. The compiler (`compile/stmt.rs`) follows
//! the same plan.

use std::collections::HashMap;

use grammar::ast::{self, Expr, ExprKind, Span};

use super::check::{Checker, FuncCtx};
use super::expr::Operand;
use super::{FuncInfo, ObjKind, TypeId, ids};

impl<'a> Checker<'a> {
    /// For a function type, the `yield` function type of the iterator
    /// type `func(yield func(K, V) bool)`, or why the function is no
    /// iterator (Go's words); `None` for other types.
    pub(super) fn range_func_yield(&self, t: TypeId) -> Option<Result<TypeId, &'static str>> {
        let types = &self.info.types;
        let sig = types.signature(t)?;
        let yield_sig = sig.params.first().and_then(|&y| types.signature(y));
        Some(if sig.params.len() != 1 {
            Err("func must be func(yield func(...) bool): wrong argument count")
        } else if yield_sig.is_none() {
            Err("func must be func(yield func(...) bool): argument is not func")
        } else if !sig.results.is_empty() {
            Err("func must be func(yield func(...) bool): unexpected results")
        } else {
            let ysig = yield_sig.expect("checked above");
            if ysig.params.len() > 2 {
                Err("func must be func(yield func(...) bool): yield func has too many parameters")
            } else if ysig.results.len() != 1 || types.underlying(ysig.results[0]) != ids::BOOL {
                Err("func must be func(yield func(...) bool): yield func does not return bool")
            } else {
                Ok(sig.params[0])
            }
        })
    }

    /// `for key, value := range x` over an iterator function `x`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_func(
        &mut self,
        x: &Operand,
        yield_ty: TypeId,
        [key, value]: [Option<&'a Expr>; 2],
        extra: Option<Span>,
        define: bool,
        body: &'a ast::Block,
        label: Option<String>,
    ) {
        let ysig = self
            .info
            .types
            .signature(yield_ty)
            .cloned()
            .expect("a yield function");
        let d = self.describe(x);
        if let (Some(k), true) = (key, ysig.params.is_empty()) {
            self.error(
                k.span,
                format!("range over {d} permits no iteration variables"),
            );
        } else if let (Some(v), true) = (value, ysig.params.len() < 2) {
            self.error(
                v.span,
                format!("range over {d} permits only one iteration variable"),
            );
        } else if let Some(at) = extra {
            self.error(at, super::stmt::TOO_MANY_RANGE_VARS);
        }
        let parent = self.cur_func();
        let state = self.new_obj(
            "#state",
            ObjKind::Var { global: false },
            ids::INT,
            body.span,
        );
        self.info.objs[state as usize].used = true;
        let idx = self.info.funcs.len() as u32;
        self.info.funcs.push(FuncInfo {
            sig: yield_ty,
            parent: Some(parent),
            params: Vec::new(),
            results: Vec::new(),
            captures: Vec::new(),
            has_defer: false,
            defers: 0,
            defers_not_open: false,
            range_state: Some(state),
            range_results: Vec::new(),
            range_frame: None,
        });
        self.info.func_index.insert(body.span.start, idx);
        self.funcs.push(FuncCtx {
            idx,
            breakable: Vec::new(),
            labels: HashMap::new(),
            locals: Vec::new(),
        });
        if let Some(l) = &label {
            let f = self.funcs.last_mut().expect("pushed above");
            f.labels.insert(l.clone(), (Span::default(), false));
        }
        self.collect_labels(&body.stmts);
        self.scopes.push(HashMap::new());
        self.note_capture(state);
        let mut params = Vec::new();
        for (i, var) in [key, value].into_iter().enumerate() {
            // A variable the iterator gives no value for (an error above)
            // is still declared.
            let ty = ysig.params.get(i).copied();
            match var {
                Some(e) if !matches!(&e.kind, ExprKind::Ident(n) if n == "_") => {
                    self.range_var(e, ty.unwrap_or(ids::INVALID), define);
                    let obj = if define { self.info.def(e.span) } else { None };
                    match (ty, obj) {
                        (Some(_), _) => params.push(obj),
                        (None, Some(o)) => self.info.objs[o as usize].used = true,
                        (None, None) => {}
                    }
                }
                _ if ty.is_some() => params.push(None),
                _ => {}
            }
        }
        self.info.funcs[idx as usize].params = params;
        self.breakable(true, label, |c| c.block(&body.stmts));
        self.scopes.pop();
        let ctx = self.funcs.pop().expect("pushed above");
        // The body's labels are its function's: it reports the unused ones.
        let outer = self.funcs.last_mut().expect("inside a function");
        for (name, (_, used)) in ctx.labels {
            if let (true, Some(entry)) = (used, outer.labels.get_mut(&name)) {
                entry.1 = true;
            }
        }
        self.report_unused(&ctx.locals);
    }

    /// The function a `return` returns from: the innermost one that is not
    /// the body of a range-over-func loop.
    pub(super) fn return_func(&self) -> u32 {
        self.funcs
            .iter()
            .rev()
            .map(|f| f.idx)
            .find(|&f| self.info.funcs[f as usize].range_state.is_none())
            .expect("statements are inside a function")
    }

    /// A `defer` in a range-over-func loop body defers to the function the
    /// body is part of, whose frame the body captures.
    pub(super) fn range_body_defer(&mut self) {
        let real = self.return_func() as usize;
        self.info.funcs[real].has_defer = true;
        self.info.funcs[real].defers_not_open = true;
        let frame = match self.info.funcs[real].range_frame {
            Some(f) => f,
            None => {
                let o = self.new_obj(
                    "#frame",
                    ObjKind::Var { global: false },
                    ids::INT,
                    Span::default(),
                );
                let obj = &mut self.info.objs[o as usize];
                obj.func = Some(real as u32);
                obj.used = true;
                self.info.funcs[real].range_frame = Some(o);
                o
            }
        };
        self.note_capture(frame);
    }

    /// A `return` in a range-over-func loop body: the body stores the
    /// results in variables of the function it returns from, which it
    /// captures.
    pub(super) fn range_body_return(&mut self) {
        let real = self.return_func() as usize;
        let named: Vec<_> = self.info.funcs[real]
            .results
            .iter()
            .flatten()
            .copied()
            .collect();
        let results = if !named.is_empty() {
            named
        } else {
            if self.info.funcs[real].range_results.is_empty() {
                let tys = self
                    .info
                    .types
                    .signature(self.info.funcs[real].sig)
                    .map(|s| s.results.clone())
                    .unwrap_or_default();
                for (i, ty) in tys.into_iter().enumerate() {
                    let name = format!("#result{i}");
                    let o =
                        self.new_obj(&name, ObjKind::Var { global: false }, ty, Span::default());
                    let obj = &mut self.info.objs[o as usize];
                    obj.func = Some(real as u32);
                    obj.used = true;
                    self.info.funcs[real].range_results.push(o);
                }
            }
            self.info.funcs[real].range_results.clone()
        };
        for o in results {
            self.note_capture(o);
        }
    }

    /// A label of a statement outside the range-over-func loop body being
    /// checked, which a `break` or `continue` (`is_break`) inside it
    /// targets (`goto`: `None`): marks it used, and says whether it labels
    /// a statement that branch may target. `None` when no enclosing
    /// function the body is part of declares `name`.
    pub(super) fn outer_label(&mut self, name: &str, is_break: Option<bool>) -> Option<bool> {
        let mut in_body = true;
        for f in self.funcs.iter_mut().rev() {
            if !in_body {
                return None;
            }
            in_body = self.info.funcs[f.idx as usize].range_state.is_some();
            if let Some(entry) = f.labels.get_mut(name) {
                entry.1 = true;
                if is_break.is_none() {
                    // The loop takes the goto in this function: a backward
                    // one can run a defer twice.
                    self.info.funcs[f.idx as usize].defers_not_open = true;
                }
                return Some(is_break.is_none_or(|is_break| {
                    f.breakable
                        .iter()
                        .any(|b| b.label.as_deref() == Some(name) && (is_break || b.is_loop))
                }));
            }
        }
        None
    }
}

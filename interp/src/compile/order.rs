//! Go's order of evaluation inside a statement, as gc's `order` pass has
//! it: the calls of an expression (and its receives, builtin calls and
//! slicings) run first, left to right and innermost first, each into a
//! temporary; the plain operands around them (variables, fields, elements,
//! dereferences) are read afterwards. So `g + bump()` reads `g` after
//! `bump` changed it, and `fmt.Println(s.items, s.pop())` prints the
//! popped stack. The spec leaves this open; Go's output is the oracle.
//!
//! `expr_into` orders each expression it meets first (the walk marks what
//! it visited, so nested compiles do not walk again), and `call` orders its
//! own operands. The right operand of `&&` and `||` runs only sometimes: it
//! is ordered when it is compiled, inside its branch.

use grammar::ast::{BinaryOp, Expr, ExprKind, UnaryOp};

use super::func::{FuncCompiler, VarLoc};
use crate::bytecode::Slot;
use crate::types::{Builtin, Mode, Type, UnsafeFn};

impl<'a> FuncCompiler<'_, 'a> {
    /// Runs the calls inside `e` (not `e` itself) ahead of its other
    /// operands, once.
    pub fn order(&mut self, e: &'a Expr) {
        self.order_walk(e, false);
    }

    /// Orders an operand evaluated beside others: when it is a call, it
    /// runs now.
    pub fn order_operand(&mut self, e: &'a Expr) {
        self.order_walk(e, true);
    }

    /// Orders a list of operands evaluated together (results, right-hand
    /// sides): calls among them run first too.
    pub fn order_list(&mut self, es: &'a [Expr]) {
        for e in es {
            self.order_walk(e, es.len() > 1);
        }
    }

    /// The temporary holding `e`'s value if it already ran, taken once.
    pub fn take_ordered(&mut self, e: &Expr) -> Option<Slot> {
        self.hoisted.remove(&e.id)
    }

    /// Walks `e`; when `run` and `e` is a call (or the like), compiles it
    /// now into a temporary for `take_ordered`.
    fn order_walk(&mut self, e: &'a Expr, run: bool) {
        // Constants, types, and what the checker records no value for (a
        // struct literal's field names) hold no calls.
        let recorded = self
            .m
            .info
            .exprs
            .get(e.id as usize)
            .and_then(Option::as_ref);
        if !recorded.is_some_and(|tv| matches!(tv.mode, Mode::Value | Mode::NoValue)) {
            return;
        }
        if run
            && self.runs_in_order(e)
            && !self.ordered.contains(&e.id)
            && !self.hoisted.contains_key(&e.id)
        {
            let s = self.alloc(self.words(self.ty(e)));
            self.expr_into(e, s);
            self.hoisted.insert(e.id, s);
            return;
        }
        if !self.ordered.insert(e.id) {
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.order_walk(x, run),
            // A conversion is no call: its operand stands in its place.
            ExprKind::Call { fun, args, .. } if self.is_conversion(fun) => {
                for a in args {
                    self.order_walk(a, run);
                }
            }
            // unsafe.Sizeof and the like never evaluate their operand.
            ExprKind::Call { fun, .. }
                if matches!(
                    self.m.info.tv(fun.id).mode,
                    Mode::Builtin(Builtin::Unsafe(
                        UnsafeFn::Sizeof | UnsafeFn::Alignof | UnsafeFn::Offsetof
                    ))
                ) => {}
            ExprKind::Call { fun, args, .. } => {
                self.order_walk(fun, false);
                // A lone argument may stay in place; beside a receiver or
                // other arguments, calls among them run first.
                let callee = super::call::strip_parens(fun);
                let receiver = matches!(callee.kind, ExprKind::Selector(..))
                    && self.m.info.selections.contains_key(&callee.id);
                let run_args = args.len() > 1 || receiver;
                for a in args {
                    self.order_walk(a, run_args);
                }
            }
            ExprKind::Binary(BinaryOp::LAnd | BinaryOp::LOr, x, _) => self.order_walk(x, true),
            ExprKind::Binary(_, x, y) => {
                self.order_walk(x, true);
                self.order_walk(y, true);
            }
            ExprKind::Unary(_, x) | ExprKind::Star(x) | ExprKind::TypeAssert(x, _) => {
                self.order_walk(x, true)
            }
            ExprKind::Selector(x, _) => self.order_walk(x, true),
            ExprKind::Index(x, idx) => {
                self.order_walk(x, true);
                for i in idx {
                    self.order_walk(i, true);
                }
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.order_walk(x, true);
                for i in [lo, hi, max].into_iter().flatten() {
                    self.order_walk(i, true);
                }
            }
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        self.order_walk(k, true);
                    }
                    self.order_walk(&el.value, true);
                }
            }
            _ => {}
        }
    }

    /// `e` is a constant or a variable in frame slots.
    fn in_frame_or_const(&self, e: &Expr) -> bool {
        let e = super::call::strip_parens(e);
        if matches!(self.m.info.tv(e.id).mode, Mode::Const(_)) {
            return true;
        }
        matches!(e.kind, ExprKind::Ident(_))
            && self.m.info.uses[e.id as usize]
                .is_some_and(|obj| matches!(self.vars.get(&obj), Some(VarLoc::Slot(_))))
    }

    /// Whether calling `fun` converts to the type it denotes.
    fn is_conversion(&self, fun: &Expr) -> bool {
        let fun = super::call::strip_parens(fun);
        let tv = self
            .m
            .info
            .exprs
            .get(fun.id as usize)
            .and_then(Option::as_ref);
        tv.is_some_and(|tv| tv.mode == Mode::Type)
    }

    /// Whether gc runs `e` into a temporary in order: a call with one
    /// result (a function, method or builtin; a conversion only from a
    /// string to a slice), a receive, a slicing, `&&` and `||`.
    fn runs_in_order(&self, e: &Expr) -> bool {
        let types = &self.m.info.types;
        let ty = self.ty(e);
        // A comma-ok form gives two values where it stands.
        if matches!(types.get(ty), Type::Tuple(_))
            || self.words(ty) == 0
            || self.m.info.comma_ok.contains(&e.id)
        {
            return false;
        }
        match &e.kind {
            // A pure builtin of variables in frame slots, which no call can
            // change (captured and addressed variables live in cells), has
            // the same value wherever it runs.
            ExprKind::Call { fun, args, .. }
                if matches!(
                    self.m.info.tv(fun.id).mode,
                    Mode::Builtin(
                        Builtin::Len
                            | Builtin::Cap
                            | Builtin::Real
                            | Builtin::Imag
                            | Builtin::Complex
                            | Builtin::Min
                            | Builtin::Max
                    )
                ) && args.iter().all(|a| self.in_frame_or_const(a)) =>
            {
                false
            }
            ExprKind::Call { fun, args, .. }
                if self.is_sqrt(fun) && args.iter().all(|a| self.in_frame_or_const(a)) =>
            {
                false
            }
            ExprKind::Call { fun, args, .. } => {
                !self.is_conversion(fun)
                    || (matches!(types.get(types.underlying(ty)), Type::Slice(_))
                        && args.first().is_some_and(|a| types.is_string(self.ty(a))))
            }
            // `&&` and `||` run whole, their right side in its branch.
            ExprKind::Unary(UnaryOp::Recv, _)
            | ExprKind::Slice { .. }
            | ExprKind::Binary(BinaryOp::LAnd | BinaryOp::LOr, ..) => true,
            _ => false,
        }
    }
}

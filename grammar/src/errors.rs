//! Wording lalrpop's parse errors as Go's syntax errors.
//!
//! Go's parser is recursive descent and words each error for the construct
//! it is in (`in composite literal; possibly missing comma or }`). An LR
//! parser knows the set of tokens it could have accepted instead; that set
//! identifies the construct well enough for Go's common messages, and a few
//! need a look at the tokens around the error (the `if` a header belongs
//! to, a `{` on the line after a function signature).

use crate::SyntaxError;
use crate::ast::Span;
use crate::lexer::{SemiKind, Spanned, Tok};
use lalrpop_util::ParseError;
use std::ops::Range;

/// A parse error before wording: where, what was found, what was expected.
#[derive(Clone, Debug)]
pub struct RawError {
    span: Span,
    /// `None` at the end of input.
    found: Option<String>,
    expected: Vec<String>,
    /// Already worded (errors raised by grammar actions).
    message: Option<String>,
}

impl RawError {
    pub fn new(e: ParseError<usize, Tok<'_>, SyntaxError>) -> RawError {
        match e {
            ParseError::User { error } => RawError {
                span: error.span,
                found: None,
                expected: vec![],
                message: Some(error.message),
            },
            ParseError::UnrecognizedEof { location, expected } => RawError {
                span: Span::new(location, location),
                found: None,
                expected,
                message: None,
            },
            ParseError::UnrecognizedToken {
                token: (l, tok, r),
                expected,
            } => RawError {
                span: Span::new(l, r),
                found: Some(tok.describe()),
                expected,
                message: None,
            },
            ParseError::ExtraToken { token: (l, tok, r) } => RawError {
                span: Span::new(l, r),
                found: Some(tok.describe()),
                expected: vec![],
                message: None,
            },
            ParseError::InvalidToken { location } => RawError {
                span: Span::new(location, location + 1),
                found: None,
                expected: vec![],
                message: Some("syntax error: invalid token".into()),
            },
        }
    }

    /// Words the error; `first` is whether it is the first parse error.
    pub fn word(self, tokens: &[Spanned<'_>], src: &str) -> SyntaxError {
        let RawError {
            mut span,
            found,
            expected,
            message,
        } = self;
        if let Some(message) = message {
            return SyntaxError { message, span };
        }
        let found = match found {
            Some(f) => f,
            None => {
                // Go points at the real end of the file.
                span = Span::new(src.len(), src.len());
                "EOF".to_string()
            }
        };
        let cx = Context::new(tokens, span.start as usize, &expected);
        let (message, span) = cx.word(&found, span);
        SyntaxError { message, span }
    }

    /// Go's recovery from this error where it stays inside the construct
    /// and the grammar's own (which unwinds to the enclosing statement
    /// list) would lose the rest of it: the range of tokens Go's parser
    /// skips and the token it then proceeds as if it had seen. Go picks
    /// its recovery where it picks its message, so the message decides.
    /// `None` where the grammar's recovery serves.
    pub fn resync(&self, tokens: &[Spanned<'_>]) -> Option<(Range<usize>, Option<Tok<'static>>)> {
        let found = self.found.as_deref().filter(|_| self.message.is_none())?;
        let cx = Context::new(tokens, self.span.start as usize, &self.expected);
        let (message, _) = cx.word(found, self.span);
        let at = cx.at;
        // Go's parser skips to one of `stops` or, in a function, to a
        // keyword that starts a statement.
        let in_function = cx.in_braces();
        let skip_to = |from: usize, stops: &[Tok<'_>]| {
            // (A `;` of any kind: an explicit one or a line end.)
            let stop = |t: Tok<'_>| {
                stops
                    .iter()
                    .any(|s| std::mem::discriminant(s) == std::mem::discriminant(&t))
                    || in_function && starts_statement(t)
            };
            (from..tokens.len())
                .find(|&j| stop(tokens[j].1))
                .unwrap_or(tokens.len())
        };
        const CLOSERS: [Tok<'static>; 3] = [Tok::RParen, Tok::RBrack, Tok::RBrace];
        let (range, insert) = if cx.wants_header_block() {
            // The offending token goes whatever it is.
            (at..skip_to(at + 1, &[Tok::LBrace, Tok::RBrace]), None)
        } else if cx.is(&[",", ":"]) {
            // `case x;`: the token stands for the `:`.
            (at..at + 1, Some(Tok::Colon))
        } else if message.ends_with(", expected expression") {
            // A bad operand stands where the skipped tokens were.
            (at..skip_to(at, &CLOSERS), Some(Tok::Ident("_")))
        } else if message.ends_with("import path must be a string") {
            // The spec stands, with a path that is no string.
            (at..at + 1, Some(Tok::Str("\"\"")))
        } else if message.ends_with("missing import path") {
            let end = skip_to(at, &[Tok::Semi(SemiKind::Explicit), Tok::RParen]);
            (at..end, Some(Tok::Str("\"\"")))
        } else if message.ends_with(" at end of statement") {
            // The statement ends there, as if at a `;`.
            let end = skip_to(
                at,
                &[
                    Tok::Semi(SemiKind::Explicit),
                    Tok::RBrace,
                    Tok::Case,
                    Tok::Default,
                ],
            );
            let semi = tokens.get(end).is_some_and(|t| matches!(t.1, Tok::Semi(_)));
            (at..end, (!semi).then_some(Tok::Semi(SemiKind::Explicit)))
        } else if message.contains("; possibly missing comma or ") {
            // Go's list ends there, as if closed.
            let close = if message.ends_with(')') {
                Tok::RParen
            } else {
                Tok::RBrace
            };
            let end = skip_to(at, &CLOSERS);
            let closed = tokens.get(end).is_some_and(|t| t.1 == close);
            (at..end, (!closed).then_some(close))
        } else {
            return None;
        };
        // Each edit must change the tokens, or the parse would repeat.
        (!range.is_empty() || insert.is_some()).then_some((range, insert))
    }
}

/// The keywords that start a statement, where Go's parser stops skipping
/// tokens inside a function.
fn starts_statement(t: Tok<'_>) -> bool {
    matches!(
        t,
        Tok::Break
            | Tok::Const
            | Tok::Continue
            | Tok::Defer
            | Tok::Fallthrough
            | Tok::For
            | Tok::Go
            | Tok::Goto
            | Tok::If
            | Tok::Return
            | Tok::Select
            | Tok::Switch
            | Tok::Type
            | Tok::Var
    )
}

struct Context<'t, 'a> {
    tokens: &'t [Spanned<'a>],
    /// Index of the offending token (or `tokens.len()` at EOF).
    at: usize,
    expected: Vec<&'t str>,
}

/// Words for a few token sets, in Go's terms.
fn go_name(t: &str) -> &str {
    match t {
        "Ident" => "name",
        "Int" | "Float" | "Imag" | "Rune" | "Str" => "literal",
        "," => "comma",
        ";" => "semicolon or newline",
        "[tp" => "[",
        t => t,
    }
}

impl<'t, 'a> Context<'t, 'a> {
    /// The context of an error at byte `start` that expected `expected`.
    fn new(tokens: &'t [Spanned<'a>], start: usize, expected: &'t [String]) -> Self {
        Context {
            tokens,
            at: tokens.partition_point(|t| t.0 < start),
            expected: expected.iter().map(|s| s.trim_matches('"')).collect(),
        }
    }
    fn has(&self, t: &str) -> bool {
        self.expected.contains(&t)
    }

    fn is(&self, set: &[&str]) -> bool {
        self.expected.len() == set.len() && set.iter().all(|t| self.has(t))
    }

    fn tok(&self, i: usize) -> Option<Tok<'_>> {
        self.tokens.get(i).map(|t| t.1)
    }

    fn prev(&self) -> Option<Tok<'_>> {
        self.at.checked_sub(1).and_then(|i| self.tok(i))
    }

    /// The `if`/`for`/`switch` whose header the token at `self.at` is in,
    /// with its index: found by scanning back over balanced brackets, up to
    /// an unmatched `{` or a line end.
    fn header_keyword(&self) -> Option<(usize, Tok<'_>)> {
        let mut depth = 0usize;
        let mut i = self.at.min(self.tokens.len());
        // Skip the offending token's own line-end semicolon.
        if i > 0 && matches!(self.tok(i - 1), Some(Tok::Semi(SemiKind::Newline))) {
            i -= 1;
        }
        while i > 0 {
            i -= 1;
            match self.tokens[i].1 {
                Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
                Tok::LParen | Tok::LBrack | Tok::LBrackTP | Tok::LBrace => {
                    if depth == 0 {
                        return None;
                    }
                    depth -= 1;
                }
                Tok::Semi(SemiKind::Newline | SemiKind::Eof) if depth == 0 => return None,
                t @ (Tok::If | Tok::For | Tok::Switch) if depth == 0 => return Some((i, t)),
                _ => {}
            }
        }
        None
    }

    /// Whether the error follows the first statement of an `if`, `for` or
    /// `switch` header, where Go's parser wants the block's `{`.
    fn wants_header_block(&self) -> bool {
        self.has("{")
            && self.header_keyword().is_some_and(|(i, _)| {
                !self.tokens[i..self.at]
                    .iter()
                    .any(|t| matches!(t.1, Tok::Semi(_)))
            })
    }

    /// Whether the offending token is inside braces (a function body,
    /// as far as Go's recovery is concerned).
    fn in_braces(&self) -> bool {
        let mut depth = 0usize;
        for t in &self.tokens[..self.at.min(self.tokens.len())] {
            match t.1 {
                Tok::LBrace => depth += 1,
                Tok::RBrace => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        depth > 0
    }

    /// Bracket depth at the offending token.
    fn depth_at(&self) -> usize {
        let mut depth = 0usize;
        for t in &self.tokens[..self.at.min(self.tokens.len())] {
            match t.1 {
                Tok::LParen | Tok::LBrack | Tok::LBrackTP | Tok::LBrace => depth += 1,
                Tok::RParen | Tok::RBrack | Tok::RBrace => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        depth
    }

    /// Go's dedicated messages for a few constructs, recognized from the
    /// tokens around the error.
    fn special(&self, span: Span) -> Option<(String, Span)> {
        let prev = self.prev();
        let type_expected = self.has("map") && self.has("chan") && !self.has("Int");
        if type_expected && (prev == Some(Tok::Chan) || prev == Some(Tok::Arrow)) {
            return Some(("syntax error: missing channel element type".into(), span));
        }
        if type_expected && prev == Some(Tok::Ellipsis) {
            return Some(("syntax error: ... is missing type".into(), span));
        }
        if type_expected && self.tok(self.at) == Some(Tok::Ellipsis) {
            // `...T` outside a parameter list: where Go wants a type.
            let in_type_decl = self.at >= 2 && self.tok(self.at - 2) == Some(Tok::Type);
            let rest = if in_type_decl {
                " in type declaration"
            } else {
                ", expected type"
            };
            return Some((format!("syntax error: unexpected ...{rest}"), span));
        }
        None
    }

    fn word(&self, found: &str, span: Span) -> (String, Span) {
        let unexpected = |rest: &str| format!("syntax error: unexpected {found}{rest}");
        let plain = |m: &str| format!("syntax error: {m}");
        if self.is(&["package"]) {
            return (plain("package statement must be first"), span);
        }
        if self.has("func") && self.has("var") && self.has("const") && !self.has("if") {
            if self.tok(self.at) == Some(Tok::Import) {
                return (plain("imports must appear before other declarations"), span);
            }
            if self.tok(self.at) == Some(Tok::LBrace)
                && self.prev() == Some(Tok::Semi(SemiKind::Newline))
            {
                return (plain("unexpected semicolon or newline before {"), span);
            }
            return (
                plain("non-declaration statement outside function body"),
                span,
            );
        }
        if let Some(r) = self.special(span) {
            return r;
        }
        if self.has("Str") && !self.has("Int") && !self.has(";") && !self.has("}") {
            // Only an import spec wants a string and no other literal.
            return match self.tok(self.at) {
                Some(Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Rune(_)) => {
                    (plain("import path must be a string"), span)
                }
                _ => (plain("missing import path"), span),
            };
        }
        if self.is(&["if", "{"]) {
            return (
                plain("else must be followed by if or statement block"),
                span,
            );
        }
        if self.tok(self.at) == Some(Tok::LBrace)
            && self.has("Int")
            && self.prev() == Some(Tok::Semi(SemiKind::Newline))
        {
            // `if x == 1` with the `{` on the next line: the line end ends
            // the header.
            if let Some((_, kw @ (Tok::If | Tok::For | Tok::Switch))) = self.header_keyword() {
                let semi = self.tokens[self.at - 1].0;
                return (
                    format!(
                        "syntax error: unexpected newline, expected {{ after {} clause",
                        kw.text()
                    ),
                    Span::new(semi, semi + 1),
                );
            }
        }
        if self.is(&["{"]) {
            if let Some((_, kw)) = self.header_keyword() {
                return (
                    unexpected(&format!(", expected {{ after {} clause", kw.text())),
                    span,
                );
            }
            return (unexpected(", expected {"), span);
        }
        if self.wants_header_block() {
            return (unexpected(", expected {"), span);
        }
        if self.is(&[",", ":", "]"]) {
            return (unexpected(", expected comma, : or ]"), span);
        }
        if self.is(&[",", ":"]) {
            // After a case list.
            return (unexpected(", expected :"), span);
        }
        if self.is(&[";"]) && self.depth_at() == 0 {
            return (unexpected(" after top level declaration"), span);
        }
        if self.has(",") && self.has("}") && !self.has(";") {
            return (
                unexpected(" in composite literal; possibly missing comma or }"),
                span,
            );
        }
        if self.has(",") && self.has(")") && !self.has(";") {
            let what = if self.has("...") {
                "argument list"
            } else {
                "parameter list"
            };
            return (
                unexpected(&format!(" in {what}; possibly missing comma or )")),
                span,
            );
        }
        if self.has("Str") && self.has("}") && self.has(";") && !self.has("Int") {
            return (
                unexpected(" in struct type; possibly missing semicolon or newline or }"),
                span,
            );
        }
        if self.has("return") && self.has("}") {
            // At the start of a statement: the statement list ends here.
            return (unexpected(", expected }"), span);
        }
        if self.has(";") && self.has("}") {
            return (unexpected(" at end of statement"), span);
        }
        if self.has("Ident") && self.has("Int") && self.has("(") {
            return (unexpected(", expected expression"), span);
        }
        if self.is(&["Ident", "("]) {
            if self.prev() == Some(Tok::Period) {
                return (unexpected(", expected name or ("), span);
            }
            return (unexpected(", expected name"), span);
        }
        if self.has("=") && self.has(":=") && self.has(",") {
            return (unexpected(", expected := or = or comma"), span);
        }
        if self.has(")") && !self.has(",") && !self.has(";") {
            // After an expression in parentheses.
            return (unexpected(", expected )"), span);
        }
        if self.has("]") && self.has(":") && self.has(",") {
            // After an index.
            return (unexpected(", expected comma, : or ]"), span);
        }
        if self.expected.is_empty() || self.expected.len() > 4 {
            return (unexpected(""), span);
        }
        let mut names: Vec<&str> = self.expected.iter().map(|t| go_name(t)).collect();
        names.dedup();
        (
            unexpected(&format!(", expected {}", names.join(" or "))),
            span,
        )
    }
}

/// Orders errors by position and filters them as `go build` does: one
/// syntax error per line, nothing after the first error that is only a
/// consequence of recovery (a later "non-declaration statement" from
/// resyncing at top level, an error at EOF), one of equal other errors per
/// line (`"\p\q"` is one `unknown escape`), at most ten.
pub fn finish(mut errors: Vec<SyntaxError>, src: &str) -> Vec<SyntaxError> {
    errors.sort_by_key(|e| e.span.start);
    let mut out: Vec<SyntaxError> = Vec::new();
    let mut last_syntax_line = usize::MAX;
    let mut last_other: Option<(usize, String)> = None;
    let mut seen_syntax = false;
    for e in errors {
        let is_syntax = e.message.starts_with("syntax error");
        if !is_syntax {
            let line = line_of(src, e.span.start as usize);
            if last_other
                .as_ref()
                .is_some_and(|(l, m)| *l == line && *m == e.message)
            {
                continue;
            }
            last_other = Some((line, e.message.clone()));
        }
        if is_syntax {
            let line = line_of(src, e.span.start as usize);
            let at_eof = e.message.contains("unexpected EOF") || e.span.start as usize >= src.len();
            let cascade = (seen_syntax && e.message.contains("non-declaration statement"))
                || (!out.is_empty() && at_eof);
            if line == last_syntax_line || cascade {
                continue;
            }
            last_syntax_line = line;
            seen_syntax = true;
        }
        out.push(e);
        if out.len() == 10 {
            break;
        }
    }
    out
}

/// Adds the errors after which parsing was resumed on edited tokens: as
/// Go reports them first, they take the place of the syntax errors on their
/// lines that the resumed parse found.
pub fn merge_resynced(errors: &mut Vec<SyntaxError>, resynced: Vec<SyntaxError>, src: &str) {
    let lines: Vec<usize> = resynced
        .iter()
        .map(|e| line_of(src, e.span.start as usize))
        .collect();
    errors.retain(|e| {
        !e.message.starts_with("syntax error")
            || !lines.contains(&line_of(src, e.span.start as usize))
    });
    errors.extend(resynced);
}

fn line_of(src: &str, at: usize) -> usize {
    let at = at.min(src.len());
    src.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count()
}

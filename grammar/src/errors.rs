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

/// A parse error before wording: where, what was found, what was expected.
#[derive(Debug)]
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
        let at = tokens.partition_point(|t| t.0 < span.start as usize);
        let cx = Context {
            tokens,
            at,
            src,
            expected: expected.iter().map(|s| s.trim_matches('"')).collect(),
        };
        let (message, span) = cx.word(&found, span);
        SyntaxError { message, span }
    }
}

struct Context<'t, 'a> {
    tokens: &'t [Spanned<'a>],
    /// Index of the offending token (or `tokens.len()` at EOF).
    at: usize,
    src: &'t str,
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

impl Context<'_, '_> {
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
        let cur = self.tok(self.at);
        let prev = self.prev();
        let type_expected = self.has("map") && self.has("chan") && !self.has("Int");
        if type_expected && (prev == Some(Tok::Chan) || prev == Some(Tok::Arrow)) {
            return Some(("syntax error: missing channel element type".into(), span));
        }
        if cur == Some(Tok::LBrace)
            && self.has("Int")
            && let Some((i, Tok::If)) = self.header_keyword()
        {
            // `if {` or `if x := f(); {`
            let missing = "syntax error: missing condition in if statement".to_string();
            match prev {
                Some(Tok::If) => return Some((missing, span)),
                Some(Tok::Semi(SemiKind::Explicit)) if i + 1 < self.at => {
                    let semi = self.tokens[self.at - 1].0;
                    return Some((missing, Span::new(semi, semi + 1)));
                }
                _ => {}
            }
        }
        if cur == Some(Tok::LBrace) && prev == Some(Tok::RParen) && self.paren_name_before() {
            return Some((
                "syntax error: cannot parenthesize type in composite literal".into(),
                span,
            ));
        }
        None
    }

    /// Whether the tokens before the offending one are `( name.name... )`.
    fn paren_name_before(&self) -> bool {
        let mut i = self.at.saturating_sub(1);
        let mut want_name = true;
        while i > 0 {
            i -= 1;
            match (self.tokens[i].1, want_name) {
                (Tok::Ident(_), true) => want_name = false,
                (Tok::Period, false) => want_name = true,
                (Tok::LParen, false) => return true,
                _ => return false,
            }
        }
        false
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
        let header = self.header_keyword().filter(|_| self.is(&[";"]));
        if let Some((i, Tok::If | Tok::Switch)) = header {
            // `if x := 1 {`: Go reports the simple statement as a misused
            // value, at its operator.
            let start = self.tokens.get(i + 1).map_or(span.start as usize, |t| t.0);
            let stmt = &self.tokens[(i + 1).min(self.at)..self.at];
            let op = stmt
                .iter()
                .find(|t| is_stmt_operator(t.1))
                .map_or(start, |t| t.0);
            let end = stmt.last().map_or(start, |t| t.2);
            let text = self.src.get(start..end).unwrap_or("").trim();
            let assign = stmt.iter().find(|t| is_stmt_operator(t.1));
            if let Some(&(ol, Tok::Assign, or)) = assign {
                // Go emphasizes binary operands of a mistaken `=`.
                let side = |from: usize, to: usize| {
                    let toks = stmt.iter().filter(|t| t.0 >= from && t.2 <= to);
                    let text = self.src.get(from..to).unwrap_or("").trim();
                    if toks.into_iter().any(|t| is_binary_operator(t.1)) {
                        format!("({text})")
                    } else {
                        text.to_string()
                    }
                };
                let msg = format!(
                    "cannot use assignment {} = {} as value",
                    side(start, ol),
                    side(or, end)
                );
                return (plain(&msg), Span::new(op, op + 1));
            }
            return (
                plain(&format!("cannot use {text} as value")),
                Span::new(op, op + 1),
            );
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

/// The operator of a simple statement (`:=`, `=`, `+=`, `++`, `<-`).
fn is_stmt_operator(t: Tok<'_>) -> bool {
    matches!(
        t,
        Tok::Define
            | Tok::Assign
            | Tok::Inc
            | Tok::Dec
            | Tok::Arrow
            | Tok::AddAssign
            | Tok::SubAssign
            | Tok::MulAssign
            | Tok::QuoAssign
            | Tok::RemAssign
            | Tok::AndAssign
            | Tok::OrAssign
            | Tok::XorAssign
            | Tok::ShlAssign
            | Tok::ShrAssign
            | Tok::AndNotAssign
    )
}

fn is_binary_operator(t: Tok<'_>) -> bool {
    matches!(
        t,
        Tok::Add
            | Tok::Sub
            | Tok::Mul
            | Tok::Quo
            | Tok::Rem
            | Tok::And
            | Tok::Or
            | Tok::Xor
            | Tok::Shl
            | Tok::Shr
            | Tok::AndNot
            | Tok::LAnd
            | Tok::LOr
            | Tok::Eql
            | Tok::Neq
            | Tok::Lss
            | Tok::Leq
            | Tok::Gtr
            | Tok::Geq
    )
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

fn line_of(src: &str, at: usize) -> usize {
    let at = at.min(src.len());
    src.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count()
}

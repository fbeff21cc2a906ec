//! Compile-time diagnostics: a message in Go's wording and the source span
//! it points at. The `gojit` binary renders them with miette.

use grammar::ast::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
        }
    }

    /// The message with each source position in it (see [`pos`]) spelled
    /// `file:line:col`, as Go prints them (`\t./x.go:3:2: other declaration
    /// of x`), for the file `name` with source `src`.
    pub fn render_message(&self, name: &str, src: &str) -> String {
        let mut out = String::new();
        let mut rest = self.message.as_str();
        while let Some(i) = rest.find("{@") {
            out.push_str(&rest[..i]);
            let after = &rest[i + 2..];
            match after
                .find('}')
                .and_then(|j| Some((j, after[..j].parse::<usize>().ok()?)))
            {
                Some((j, offset)) => {
                    let (line, col) = line_col(src, offset);
                    out.push_str(&format!("{name}:{line}:{col}"));
                    rest = &after[j + 1..];
                }
                None => {
                    out.push_str("{@");
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// A source position to be printed in a message as `file:line:col`
/// ([`Diagnostic::render_message`]).
pub fn pos(offset: u32) -> String {
    format!("{{@{offset}}}")
}

/// 1-based line and column (in bytes, as Go counts) of a byte offset.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(src.len());
    let before = &src.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = offset
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1)
        + 1;
    (line, col)
}

impl From<grammar::SyntaxError> for Diagnostic {
    fn from(e: grammar::SyntaxError) -> Diagnostic {
        Diagnostic::new(e.span, e.message)
    }
}

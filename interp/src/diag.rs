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
                    out.push_str(&go_position(name, src, offset));
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

/// Where Go reports byte `offset` of the file `name` (source `src`):
/// `file:line:col` after the file's line directives, as Go's `RelLine` and
/// `RelCol` count them (`file:line` after a directive without a column).
pub fn go_position(name: &str, src: &str, offset: usize) -> String {
    let (line, col) = line_col(src, offset);
    let directives = grammar::lexer::line_directives(src);
    let mut file = name;
    let mut base = None;
    for d in directives.iter().take_while(|d| d.at <= offset) {
        if let Some(f) = &d.file {
            file = f;
        }
        base = Some(d);
    }
    let Some(d) = base else {
        return format!("{name}:{line}:{col}");
    };
    let (base_line, base_col) = line_col(src, d.at);
    let line = d.line as usize + (line - base_line);
    match d.col {
        None => format!("{file}:{line}"),
        // On the directive's own line columns count from its column.
        Some(c) if line == d.line as usize => {
            format!("{file}:{line}:{}", c as usize + col - base_col)
        }
        Some(_) => format!("{file}:{line}:{col}"),
    }
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

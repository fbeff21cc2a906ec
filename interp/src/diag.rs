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
}

impl From<grammar::SyntaxError> for Diagnostic {
    fn from(e: grammar::SyntaxError) -> Diagnostic {
        Diagnostic::new(e.span, e.message)
    }
}

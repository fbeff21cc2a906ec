//! Go source text to AST: the `logos` lexer with Go's semicolon rule
//! ([`lexer`]), the `lalrpop` grammar (`grammar.lalrpop`), and syntax errors
//! with Go's wording ([`SyntaxError`]).

mod actions;
pub use actions::{relocate_file, relocated};
pub mod ast;
pub mod dump;
mod errors;
pub mod files;
pub mod fuzzing;
pub mod lexer;
pub mod printer;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused, unused_qualifications)]
    grammar
);

/// A syntax error: Go's message (`syntax error: unexpected newline, expected
/// comma or }`) and the span it points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: String,
    pub span: ast::Span,
}

/// Parses one Go source file. On failure returns every syntax error found
/// (at least one), in source order.
pub fn parse_file(src: &str) -> Result<ast::File, Vec<SyntaxError>> {
    match parse_file_recovering(src) {
        Ok((file, soft)) if soft.is_empty() => Ok(file),
        Ok((_, soft)) => Err(errors::finish(soft, src)),
        Err(errors) => Err(errors),
    }
}

/// Parses a file as Go's compiler does: a tree comes with the errors the
/// parser reported and recovered from (the type checker still runs over
/// it); any other syntax error gives no tree.
pub fn parse_file_recovering(src: &str) -> Result<(ast::File, Vec<SyntaxError>), Vec<SyntaxError>> {
    let lexed = lexer::tokenize(src);
    let ctx = actions::Ctx::new(src);
    let tokens = lexed.tokens;
    let parsed = grammar::FileParser::new().parse(&ctx, tokens.iter().copied().map(Ok));
    let mut errors = lexed.errors;
    if lexed.fatal {
        return Err(errors);
    }
    errors.append(&mut ctx.errors.borrow_mut());
    let mut raw = std::mem::take(&mut *ctx.raw_errors.borrow_mut());
    let file = match parsed {
        Ok(f) => Some(f),
        Err(e) => {
            raw.push(errors::RawError::new(e));
            None
        }
    };
    errors.extend(raw.into_iter().map(|r| r.word(&tokens, src)));
    let soft = std::mem::take(&mut *ctx.soft_errors.borrow_mut());
    match file {
        Some(mut f) if errors.is_empty() => {
            f.node_count = actions::renumber(&mut f);
            Ok((f, soft))
        }
        _ => {
            errors.extend(soft);
            Err(errors::finish(errors, src))
        }
    }
}

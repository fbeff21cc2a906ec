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
    /// Parses again after at most this many of Go's recoveries.
    const MAX_RESYNCS: usize = 50;
    let lexed = lexer::tokenize(src);
    let mut errors = lexed.errors;
    if lexed.fatal {
        return Err(errors);
    }
    let mut tokens = lexed.tokens;
    // Errors after which the tokens were edited as Go's parser recovers
    // (`RawError::resync`), and the file parsed again.
    let mut resynced = Vec::new();
    let (ctx, parsed) = loop {
        let ctx = actions::Ctx::new(src);
        let parsed = grammar::FileParser::new().parse(&ctx, tokens.iter().copied().map(Ok));
        // The first error: the first recovered from, else the final one.
        let first = match (ctx.raw_errors.borrow().first(), &parsed) {
            _ if resynced.len() == MAX_RESYNCS => None,
            (Some(e), _) => Some(e.clone()),
            (None, Err(e)) => Some(errors::RawError::new(e.clone())),
            (None, Ok(_)) => None,
        };
        let Some((first, (range, insert))) = first.and_then(|e| e.resync(&tokens).map(|r| (e, r)))
        else {
            break (ctx, parsed);
        };
        resynced.push(first.word(&tokens, src));
        let at = tokens.get(range.start).map_or(src.len(), |t| t.0);
        tokens.splice(range, insert.map(|t| (at, t, at + 1)));
    };
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
    errors::merge_resynced(&mut errors, resynced, src);
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

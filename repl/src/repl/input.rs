//! Where an input ends: an unclosed bracket, raw string or block comment
//! continues it on the next line.

use grammar::lexer::{Tok, tokenize};

/// Whether `src` is a whole input: every `(`, `[` and `{` is closed and no
/// raw string or `/*` comment is left open.
pub fn is_complete(src: &str) -> bool {
    if in_literal(src) {
        return false;
    }
    let mut depth = 0i64;
    for (_, tok, _) in &tokenize(src).tokens {
        match tok {
            Tok::LParen | Tok::LBrack | Tok::LBrackTP | Tok::LBrace => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
            _ => {}
        }
    }
    depth <= 0
}

/// Whether `src` ends inside a raw string or a `/*` comment.
pub fn in_literal(src: &str) -> bool {
    tokenize(src).errors.iter().any(|e| {
        let at = &src[(e.span.start as usize).min(src.len())..];
        e.message == "comment not terminated"
            || (e.message == "string not terminated" && at.starts_with('`'))
    })
}

#[cfg(test)]
mod tests {
    use super::is_complete;

    #[test]
    fn brackets_raw_strings_and_comments() {
        assert!(is_complete("1 + 2"));
        assert!(is_complete("func f() { return }"));
        assert!(!is_complete("func f() {"));
        assert!(!is_complete("x := []int{1,\n2,"));
        assert!(!is_complete("f(1,"));
        assert!(!is_complete("s := `a\nb"));
        assert!(is_complete("s := `a\nb`"));
        assert!(!is_complete("/* a"));
        assert!(is_complete("s := \"abc"));
        assert!(is_complete("}"));
    }
}

//! The line editor's Go helper: tab completion of keywords, names in
//! scope, packages and package members, meta commands; syntax highlighting
//! of keywords, strings and numbers.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use grammar::lexer::{Tok, tokenize};
use interp::session::Session;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};

/// Go's keywords.
const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

/// The meta commands, for completion.
pub const COMMANDS: &[&str] = &[
    ":help", ":quit", ":reset", ":type", ":load", ":engine", ":disasm", ":time",
];

const KEYWORD: &str = "\x1b[1;35m";
const STRING: &str = "\x1b[32m";
const NUMBER: &str = "\x1b[36m";
const RESET: &str = "\x1b[0m";

/// Completion and highlighting for the REPL's editor.
pub struct GoHelper {
    /// The names in scope, refreshed after every input.
    pub names: Rc<RefCell<Vec<String>>>,
}

impl GoHelper {
    /// The candidates for the word ending at `pos`, and where it starts.
    fn candidates(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let before = &line[..pos];
        if before.starts_with(':') && !before.contains(' ') {
            let found = COMMANDS.iter().filter(|c| c.starts_with(before));
            return (0, found.map(|c| c.to_string()).collect());
        }
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[start..];
        if let Some((pkg, member)) = word.rsplit_once('.') {
            let at = start + pkg.len() + 1;
            let found = Session::package_members(pkg)
                .into_iter()
                .filter(|m| m.starts_with(member));
            return (at, found.map(|m| m.to_string()).collect());
        }
        if word.is_empty() {
            return (pos, Vec::new());
        }
        let names = self.names.borrow();
        let mut found: Vec<String> = KEYWORDS
            .iter()
            .map(|k| k.to_string())
            .chain(names.iter().cloned())
            .filter(|n| n.starts_with(word))
            .collect();
        found.sort();
        found.dedup();
        (start, found)
    }
}

impl Completer for GoHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, found) = self.candidates(line, pos);
        let pairs = found
            .into_iter()
            .map(|c| Pair {
                display: c.clone(),
                replacement: c,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Highlighter for GoHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if line.starts_with(':') {
            return Cow::Borrowed(line);
        }
        let mut out = String::with_capacity(line.len() + 32);
        let mut at = 0;
        for (start, tok, end) in tokenize(line).tokens {
            let colour = match tok {
                t if t.keyword().is_some() => KEYWORD,
                Tok::Str(_) | Tok::Rune(_) => STRING,
                Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => NUMBER,
                _ => continue,
            };
            if start < at || end > line.len() || start >= end {
                continue;
            }
            out.push_str(&line[at..start]);
            out.push_str(colour);
            out.push_str(&line[start..end]);
            out.push_str(RESET);
            at = end;
        }
        if at == 0 {
            return Cow::Borrowed(line);
        }
        out.push_str(&line[at..]);
        Cow::Owned(out)
    }

    fn highlight_char(&self, _line: &str, _pos: usize, kind: CmdKind) -> bool {
        kind != CmdKind::MoveCursor
    }
}

impl Hinter for GoHelper {
    type Hint = String;
}

impl Validator for GoHelper {}

impl Helper for GoHelper {}

#[cfg(test)]
mod tests {
    use super::*;

    fn helper(names: &[&str]) -> GoHelper {
        GoHelper {
            names: Rc::new(RefCell::new(names.iter().map(|s| s.to_string()).collect())),
        }
    }

    #[test]
    fn completes_members_names_keywords_and_commands() {
        let h = helper(&["strings", "fmt", "total", "fun"]);
        let line = "x := strings.Has";
        assert_eq!(
            h.candidates(line, line.len()),
            (13, vec!["HasPrefix".into(), "HasSuffix".into()])
        );
        assert_eq!(
            h.candidates("fu", 2),
            (0, vec!["fun".into(), "func".into()])
        );
        assert_eq!(h.candidates("1 + tot", 7), (4, vec!["total".into()]));
        assert_eq!(h.candidates(":ty", 3), (0, vec![":type".into()]));
    }

    #[test]
    fn highlights_keywords_strings_numbers() {
        let h = helper(&[]);
        let out = h.highlight("for x := 1; \"s\"", 0);
        assert!(out.contains(&format!("{KEYWORD}for{RESET}")));
        assert!(out.contains(&format!("{NUMBER}1{RESET}")));
        assert!(out.contains(&format!("{STRING}\"s\"{RESET}")));
    }
}

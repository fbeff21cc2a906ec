//! The Go lexer: a `logos` tokenizer plus the spec's semicolon-insertion
//! rule, producing the token stream the `lalrpop` grammar consumes.
//!
//! Lexical errors (bad characters, unterminated literals, bad escapes) are
//! recorded and lexing continues, the way Go's scanner reports them and
//! carries on, so the parser can still report later syntax errors.

use crate::SyntaxError;
use crate::ast::Span;
use logos::Logos;

/// How a `;` came to be: Go names an inserted one after the line end it
/// stands for (`unexpected newline`, `unexpected EOF`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    Explicit,
    Newline,
    Eof,
}

/// Lexical errors found inside a token's callback, kept in the lexer's
/// extras so that the token itself can still be produced.
#[derive(Default)]
pub struct Extras {
    pub errors: Vec<SyntaxError>,
}

/// The error logos reports for input no token matches.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidChar;

#[derive(Logos, Clone, Copy, Debug, PartialEq)]
#[logos(extras = Extras)]
#[logos(error = InvalidChar)]
#[logos(skip r"[ \t\r]+")]
#[logos(skip(r"//[^\n]*", allow_greedy = true))]
pub enum Tok<'a> {
    /// A name; Go's scanner takes any non-ASCII character into one and
    /// reports those that are neither letters nor digits (see [`ident`]).
    #[regex(r"[a-zA-Z_\x{80}-\x{FEFE}\x{FF00}-\x{10FFFF}][a-zA-Z0-9_\x{80}-\x{FEFE}\x{FF00}-\x{10FFFF}]*", ident)]
    Ident(&'a str),
    Int(&'a str),
    Float(&'a str),
    Imag(&'a str),
    /// Internal: a numeric literal as Go's scanner delimits it, malformed
    /// or not; [`tokenize`] makes it an `Int`, `Float` or `Imag`.
    #[regex(r"[0-9]", number)]
    #[regex(r"\.[0-9]", number)]
    Number(&'a str),
    #[token("'", rune_lit)]
    Rune(&'a str),
    /// Interpreted or raw string, with its quotes.
    #[token("\"", string_lit)]
    #[token("`", raw_string_lit)]
    Str(&'a str),

    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    QuoAssign,
    #[token("%=")]
    RemAssign,
    #[token("&=")]
    AndAssign,
    #[token("|=")]
    OrAssign,
    #[token("^=")]
    XorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    LAnd,
    #[token("||")]
    LOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token("[")]
    LBrack,
    #[token("{")]
    LBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Period,
    #[token(")")]
    RParen,
    #[token("]")]
    RBrack,
    #[token("}")]
    RBrace,
    #[token(";", |_| SemiKind::Explicit)]
    Semi(SemiKind),
    #[token(":")]
    Colon,

    /// The `[` opening a type parameter list of a type declaration; the
    /// token stream rewrites it (see [`mark_type_params`]) because telling
    /// `type A[N]int` from `type A[T any]int` needs more than one token of
    /// lookahead.
    LBrackTP,

    /// Internal: a line end (consumed by semicolon insertion).
    #[token("\n")]
    Newline,
    /// Internal: a `/* */` comment; `true` if it spans lines (then it acts
    /// as a newline).
    #[token("/*", block_comment)]
    Comment(bool),
}

fn push_err<'a>(lex: &mut logos::Lexer<'a, Tok<'a>>, at: usize, msg: impl Into<String>) {
    lex.extras.errors.push(SyntaxError {
        message: msg.into(),
        span: Span::new(at, at + 1),
    });
}

/// Reports the characters of a name that Go's scanner accepts into it but
/// complains about: a non-ASCII digit first, any other non-letter.
fn ident<'a>(lex: &mut logos::Lexer<'a, Tok<'a>>) -> &'a str {
    use unicode_general_category::{GeneralCategory as G, get_general_category};
    let s = lex.slice();
    let start = lex.span().start;
    for (i, c) in s.char_indices().filter(|(_, c)| !c.is_ascii()) {
        let msg = match get_general_category(c) {
            G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter => continue,
            G::DecimalNumber if i > 0 => continue,
            G::DecimalNumber => format!(
                "identifier cannot begin with digit {}",
                go_unicode(c as u32)
            ),
            _ => format!("invalid character {} in identifier", go_unicode(c as u32)),
        };
        lex.extras.errors.push(SyntaxError {
            message: msg,
            span: Span::new(start + i, start + i + c.len_utf8()),
        });
    }
    s
}

/// Takes the whole numeric literal Go's scanner would (digits of any base,
/// `_`, a point, an exponent, an `i`) and records its first error.
fn number<'a>(lex: &mut logos::Lexer<'a, Tok<'a>>) -> &'a str {
    let start = lex.span().start;
    let (len, err) = scan_number(&lex.source()[start..]);
    lex.bump(len.saturating_sub(lex.slice().len()));
    if let Some((at, msg)) = err {
        push_err(lex, start + at, msg);
    }
    lex.slice()
}

/// Go's name of a number base in its literal errors.
fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

/// Delimits the numeric literal at the start of `s` as Go's scanner does
/// and checks it: its length, and its first error (byte offset, message).
fn scan_number(s: &str) -> (usize, Option<(usize, String)>) {
    let b = s.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    // Digits and `_` of `base`; a decimal digit too big for a smaller base
    // is taken, and the first one remembered. Bit 0: a digit, bit 1: `_`.
    let digits = |i: &mut usize, base: u32, invalid: &mut Option<usize>| {
        let mut seen = 0u8;
        loop {
            let c = at(*i);
            match c {
                b'_' => seen |= 2,
                _ if (c as char).is_digit(base.max(10)) => {
                    seen |= 1;
                    if base < 10 && u32::from(c - b'0') >= base && invalid.is_none() {
                        *invalid = Some(*i);
                    }
                }
                _ => return seen,
            }
            *i += 1;
        }
    };
    let (mut i, mut base, mut prefix, mut seen) = (0, 10, 0u8, 0u8);
    let mut invalid = None;
    let mut err: Option<(usize, String)> = None;
    let mut float = at(0) == b'.';
    if float {
        i = 1;
    } else {
        if at(0) == b'0' {
            (i, base, prefix) = match at(1).to_ascii_lowercase() {
                b'x' => (2, 16, b'x'),
                b'o' => (2, 8, b'o'),
                b'b' => (2, 2, b'b'),
                _ => {
                    seen = 1;
                    (1, 8, b'0')
                }
            };
        }
        seen |= digits(&mut i, base, &mut invalid);
        if at(i) == b'.' {
            if prefix == b'o' || prefix == b'b' {
                err = Some((
                    i,
                    format!("invalid radix point in {} literal", base_name(base)),
                ));
            }
            i += 1;
            float = true;
        }
    }
    if float {
        seen |= digits(&mut i, base, &mut invalid);
    }
    if seen & 1 == 0 && err.is_none() {
        err = Some((i, format!("{} literal has no digits", base_name(base))));
    }
    let e = at(i).to_ascii_lowercase();
    if e == b'e' || e == b'p' {
        let c = at(i) as char;
        if err.is_none() && e == b'e' && prefix != 0 && prefix != b'0' {
            err = Some((i, format!("'{c}' exponent requires decimal mantissa")));
        } else if err.is_none() && e == b'p' && prefix != b'x' {
            err = Some((i, format!("'{c}' exponent requires hexadecimal mantissa")));
        }
        i += 1;
        float = true;
        if matches!(at(i), b'+' | b'-') {
            i += 1;
        }
        let exp = digits(&mut i, 10, &mut None);
        seen = exp | seen & 2;
        if exp & 1 == 0 && err.is_none() {
            err = Some((i, "exponent has no digits".into()));
        }
    } else if prefix == b'x' && float && err.is_none() {
        err = Some((i, "hexadecimal mantissa requires a 'p' exponent".into()));
    }
    let imag = at(i) == b'i';
    if imag {
        i += 1;
    }
    if let (false, false, Some(k), None) = (float, imag, invalid, &err) {
        let d = at(k) as char;
        err = Some((
            k,
            format!("invalid digit '{d}' in {} literal", base_name(base)),
        ));
    }
    if seen & 2 != 0 && err.is_none() {
        err = invalid_separator(&s[..i]).map(|k| (k, "'_' must separate successive digits".into()));
    }
    (i, err)
}

/// The offset of the first `_` in a numeric literal that does not stand
/// between two digits (a base prefix counts as a digit).
fn invalid_separator(lit: &str) -> Option<usize> {
    let b = lit.as_bytes();
    let hex = b.len() >= 2 && b[0] == b'0' && b[1].eq_ignore_ascii_case(&b'x');
    let prefixed =
        b.len() >= 2 && b[0] == b'0' && matches!(b[1].to_ascii_lowercase(), b'x' | b'o' | b'b');
    // What came before: a digit, a `_`, or anything else.
    #[derive(PartialEq)]
    enum Prev {
        Digit,
        Sep,
        Other,
    }
    let (mut prev, from) = if prefixed {
        (Prev::Digit, 2)
    } else {
        (Prev::Other, 0)
    };
    for (i, &c) in b.iter().enumerate().skip(from) {
        let now = if c == b'_' {
            Prev::Sep
        } else if c.is_ascii_digit() || hex && c.is_ascii_hexdigit() {
            Prev::Digit
        } else {
            Prev::Other
        };
        match (&prev, &now) {
            (Prev::Digit, Prev::Sep) => {}
            (_, Prev::Sep) => return Some(i),
            (Prev::Sep, Prev::Other) => return Some(i - 1),
            _ => {}
        }
        prev = now;
    }
    (prev == Prev::Sep).then(|| b.len() - 1)
}

/// The token of a numeric literal delimited by [`scan_number`].
fn number_token(s: &str) -> Tok<'_> {
    let hex =
        s.len() >= 2 && s.as_bytes()[0] == b'0' && s.as_bytes()[1].eq_ignore_ascii_case(&b'x');
    let float_marks: &[char] = if hex {
        &['.', 'p', 'P']
    } else {
        &['.', 'e', 'E', 'p', 'P']
    };
    if s.ends_with('i') {
        Tok::Imag(s)
    } else if s.contains(float_marks) {
        Tok::Float(s)
    } else {
        Tok::Int(s)
    }
}

fn block_comment<'a>(lex: &mut logos::Lexer<'a, Tok<'a>>) -> bool {
    let rest = lex.remainder();
    match rest.find("*/") {
        Some(i) => {
            lex.bump(i + 2);
            rest[..i].contains('\n')
        }
        None => {
            let start = lex.span().start;
            lex.bump(rest.len());
            push_err(lex, start, "comment not terminated");
            true
        }
    }
}

/// Checks one escape sequence starting after the `\` at byte `i` of `rest`;
/// returns the number of bytes consumed after the backslash.
fn escape<'a>(lex: &mut logos::Lexer<'a, Tok<'a>>, rest: &str, i: usize, quote: char) -> usize {
    let base = lex.span().end;
    let bytes = rest.as_bytes();
    let Some(&c) = bytes.get(i + 1) else {
        return 0;
    };
    let (n, radix, max) = match c {
        b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\' => return 1,
        c if c as char == quote => return 1,
        b'0'..=b'7' => (3, 8, 255u32),
        b'x' => (2, 16, 255),
        b'u' => (4, 16, 0x10ffff),
        b'U' => (8, 16, 0x10ffff),
        // The character is left to the literal: a line end still ends it.
        _ => {
            push_err(lex, base + i + 1, "unknown escape");
            return 0;
        }
    };
    let start = if radix == 8 { i + 1 } else { i + 2 };
    let mut x: u32 = 0;
    for k in 0..n {
        match bytes
            .get(start + k)
            .and_then(|&b| (b as char).to_digit(radix))
        {
            Some(d) => x = x.saturating_mul(radix).saturating_add(d),
            None => {
                let at = start + k;
                // At the end of input the literal's own error says it all.
                if let Some(ch) = rest.get(at..).and_then(|s| s.chars().next()) {
                    let msg = format!(
                        "invalid character {} in {} escape",
                        go_quote_rune(ch),
                        base_name(radix)
                    );
                    push_err(lex, base + at, msg);
                }
                return at - i - 1;
            }
        }
    }
    if radix == 8 && x > max {
        push_err(lex, base + i, format!("octal escape value {x} > 255"));
    } else if x > max || (0xd800..0xe000).contains(&x) {
        push_err(
            lex,
            base + i,
            format!("escape is invalid Unicode code point {}", go_unicode(x)),
        );
    }
    start + n - i - 1
}

/// Go's `%q` formatting of a rune: `'a'`, `'\''`, `'\n'`, `'\x01'`.
fn go_quote_rune(c: char) -> String {
    let body = match c {
        '\'' => "\\'".to_string(),
        '\\' => "\\\\".to_string(),
        '\x07' => "\\a".to_string(),
        '\x08' => "\\b".to_string(),
        '\x0c' => "\\f".to_string(),
        '\n' => "\\n".to_string(),
        '\r' => "\\r".to_string(),
        '\t' => "\\t".to_string(),
        '\x0b' => "\\v".to_string(),
        c if is_go_print(c) => c.to_string(),
        c if (c as u32) < 0x80 => format!("\\x{:02x}", c as u32),
        c if (c as u32) < 0x10000 => format!("\\u{:04x}", c as u32),
        c => format!("\\U{:08x}", c as u32),
    };
    format!("'{body}'")
}

/// Approximates Go's `strconv.IsPrint`: no control characters, and no
/// spaces but U+0020.
fn is_go_print(c: char) -> bool {
    !c.is_control() && (c == ' ' || !c.is_whitespace())
}

/// Go's `%#U` formatting of a code point: `U+0040 '@'`.
pub fn go_unicode(x: u32) -> String {
    match char::from_u32(x) {
        Some(c) if is_go_print(c) => format!("U+{x:04X} '{c}'"),
        _ => format!("U+{x:04X}"),
    }
}

fn string_lit<'a>(lex: &mut logos::Lexer<'a, Tok<'a>>) -> &'a str {
    let rest = lex.remainder();
    let start = lex.span().start;
    let mut i = 0;
    let bytes = rest.as_bytes();
    loop {
        match bytes.get(i) {
            Some(b'"') => {
                i += 1;
                break;
            }
            Some(b'\\') => i += 1 + escape(lex, rest, i, '"'),
            Some(b'\n') => {
                push_err(lex, start + 1 + i, "newline in string");
                break;
            }
            Some(_) => i += 1,
            None => {
                push_err(lex, start, "string not terminated");
                break;
            }
        }
    }
    let i = i.min(rest.len());
    lex.bump(i);
    lex.slice()
}

fn raw_string_lit<'a>(lex: &mut logos::Lexer<'a, Tok<'a>>) -> &'a str {
    let rest = lex.remainder();
    match rest.find('`') {
        Some(i) => lex.bump(i + 1),
        None => {
            let start = lex.span().start;
            lex.bump(rest.len());
            push_err(lex, start, "string not terminated");
        }
    }
    lex.slice()
}

fn rune_lit<'a>(lex: &mut logos::Lexer<'a, Tok<'a>>) -> &'a str {
    let rest = lex.remainder();
    let start = lex.span().start;
    let bytes = rest.as_bytes();
    let mut i = 0;
    let mut n = 0;
    let mut ok = true;
    loop {
        match bytes.get(i) {
            Some(b'\'') => {
                if ok && n == 0 {
                    push_err(lex, start + 1 + i, "empty rune literal or unescaped '");
                } else if ok && n != 1 {
                    push_err(lex, start, "more than one character in rune literal");
                }
                i += 1;
                break;
            }
            Some(b'\\') => {
                let before = lex.extras.errors.len();
                i += 1 + escape(lex, rest, i, '\'');
                ok &= lex.extras.errors.len() == before;
                n += 1;
            }
            Some(b'\n') => {
                if ok {
                    push_err(lex, start + 1 + i, "newline in rune literal");
                }
                break;
            }
            Some(_) => {
                let len = rest
                    .get(i..)
                    .and_then(|s| s.chars().next())
                    .map_or(1, char::len_utf8);
                i += len;
                n += 1;
            }
            None => {
                if ok {
                    push_err(lex, start, "rune literal not terminated");
                }
                break;
            }
        }
    }
    let i = i.min(rest.len());
    lex.bump(i);
    lex.slice()
}

/// A token with its byte span, as lalrpop consumes it.
pub type Spanned<'a> = (usize, Tok<'a>, usize);

impl Tok<'_> {
    /// Whether a line end after this token inserts a semicolon.
    fn ends_statement(&self) -> bool {
        matches!(
            self,
            Tok::Ident(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Rune(_)
                | Tok::Str(_)
                | Tok::Break
                | Tok::Continue
                | Tok::Fallthrough
                | Tok::Return
                | Tok::Inc
                | Tok::Dec
                | Tok::RParen
                | Tok::RBrack
                | Tok::RBrace
        )
    }

    /// The token as Go 1.23's syntax errors name it (`name x`, `literal 42`,
    /// `newline`, `comma`; keywords and operators as written).
    pub fn describe(&self) -> String {
        match self {
            Tok::Ident(s) => format!("name {s}"),
            Tok::Int(s) | Tok::Float(s) | Tok::Imag(s) | Tok::Rune(s) | Tok::Str(s) => {
                format!("literal {s}")
            }
            Tok::Semi(SemiKind::Explicit) => "semicolon".into(),
            Tok::Semi(SemiKind::Newline) | Tok::Newline | Tok::Comment(_) => "newline".into(),
            Tok::Semi(SemiKind::Eof) => "EOF".into(),
            Tok::Comma => "comma".into(),
            Tok::LBrackTP => "[".into(),
            t => t.text().to_string(),
        }
    }

    /// The keyword's spelling, if this is a keyword.
    pub fn keyword(&self) -> Option<&'static str> {
        Some(match self {
            Tok::Break => "break",
            Tok::Case => "case",
            Tok::Chan => "chan",
            Tok::Const => "const",
            Tok::Continue => "continue",
            Tok::Default => "default",
            Tok::Defer => "defer",
            Tok::Else => "else",
            Tok::Fallthrough => "fallthrough",
            Tok::For => "for",
            Tok::Func => "func",
            Tok::Go => "go",
            Tok::Goto => "goto",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::Interface => "interface",
            Tok::Map => "map",
            Tok::Package => "package",
            Tok::Range => "range",
            Tok::Return => "return",
            Tok::Select => "select",
            Tok::Struct => "struct",
            Tok::Switch => "switch",
            Tok::Type => "type",
            Tok::Var => "var",
            _ => return None,
        })
    }

    /// The source spelling of a fixed token.
    pub fn text(&self) -> &'static str {
        if let Some(k) = self.keyword() {
            return k;
        }
        match self {
            Tok::Add => "+",
            Tok::Sub => "-",
            Tok::Mul => "*",
            Tok::Quo => "/",
            Tok::Rem => "%",
            Tok::And => "&",
            Tok::Or => "|",
            Tok::Xor => "^",
            Tok::Shl => "<<",
            Tok::Shr => ">>",
            Tok::AndNot => "&^",
            Tok::AddAssign => "+=",
            Tok::SubAssign => "-=",
            Tok::MulAssign => "*=",
            Tok::QuoAssign => "/=",
            Tok::RemAssign => "%=",
            Tok::AndAssign => "&=",
            Tok::OrAssign => "|=",
            Tok::XorAssign => "^=",
            Tok::ShlAssign => "<<=",
            Tok::ShrAssign => ">>=",
            Tok::AndNotAssign => "&^=",
            Tok::LAnd => "&&",
            Tok::LOr => "||",
            Tok::Arrow => "<-",
            Tok::Inc => "++",
            Tok::Dec => "--",
            Tok::Eql => "==",
            Tok::Lss => "<",
            Tok::Gtr => ">",
            Tok::Assign => "=",
            Tok::Not => "!",
            Tok::Tilde => "~",
            Tok::Neq => "!=",
            Tok::Leq => "<=",
            Tok::Geq => ">=",
            Tok::Define => ":=",
            Tok::Ellipsis => "...",
            Tok::LParen => "(",
            Tok::LBrack | Tok::LBrackTP => "[",
            Tok::LBrace => "{",
            Tok::Comma => ",",
            Tok::Period => ".",
            Tok::RParen => ")",
            Tok::RBrack => "]",
            Tok::RBrace => "}",
            Tok::Semi(_) => ";",
            Tok::Colon => ":",
            _ => "",
        }
    }
}

/// Deepest bracket nesting accepted; deeper input is rejected up front so
/// that no later recursive pass over the tree can overflow the stack.
pub const MAX_NESTING: usize = 1000;

/// The result of lexing a whole file.
pub struct Lexed<'a> {
    pub tokens: Vec<Spanned<'a>>,
    pub errors: Vec<SyntaxError>,
    /// Set when lexing had to stop early (nesting too deep): the token
    /// stream is cut there, so syntax errors after it are meaningless.
    pub fatal: bool,
}

/// Lexes `src` into tokens with Go's automatic semicolons.
///
/// A `;` is inserted at a line end (and at EOF) when the line's last token
/// is an identifier, a literal, one of `break continue fallthrough return`,
/// or one of `++ -- ) ] }`; a `/* */` comment spanning lines counts as a
/// line end.
pub fn tokenize(src: &str) -> Lexed<'_> {
    // A byte order mark is allowed (and ignored) at the very start only.
    let skip = if src.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lex = Tok::lexer(src);
    lex.bump(skip);
    let mut tokens: Vec<Spanned> = Vec::with_capacity(src.len() / 4);
    let mut errors = Vec::new();
    let mut last_ends = false;
    let mut depth = 0usize;
    let mut fatal = false;
    while let Some(res) = lex.next() {
        let span = lex.span();
        let tok = match res {
            Ok(t) => t,
            Err(InvalidChar) => {
                let ch = src[span.start..].chars().next().unwrap_or('\0');
                // A BOM or NUL is reported wherever it is (below).
                if ch != '\u{feff}' && ch != '\0' {
                    errors.push(SyntaxError {
                        message: format!("invalid character {}", go_unicode(ch as u32)),
                        span: Span::new(span.start, span.start + ch.len_utf8()),
                    });
                }
                continue;
            }
        };
        let tok = match tok {
            Tok::Number(s) => number_token(s),
            t => t,
        };
        match tok {
            Tok::Newline | Tok::Comment(true) => {
                if last_ends {
                    tokens.push((span.start, Tok::Semi(SemiKind::Newline), span.start + 1));
                    last_ends = false;
                }
                continue;
            }
            Tok::Comment(false) => continue,
            Tok::LParen | Tok::LBrack | Tok::LBrace => {
                depth += 1;
                if depth > MAX_NESTING {
                    errors.push(SyntaxError {
                        message: "exceeded max nesting depth".into(),
                        span: Span::new(span.start, span.end),
                    });
                    fatal = true;
                    break;
                }
            }
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
        last_ends = tok.ends_statement();
        tokens.push((span.start, tok, span.end));
    }
    if last_ends && !fatal {
        tokens.push((src.len(), Tok::Semi(SemiKind::Eof), src.len()));
    }
    errors.append(&mut lex.extras.errors);
    // Go's source reader drops a NUL or a BOM (but a leading one) wherever
    // it is, in a comment or a literal too, with an error.
    for (i, ch) in src.char_indices().skip(usize::from(skip > 0)) {
        let message = match ch {
            '\0' => "invalid NUL character",
            '\u{feff}' => "invalid BOM in the middle of the file",
            _ => continue,
        };
        errors.push(SyntaxError {
            message: message.into(),
            span: Span::new(i, i + ch.len_utf8()),
        });
    }
    errors.sort_by_key(|e| e.span.start);
    mark_type_params(&mut tokens);
    Lexed {
        tokens,
        errors,
        fatal,
    }
}

/// Rewrites the `[` after `type Name` to [`Tok::LBrackTP`] when it opens a
/// type parameter list rather than an array length, deciding the way Go's
/// parser does: `[P any]`, `[P interface{...}]`, `[P ~T]`, `[K, V any]`,
/// `[P []T]` and `[P *C,]` are type parameters; `[N]T`, `[N*2]T`,
/// `[pkg.N]T` and the ambiguous `[P *C]` are array types.
fn mark_type_params(tokens: &mut [Spanned]) {
    // For each open bracket: is it the `(` of a `type ( ... )` group?
    let mut groups: Vec<bool> = Vec::new();
    for i in 0..tokens.len() {
        match tokens[i].1 {
            Tok::LParen | Tok::LBrace => {
                groups.push(tokens[i].1 == Tok::LParen && i > 0 && tokens[i - 1].1 == Tok::Type)
            }
            Tok::LBrack if i >= 2 && matches!(tokens[i - 1].1, Tok::Ident(_)) => {
                let spec_start = tokens[i - 2].1 == Tok::Type
                    || matches!(tokens[i - 2].1, Tok::Semi(_) | Tok::LParen)
                        && groups.last() == Some(&true);
                if spec_start && is_type_param_list(&tokens[i + 1..]) {
                    tokens[i].1 = Tok::LBrackTP;
                }
                groups.push(false);
            }
            Tok::LBrack => groups.push(false),
            Tok::RParen | Tok::RBrack | Tok::RBrace => {
                groups.pop();
            }
            _ => {}
        }
    }
}

/// Decides a `type Name [` from the tokens after the `[`.
fn is_type_param_list(rest: &[Spanned]) -> bool {
    let tok = |k: usize| rest.get(k).map(|t| t.1);
    if !matches!(tok(0), Some(Tok::Ident(_))) {
        return false;
    }
    // A comma at the top level of the brackets forces type parameters.
    let mut depth = 0usize;
    let mut comma = false;
    for (_, t, _) in rest {
        match t {
            Tok::LParen | Tok::LBrack | Tok::LBrace | Tok::LBrackTP => depth += 1,
            Tok::RParen | Tok::RBrace => depth = depth.saturating_sub(1),
            Tok::RBrack => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            Tok::Comma if depth == 0 => {
                comma = true;
                break;
            }
            Tok::Semi(_) => break,
            _ => {}
        }
    }
    match tok(1) {
        Some(Tok::RBrack) | None => false,
        Some(Tok::Comma) => true,
        Some(
            Tok::Ident(_)
            | Tok::LBrack
            | Tok::Interface
            | Tok::Func
            | Tok::Map
            | Tok::Chan
            | Tok::Struct
            | Tok::Tilde
            | Tok::Arrow,
        ) => true,
        Some(Tok::Mul) => {
            comma
                || matches!(
                    tok(2),
                    Some(
                        Tok::LBrack
                            | Tok::Interface
                            | Tok::Func
                            | Tok::Map
                            | Tok::Chan
                            | Tok::Struct
                            | Tok::Tilde
                    )
                )
        }
        Some(Tok::LParen) => comma,
        _ => comma,
    }
}

/// A line directive (`//line file:line`, `//line file:line:col` at the
/// start of a line, `/*line file:line:col*/` anywhere): from byte `at` on,
/// positions are reported at `line` of `file`, counting up with the
/// following lines, as Go's compiler does. `file` is `None` for the
/// `:line:col` form with no file name, which keeps the file in effect.
/// `col` is the column of byte `at` in the `:line:col` forms; without it
/// Go reports no columns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineDirective {
    pub at: usize,
    pub file: Option<String>,
    pub line: u32,
    pub col: Option<u32>,
}

/// The line directives of `src`, in order. Comments are found with the
/// lexer, so text inside string literals is never taken for one; a
/// malformed directive is ignored.
pub fn line_directives(src: &str) -> Vec<LineDirective> {
    let mut out = Vec::new();
    if !src.contains("//line ") && !src.contains("/*line ") {
        return out;
    }
    // `//` comments are skipped by the lexer: each lies in the gap before
    // the next token (a gap holds no line end, which is a token).
    let line_comment = |from: usize, to: usize, out: &mut Vec<LineDirective>| {
        let Some(i) = src[from..to].find("//") else {
            return;
        };
        let start = from + i;
        let at_line_start = start == 0 || src.as_bytes()[start - 1] == b'\n';
        let text = src[start + 2..to].trim_end_matches('\r');
        if let (true, Some(rest)) = (at_line_start, text.strip_prefix("line ")) {
            // It applies from the next line.
            out.extend(line_directive(rest, to + 1));
        }
    };
    let mut lex = Tok::lexer(src);
    let mut prev = 0;
    while let Some(tok) = lex.next() {
        let span = lex.span();
        line_comment(prev, span.start, &mut out);
        if let Ok(Tok::Comment(false)) = tok
            && let Some(text) = src[span.start + 2..span.end].strip_suffix("*/")
            && let Some(rest) = text.strip_prefix("line ")
        {
            out.extend(line_directive(rest, span.end));
        }
        prev = span.end;
    }
    line_comment(prev, src.len(), &mut out);
    out
}

/// Go's reading of a line directive's text after `line ` (`updateBase`):
/// the number after the last `:` is the line, or the column when the text
/// before it ends in `:line` too.
fn line_directive(text: &str, at: usize) -> Option<LineDirective> {
    const POS_MAX: u32 = 1 << 30;
    let trailing = |t: &str| {
        let i = t.rfind(':')?;
        Some((i, t[i + 1..].parse::<u32>().ok()))
    };
    let (i, n) = trailing(text)?;
    let n = n?;
    let (file, line, col) = match trailing(&text[..i]) {
        Some((i2, Some(line))) => {
            if n == 0 || n > POS_MAX {
                return None;
            }
            let file = &text[..i2];
            ((!file.is_empty()).then(|| file.to_string()), line, Some(n))
        }
        _ => (Some(text[..i].to_string()), n, None),
    };
    if line == 0 || line > POS_MAX {
        return None;
    }
    Some(LineDirective {
        at,
        file,
        line,
        col,
    })
}

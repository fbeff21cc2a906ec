//! The lexer: token forms and Go's semicolon-insertion rule.

use gojit_grammar::lexer::{SemiKind, Tok, tokenize};

/// Tokens as short strings; inserted semicolons show as `\n` or `EOF`.
fn toks(src: &str) -> Vec<String> {
    let l = tokenize(src);
    assert!(l.errors.is_empty(), "{:?}", l.errors);
    l.tokens
        .iter()
        .map(|(_, t, _)| match t {
            Tok::Ident(s) => format!("id:{s}"),
            Tok::Int(s) => format!("int:{s}"),
            Tok::Float(s) => format!("float:{s}"),
            Tok::Imag(s) => format!("imag:{s}"),
            Tok::Rune(s) => format!("rune:{s}"),
            Tok::Str(s) => format!("str:{s}"),
            Tok::Semi(SemiKind::Newline) => "\\n".into(),
            Tok::Semi(SemiKind::Eof) => "EOF".into(),
            t => t.text().to_string(),
        })
        .collect()
}

fn joined(src: &str) -> String {
    toks(src).join(" ")
}

#[test]
fn semicolon_after_line_enders() {
    assert_eq!(joined("x\ny"), "id:x \\n id:y EOF");
    assert_eq!(
        joined("1\n2.5\n3i\n'a'\n\"s\"\n`r`\n"),
        "int:1 \\n float:2.5 \\n imag:3i \\n rune:'a' \\n str:\"s\" \\n str:`r` \\n"
    );
    assert_eq!(
        joined("break\ncontinue\nfallthrough\nreturn\n"),
        "break \\n continue \\n fallthrough \\n return \\n"
    );
    assert_eq!(
        joined("i++\ni--\n)\n]\n}\n"),
        "id:i ++ \\n id:i -- \\n ) \\n ] \\n } \\n"
    );
}

#[test]
fn no_semicolon_after_others() {
    assert_eq!(joined("x +\ny"), "id:x + id:y EOF");
    assert_eq!(joined("f(\na,\n)"), "id:f ( id:a , ) EOF");
    assert_eq!(joined("if x {\n}"), "if id:x { } EOF");
    assert_eq!(joined("func\ntype\nvar"), "func type var");
    assert_eq!(joined("x ;\ny"), "id:x ; id:y EOF");
    assert_eq!(joined("\n\n"), "");
}

#[test]
fn comments() {
    assert_eq!(joined("x // c\ny"), "id:x \\n id:y EOF");
    assert_eq!(joined("x /* c */ y"), "id:x id:y EOF");
    // A multi-line block comment acts as a newline.
    assert_eq!(joined("x /* a\nb */ y"), "id:x \\n id:y EOF");
    assert_eq!(joined("x /* a\nb */\ny"), "id:x \\n id:y EOF");
    assert_eq!(joined("+ /* a\nb */ y"), "+ id:y EOF");
    assert_eq!(joined("x // only comment"), "id:x EOF");
}

#[test]
fn literals() {
    assert_eq!(
        joined("0 42 1_000 0x1F 0X_ff 0b101 0o17 017"),
        "int:0 int:42 int:1_000 int:0x1F int:0X_ff int:0b101 int:0o17 int:017 EOF"
    );
    assert_eq!(
        joined("1. 1.5 .5 1e9 1E-3 1.5e+2 0x1p-2 0x1.8p1 0x.8p0"),
        "float:1. float:1.5 float:.5 float:1e9 float:1E-3 float:1.5e+2 float:0x1p-2 float:0x1.8p1 float:0x.8p0 EOF"
    );
    assert_eq!(
        joined("1i 1.5i 0x1i 1e3i"),
        "imag:1i imag:1.5i imag:0x1i imag:1e3i EOF"
    );
    assert_eq!(
        joined(r#"'a' '\n' '\'' '\x41' '\u00e9' '\U0001F600' '\101' 'é'"#),
        r#"rune:'a' rune:'\n' rune:'\'' rune:'\x41' rune:'\u00e9' rune:'\U0001F600' rune:'\101' rune:'é' EOF"#
    );
    assert_eq!(joined(r#""a\"b\\" "é""#), r#"str:"a\"b\\" str:"é" EOF"#);
    assert_eq!(joined("`a\nb\\n`"), "str:`a\nb\\n` EOF");
    assert_eq!(joined("x.y ..."), "id:x . id:y ...");
    assert_eq!(joined("a[1:]"), "id:a [ int:1 : ] EOF");
}

#[test]
fn identifiers_and_keywords() {
    assert_eq!(
        joined("_x αβ 日本語 x1 ℕ"),
        "id:_x id:αβ id:日本語 id:x1 id:ℕ EOF"
    );
    assert_eq!(
        joined("chan map struct interface"),
        "chan map struct interface"
    );
    assert_eq!(joined("funcs iff"), "id:funcs id:iff EOF");
}

#[test]
fn operators() {
    assert_eq!(
        joined(
            "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :"
        ),
        "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :"
    );
}

fn lex_errors(src: &str) -> Vec<(u32, String)> {
    tokenize(src)
        .errors
        .into_iter()
        .map(|e| (e.span.start, e.message))
        .collect()
}

#[test]
fn lexical_errors() {
    assert_eq!(
        lex_errors("x @ y"),
        [(2, "invalid character U+0040 '@'".to_string())]
    );
    assert_eq!(
        lex_errors("\"abc\nx"),
        [(4, "newline in string".to_string())]
    );
    assert_eq!(
        lex_errors("x \"abc"),
        [(2, "string not terminated".to_string())]
    );
    assert_eq!(
        lex_errors("`abc"),
        [(0, "string not terminated".to_string())]
    );
    assert_eq!(
        lex_errors("'a"),
        [(0, "rune literal not terminated".to_string())]
    );
    assert_eq!(
        lex_errors("'ab'"),
        [(0, "more than one character in rune literal".to_string())]
    );
    assert_eq!(
        lex_errors("x /* a"),
        [(2, "comment not terminated".to_string())]
    );
    assert_eq!(lex_errors(r#""\q""#), [(2, "unknown escape".to_string())]);
    assert_eq!(
        lex_errors("09"),
        [(1, "invalid digit '9' in octal literal".to_string())]
    );
    assert_eq!(
        lex_errors("1e+"),
        [(3, "exponent has no digits".to_string())]
    );
    assert!(lex_errors("\u{feff}package p").is_empty());
}

#[test]
fn spans() {
    let l = tokenize("ab  \"c\"\n");
    let spans: Vec<(usize, usize)> = l.tokens.iter().map(|t| (t.0, t.2)).collect();
    assert_eq!(spans, [(0, 2), (4, 7), (7, 8)]);
}

#[test]
fn line_directives_as_go_reads_them() {
    use gojit_grammar::lexer::{LineDirective, line_directives};
    let src = "package p\n//line a.go:10\nx\n  //line no.go:1\n\
               /*line :5:2*/y /*line c:/d.go:7*/\n\
               s := \"//line str.go:1\"\n//line :3\n//line bad.go:0\n/*line\nx.go:1*/\n";
    let d = |at: usize, file: Option<&str>, line, col| LineDirective {
        at,
        file: file.map(String::from),
        line,
        col,
    };
    let after = |s: &str| src.find(s).unwrap() + s.len();
    assert_eq!(
        line_directives(src),
        vec![
            d(after("//line a.go:10\n"), Some("a.go"), 10, None),
            d(after("/*line :5:2*/"), None, 5, Some(2)),
            d(after("/*line c:/d.go:7*/"), Some("c:/d.go"), 7, None),
            d(after("//line :3\n"), Some(""), 3, None),
        ]
    );
}

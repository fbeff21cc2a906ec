//! Syntax error messages, checked against `go tool compile` (Go 1.23):
//! each case lists the errors Go prints, as `line:col: message`.

fn errors(src: &str) -> Vec<String> {
    let errs = gojit_grammar::parse_file(src).expect_err("should fail");
    errs.iter()
        .map(|e| {
            let at = e.span.start as usize;
            let line = src[..at].matches('\n').count() + 1;
            let col = at - src[..at].rfind('\n').map_or(0, |i| i + 1) + 1;
            format!("{line}:{col}: {}", e.message)
        })
        .collect()
}

/// (source, Go's errors, whether Go reports more errors after these)
const CASES: &[(&str, &[&str], bool)] = &[
    (
        "package main\n\nfunc main() {\n\tx := []int{1, 2\n\t}\n}\n",
        &[
            "4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }",
        ],
        false,
    ),
    (
        "package main\n\nx := 1\n",
        &["3:1: syntax error: non-declaration statement outside function body"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tif x {\n\t} else for {\n\t}\n}\n",
        &["5:9: syntax error: else must be followed by if or statement block"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\ts := \"abc\n}\n",
        &["4:11: newline in string"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tx := 1 @ 2\n}\n",
        &[
            "4:9: invalid character U+0040 '@'",
            "4:11: syntax error: unexpected literal 2 at end of statement",
        ],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tc := 'a\n}\n",
        &["4:9: newline in rune literal"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\ts := `abc\n}\n",
        &["4:7: string not terminated"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\t/* abc\n}\n",
        &["4:2: comment not terminated"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tf(1, 2\n}\n",
        &["4:8: syntax error: unexpected newline in argument list; possibly missing comma or )"],
        false,
    ),
    (
        "package main\n\nfunc main()\n{\n}\n",
        &["4:1: syntax error: unexpected semicolon or newline before {"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tx := \n}\n",
        &["5:1: syntax error: unexpected }, expected expression"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n",
        &["4:25: syntax error: unexpected newline, expected { after for clause"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tvar x int = \n}\n",
        &["5:1: syntax error: unexpected }, expected expression"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tif x == 1 \n\t{\n\t}\n}\n",
        &["4:12: syntax error: unexpected newline, expected { after if clause"],
        false,
    ),
    (
        "package main\n\nfunc f(a int, b) {\n}\n",
        &["3:15: syntax error: mixed named and unnamed parameters"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tx = func\n}\n",
        &["5:1: syntax error: unexpected }, expected ("],
        false,
    ),
    (
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\"\n}\n",
        &["6:18: syntax error: unexpected newline in argument list; possibly missing comma or )"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tx := [3]int{1, 2, 3]\n}\n",
        &["4:21: syntax error: unexpected ] in composite literal; possibly missing comma or }"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tswitch x {\n\tfoo\n\t}\n}\n",
        &["5:2: syntax error: unexpected name foo, expected case or default or }"],
        true,
    ),
    (
        "package main\n\nfunc main() {\n\ta b\n}\n",
        &["4:4: syntax error: unexpected name b at end of statement"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\treturn 1,\n}\n",
        &["5:1: syntax error: unexpected }, expected expression"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n",
        &["4:1: syntax error: unexpected EOF, expected }"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tx := map[string]int{\"a\": 1 \"b\": 2}\n}\n",
        &[
            "4:29: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or }",
        ],
        false,
    ),
    (
        "package main\n\ntype T struct {\n\ta int,\n}\n",
        &[
            "4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }",
        ],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tx := 08\n\ty := 1e\n}\n",
        &[
            "4:8: invalid digit '8' in octal literal",
            "5:9: exponent has no digits",
        ],
        false,
    ),
    (
        "package main\nimport \"fmt\"\nfunc main() {\n\tfor {\n\t\tfmt.Println(1))\n\t}\n}\n",
        &["5:17: syntax error: unexpected ) at end of statement"],
        false,
    ),
    (
        "package main\n\nvar x = 1 +\n",
        &["4:1: syntax error: unexpected EOF, expected expression"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tgo\n}\n",
        &["5:1: syntax error: unexpected }, expected expression"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tx.\n}\n",
        &["5:1: syntax error: unexpected }, expected name or ("],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
        &["4:7: syntax error: cannot use x := 1 as value"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\ts := \"a\\qb\"\n}\n",
        &["4:10: unknown escape"],
        false,
    ),
    (
        "main\n",
        &["1:1: syntax error: package statement must be first"],
        false,
    ),
    (
        "package p\n\nimport 42\nimport (\n\t\"fmt\"\n\tstrings\n)\n",
        &[
            "3:8: syntax error: import path must be a string",
            "6:9: syntax error: missing import path",
        ],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tx, y\n}\n",
        &["4:6: syntax error: unexpected newline, expected := or = or comma"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tvar := 3\n}\n",
        &["4:6: syntax error: unexpected :=, expected name"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tfunc inner() {}\n}\n",
        &["4:7: syntax error: unexpected name inner, expected ("],
        true,
    ),
    (
        "package main\n\nfunc main() {\n\tx := 1\n\tx++ y\n}\n",
        &["5:6: syntax error: unexpected name y at end of statement"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n",
        &["6:2: syntax error: unexpected else, expected }"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tx := T{\n\t\ta: 1\n\t}\n}\n",
        &[
            "5:7: syntax error: unexpected newline in composite literal; possibly missing comma or }",
        ],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tfor i := range {\n\t}\n}\n",
        &["4:17: syntax error: unexpected {, expected expression"],
        true,
    ),
    (
        "package main\n\nfunc (x int {\n}\n",
        &["3:13: syntax error: unexpected { in parameter list; possibly missing comma or )"],
        true,
    ),
    (
        "package main\n\nfunc main() {\n\tswitch x = 5 {\n\t}\n}\n",
        &["4:11: syntax error: cannot use assignment x = 5 as value"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tif x = a + b {\n\t}\n}\n",
        &["4:7: syntax error: cannot use assignment x = (a + b) as value"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tswitch main() := interface{}(nil).(type) {\n\t}\n}\n",
        &["4:16: syntax error: cannot use main() := interface{}(nil).(type) as value"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tdefer (f())\n\tx := (T){}\n}\n",
        &[
            "4:8: expression in defer must not be parenthesized",
            "5:10: syntax error: cannot parenthesize type in composite literal",
        ],
        false,
    ),
    (
        "package main\n\nfunc a() {\n\tx := \n}\n\nfunc b() {\n\ty := f(1\n}\n\nfunc c() {\n\tz := 1 2\n\tw := 3\n}\n",
        &[
            "5:1: syntax error: unexpected }, expected expression",
            "8:10: syntax error: unexpected newline in argument list; possibly missing comma or )",
            "12:9: syntax error: unexpected literal 2 at end of statement",
        ],
        false,
    ),
    (
        "package main\n\ntype T struct {\n\ta int b int\n}\n\nfunc (t T) M() {\n\tt.a = 1;;\n\tfor i := 0; i < 3 {\n\t}\n}\n",
        &[
            "4:8: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }",
            "9:20: syntax error: unexpected {, expected semicolon or newline",
        ],
        true,
    ),
    (
        "package main\n\nfunc main() {\n\tswitch x {\n\tcase 1:\n\tL0: // c\n\tcase 2:\n\tL1: ;\n\tdefault:\n\tL2:\n\t}\n}\n",
        &["6:4: syntax error: missing statement after label"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tif (x > 1 {\n\t}\n}\n",
        &["4:12: syntax error: unexpected {, expected )"],
        true,
    ),
    (
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\" \"b\")\n}\n",
        &[
            "6:18: syntax error: unexpected literal \"b\" in argument list; possibly missing comma or )",
        ],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tfor i := 0; i < 10; i++ }\n}\n",
        &["4:26: syntax error: unexpected }, expected { after for clause"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tx := 1\n\tx++ ++\n}\n",
        &["5:6: syntax error: unexpected ++ at end of statement"],
        false,
    ),
    (
        "package main\n\nfunc f() {}\n\nimport \"fmt\"\n",
        &["5:1: syntax error: imports must appear before other declarations"],
        false,
    ),
    (
        "package\n\nfunc main() {}\n",
        &["3:1: syntax error: unexpected func, expected name"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tx := map[string]int{\n\t\t\"a\": 1,\n\t\t\"b\" 2,\n\t}\n}\n",
        &[
            "6:7: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }",
        ],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tvar a [3]int\n\ta[0 = 1\n}\n",
        &["5:6: syntax error: unexpected =, expected comma, : or ]"],
        false,
    ),
    (
        "package main\n\ntype T struct {\n\tx int\n\ty\n}\n\nfunc main() {\n\tvar t T = T{x: 1, y 2}\n}\n",
        &[
            "9:22: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }",
        ],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tswitch x := 3; x {\n\tcase 1\n\t\tprintln()\n\t}\n}\n",
        &["5:8: syntax error: unexpected newline, expected :"],
        false,
    ),
    (
        "package main\n\nfunc main() int {\n\treturn\n}}\n",
        &["5:2: syntax error: unexpected } after top level declaration"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tif x := f(); {\n\t}\n}\n",
        &["4:13: syntax error: missing condition in if statement"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\ta := [2]int{1, 2}\n\t_ = a[1:2:]\n}\n",
        &["5:12: final index required in 3-index slice"],
        false,
    ),
    (
        "package main\n\nfunc main() {\n\tvar x chan<-\n}\n",
        &["5:1: syntax error: missing channel element type"],
        false,
    ),
    (
        "package main\n\nfunc f(a int, b ...int, c int) {}\n\nfunc main() {\n\tx := 1 +\n}\n",
        &["7:1: syntax error: unexpected }, expected expression"],
        false,
    ),
];

#[test]
fn go_error_messages() {
    let mut bad = Vec::new();
    for (src, want, first_only) in CASES {
        let mut got = errors(src);
        if *first_only {
            got.truncate(want.len());
        }
        if got != *want {
            bad.push(format!("{src}\n  want {want:?}\n   got {got:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
